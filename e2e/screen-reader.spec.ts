import type { Page } from '@playwright/test';
import { chronological } from './support/bundled';
import { expect, test } from './support/explorer';

/** What a screen reader gets: landmarks, headings, announcements and the timeline's description. */

/** Every heading exposed to assistive technology, in DOM order, with its level. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A timeline mark's name: the event's title, then its date. */
const mark = (title: string) => new RegExp(`^${escape(title)}, `);

async function headingLevels(page: Page): Promise<{ level: number; text: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
      .filter((h) => !h.closest('[aria-hidden="true"], [hidden], [inert]') && h.getClientRects().length > 0)
      .map((h) => ({
        level: Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)),
        text: h.textContent?.trim().replace(/\s+/g, ' ').slice(0, 60) ?? '',
      })),
  );
}

/** Headings start at one h1 and never skip a level going down. */
async function expectHeadingOutline(page: Page, where: string) {
  const headings = await headingLevels(page);
  expect(headings.length, `${where}: has headings`).toBeGreaterThan(0);
  expect(headings.filter((h) => h.level === 1), `${where}: exactly one h1`).toHaveLength(1);
  expect(headings[0]!.level, `${where}: the first heading is the h1`).toBe(1);
  const skips = headings.filter((h, i) => i > 0 && h.level > headings[i - 1]!.level + 1);
  expect(skips, `${where}: no heading skips a level (outline: ${headings.map((h) => `h${h.level} ${h.text}`).join(' / ')})`).toEqual([]);
}

test('landmarks: banner, main, contentinfo, the Events navigation, search and the Timeline region', async ({ explorer, page }) => {
  await explorer.open('/events/hanoi-summit');
  await expect(page.locator('body')).toMatchAriaSnapshot(`
    - link "Skip to content"
    - banner:
      - link "Sourceline"
    - main:
      - heading /North Korea/ [level=1]
      - search:
        - searchbox "Search events"
      - region "Timeline":
        - heading "Timeline" [level=2]
      - navigation /^Events/:
        - heading /^Events/ [level=2]
        - list
      - article "Trump–Kim summit in Hanoi ends without agreement":
        - heading "Trump–Kim summit in Hanoi ends without agreement" [level=2]
    - contentinfo
  `);
  for (const role of ['banner', 'main', 'contentinfo', 'search'] as const) {
    await expect(page.getByRole(role), `one ${role} landmark`).toHaveCount(1);
  }
  await expect(explorer.eventList).toHaveCount(1);
  await expect(explorer.timeline).toHaveCount(1);
});

for (const [where, path] of [
  ['the first screen', '/'],
  ['an event page', '/events/sochi-pompeo-lavrov-talks'],
  ['a filtered, searched view', '/events/hanoi-summit?actors=donald-trump&q=summit'],
  ['the not-found page for an event', '/events/no-such-event'],
  ['the not-found page for a path', '/no/such/page'],
] as const) {
  test(`exactly one h1 and no skipped heading levels on ${where}`, async ({ explorer, page }) => {
    await explorer.open(path);
    await expectHeadingOutline(page, where);
  });
}

test('exactly one h1 and no skipped heading levels with the source reader open and on the error screen', async ({ explorer, page }) => {
  await explorer.open('/events/state-department-press-conference');
  await explorer.reader.getByRole('button', { name: 'Read in context' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectHeadingOutline(page, 'source reader');

  await page.route('**/data/dprk-diplomacy.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1}' }));
  await explorer.open('/');
  await expect(page.getByRole('alert')).toContainText('The timeline could not be loaded');
  await expectHeadingOutline(page, 'error screen');
});

