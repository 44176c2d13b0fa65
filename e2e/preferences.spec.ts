import type { Page } from '@playwright/test';
import { expect, showLoading, test, type Explorer } from './support/explorer';

/** The reader's settings are honoured: reduced motion, dark colours, and 200 % zoom. */

const DATASET = '**/data/dprk-diplomacy.json';

const seconds = (duration: string) => Math.max(...duration.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d))));

async function motion(page: Page) {
  return page.evaluate(() => {
    const spinner = document.querySelector('.spinner');
    return {
      spinner: spinner ? getComputedStyle(spinner).animationDuration : null,
      spinnerIterations: spinner ? getComputedStyle(spinner).animationIterationCount : null,
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
    };
  });
}

async function markerTransition(page: Page) {
  return page.locator('summary', { hasText: 'Filter by actor' }).evaluate((summary) => getComputedStyle(summary, '::before').transitionDuration);
}

/** Records how the page asks to scroll elements into view. */
async function recordScrolls(page: Page) {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (globalThis as { scrollCalls?: string[] }).scrollCalls = calls;
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
      calls.push(typeof arg === 'object' ? (arg.behavior ?? 'auto') : 'auto');
      return original.call(this, arg);
    };
  });
}
const scrollCalls = (page: Page) => page.evaluate(() => (globalThis as { scrollCalls?: string[] }).scrollCalls ?? []);

async function openSourceReader(explorer: Explorer, page: Page) {
  await explorer.open('/events/sochi-pompeo-lavrov-talks');
  await explorer.reader.getByRole('button', { name: 'Read in context' }).nth(3).click();
  await expect(page.getByRole('dialog').locator('mark[aria-current="true"]')).toBeInViewport();
}

test.describe('prefers-reduced-motion', () => {
  test('reduce: the spinner and the disclosure marker do not animate, and nothing scrolls smoothly', async ({ explorer, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await recordScrolls(page);
    const release = await showLoading(explorer, page);
    const still = await motion(page);
    release();
    expect(seconds(still.spinner!), 'spinner animation duration (s)').toBeLessThan(0.01);
    expect(still.spinnerIterations).toBe('1');
    expect(still.scroll).not.toBe('smooth');
    await expect(explorer.timeline).toBeVisible();
    expect(seconds(await markerTransition(page)), 'details marker transition (s)').toBeLessThan(0.01);

    await openSourceReader(explorer, page);
    const calls = await scrollCalls(page);
    expect(calls.length, 'the source reader scrolled the passage into view').toBeGreaterThan(0);
    expect(calls).not.toContain('smooth');
  });

  test('no preference: the same things do move (so the check above measures something)', async ({ explorer, page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await recordScrolls(page);
    const release = await showLoading(explorer, page);
    const moving = await motion(page);
    release();
    expect(seconds(moving.spinner!)).toBeGreaterThan(0.1);
    await expect(explorer.timeline).toBeVisible();
    expect(seconds(await markerTransition(page))).toBeGreaterThan(0.05);
    await openSourceReader(explorer, page);
    expect(await scrollCalls(page)).toContain('smooth');
  });
});

test('prefers-color-scheme dark gives a dark background and light text', async ({ explorer, page }) => {
  const colours = async () =>
    page.evaluate(() => {
      const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: string) => rgb(c).reduce((sum, v) => sum + v, 0) / 3;
      const body = getComputedStyle(document.body);
      return { background: body.backgroundColor, bg: lum(body.backgroundColor), fg: lum(body.color) };
    });
  await page.emulateMedia({ colorScheme: 'light' });
  await explorer.open('/');
  const light = await colours();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await colours();
  expect(dark.background).not.toBe(light.background);
  expect(light.bg, 'light background').toBeGreaterThan(200);
  expect(dark.bg, 'dark background').toBeLessThan(60);
  expect(dark.fg, 'dark-scheme text is light').toBeGreaterThan(180);
});

test.describe('200 % zoom (1280×800 at 200 % is a 640×400 CSS viewport)', () => {
  test.use({ viewport: { width: 640, height: 400 } });

  /** Nothing is wider than the viewport; lists the elements that stick out when something is. */
  async function expectNoHorizontalOverflow(page: Page, where: string) {
    const result = await page.evaluate(() => {
      const root = document.scrollingElement!;
      const width = root.clientWidth;
      const sticking = [...document.querySelectorAll('body *')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.right > width + 1 && !el.closest('.visually-hidden, .source-reader-sr-only');
        })
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
      return { scrollWidth: root.scrollWidth, clientWidth: width, sticking };
    });
    expect(result.scrollWidth, `${where}: page scrolls sideways; sticking out: ${result.sticking.join(', ')}`).toBeLessThanOrEqual(result.clientWidth);
  }

  test('no content overflows sideways, and the timeline and reader are reachable and unclipped', async ({ explorer, page }) => {
    await explorer.open('/');
    await expectNoHorizontalOverflow(page, 'first screen');
    await page.getByText('Filter by actor').click();
    await expect(page.getByRole('group', { name: 'Actors' })).toBeVisible();
    await expectNoHorizontalOverflow(page, 'actor filter open');
    await explorer.timeline.scrollIntoViewIfNeeded();
    await expect(explorer.timeline).toBeVisible();
    await expect(explorer.timelineEvent(/Pompeo and Lavrov meet in Sochi/)).toBeVisible();

    await explorer.eventLinks().filter({ hasText: 'Trump–Kim summit in Hanoi' }).click();
    const heading = explorer.reader.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText('Trump–Kim summit in Hanoi ends without agreement');
    await heading.scrollIntoViewIfNeeded();
    await expect(heading).toBeInViewport({ ratio: 1 });
    // Not clipped: the heading's text fits its box, and its box fits inside the reader.
    const fit = await heading.evaluate((h) => {
      const box = h.getBoundingClientRect();
      const article = h.closest('article')!.getBoundingClientRect();
      return { fits: h.scrollWidth <= h.clientWidth && h.scrollHeight <= h.clientHeight + 1, inside: box.left >= article.left && box.right <= article.right + 0.5 };
    });
    expect(fit).toEqual({ fits: true, inside: true });
    await expectNoHorizontalOverflow(page, 'event reader');

    await explorer.reader.getByRole('button', { name: 'Read in context' }).first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
    await expect(dialog.locator('mark[aria-current="true"]')).toBeInViewport();
    await expectNoHorizontalOverflow(page, 'source reader');
    await page.keyboard.press('Escape');

    await explorer.open('/events/no-such-event-with-a-rather-long-identifier-that-might-not-wrap-at-all-on-a-small-screen');
    await expect(page.getByRole('heading', { name: /No event called/ })).toBeVisible();
    await expectNoHorizontalOverflow(page, 'not-found page');
  });

  test('the error screen fits too, problems and all', async ({ explorer, page }) => {
    await page.route(DATASET, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ version: 1, title: 'x'.repeat(300) }) }),
    );
    await explorer.open('/');
    await expect(page.getByRole('alert').getByRole('listitem').first()).toBeVisible();
    await expectNoHorizontalOverflow(page, 'error screen');
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});