test.describe('announcements', () => {
  test.beforeEach(async ({ page }) => {
    // Records every change of a live region's text, as a screen reader would hear it.
    await page.addInitScript(() => {
      const heard: { region: string; text: string }[] = [];
      (globalThis as { heard?: typeof heard }).heard = heard;
      const last = new WeakMap<Element, string>();
      const check = () => {
        for (const region of document.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]')) {
          if (region.getAttribute('aria-live') === 'off') continue;
          const text = region.textContent?.trim() ?? '';
          const before = last.get(region);
          last.set(region, text);
          // Content a region already had when it appeared is not announced.
          if (before === undefined || before === text || text === '') continue;
          heard.push({ region: region.getAttribute('aria-live') ?? region.getAttribute('role') ?? '', text });
        }
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
    });
  });

  const heard = (page: Page) => page.evaluate(() => (globalThis as { heard?: { region: string; text: string }[] }).heard ?? []);
  const opened = async (page: Page) => (await heard(page)).filter((h) => h.text.startsWith('Opened '));

  test('the selected event is announced politely, once when opened, not on every arrow key', async ({ explorer, page }) => {
    await explorer.open('/');
    const live = page.locator('[aria-live="polite"]').filter({ hasText: /^Opened / });
    const first = explorer.timelineEvent(mark(chronological[0]!.title));
    await first.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(explorer.timelineEvent(mark(chronological[3]!.title))).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(explorer.timelineEvent(mark(chronological[2]!.title))).toBeFocused();
    expect(await opened(page), 'moving focus along the timeline announces nothing').toEqual([]);
    await expect(live).toHaveCount(0);

    await page.keyboard.press('Enter');
    const event = chronological[2]!;
    await expect(explorer.reader.getByRole('heading', { level: 2 })).toHaveText(event.title);
    await expect(live).toHaveText(new RegExp(`^Opened ${escape(event.title)}, .+\\.$`));
    await expect(live).toHaveAttribute('aria-live', 'polite');
    await expect.poll(() => opened(page)).toHaveLength(1);

    // Arrows on the timeline with the reader open move focus only: the announcement stays as it was.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(explorer.timelineEvent(mark(chronological[4]!.title))).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`/events/${event.id}$`));
    expect(await opened(page), 'still announced once').toHaveLength(1);

    // Opening another event announces it, once.
    await page.keyboard.press('Enter');
    await expect(live).toHaveText(new RegExp(`^Opened ${escape(chronological[4]!.title)}, `));
    await expect.poll(async () => (await opened(page)).map((h) => h.text)).toEqual([
      expect.stringMatching(new RegExp(`^Opened ${escape(event.title)}, `)),
      expect.stringMatching(new RegExp(`^Opened ${escape(chronological[4]!.title)}, `)),
    ]);
    expect((await opened(page)).every((h) => h.region === 'polite')).toBe(true);
  });
});

test('the timeline region is described by its span and how many events it shows', async ({ explorer }) => {
  const span = '\\d{1,2} [A-Z][a-z]+ \\d{4} – \\d{1,2} [A-Z][a-z]+ \\d{4}';
  await explorer.open('/');
  await expect(explorer.timeline).toHaveAccessibleDescription(new RegExp(`^${span} · showing 7 of 7 events$`));
  await explorer.open('/?actors=vladimir-putin');
  await expect(explorer.timeline).toHaveAccessibleDescription(new RegExp(`^${span} · showing 1 of 1 event$`));
  await explorer.open('/');
  await explorer.timeline.getByRole('button', { name: 'Zoom in' }).click();
  await explorer.timeline.getByRole('button', { name: 'Zoom in' }).click();
  await expect(explorer.timeline).toHaveAccessibleDescription(new RegExp(`^${span} · showing [0-6] of 7 events$`));
});

test('controls are not hidden inside images: the overview brush is reachable as a slider', async ({ explorer }) => {
  await explorer.open('/');
  const tree = await explorer.timeline.ariaSnapshot();
  expect(tree).toContain('slider "Visible part of the timeline"');
  expect(tree, 'an img in the accessibility tree with a control inside').not.toMatch(/- img:\n\s+- (slider|link|button)/);
});

test('the actor filter’s disclosure is named by its words alone', async ({ explorer, page }) => {
  await explorer.open('/');
  await expect(page.locator('summary', { hasText: 'Filter by actor' })).toHaveAccessibleName('Filter by actor');
});
