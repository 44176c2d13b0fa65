import AxeBuilder from '@axe-core/playwright';
import { bundled, chronological } from './support/bundled';
import { expect, test } from './support/explorer';

// Dates as the reader must see them, by precision (independent of the app's own formatter).
const DATES: Record<string, string> = {
  'white-house-press-briefing': '7 June 2018',
  'singapore-summit': '12 June 2018',
  'un-panel-report-dispute': '3 August – 17 September 2018',
  'state-department-press-conference': '14 September 2018',
  'hanoi-summit': '27–28 February 2019',
  'vladivostok-kim-putin-summit': '25 April 2019',
  'sochi-pompeo-lavrov-talks': '14 May 2019',
};

test('every event on the timeline opens its reader with dates, quotes and excerpts verbatim', async ({ explorer, page }) => {
  await explorer.open();
  expect(Object.keys(DATES).sort()).toEqual(bundled.events.map((e) => e.id).sort());
  for (const event of chronological) {
    const date = DATES[event.id]!;
    await explorer.timelineEvent(`${event.title}, ${date}`).click();
    await expect(page).toHaveURL(new RegExp(`/events/${event.id}$`));
    const reader = explorer.reader;
    await expect(reader.getByRole('heading', { level: 2 })).toHaveText(event.title);
    await expect(reader.locator('time').first()).toHaveText(date);
    for (const quote of bundled.quotes.filter((q) => q.events.includes(event.id))) {
      const block = reader.locator('figure', { has: page.getByText(quote.selector.exact, { exact: true }) });
      await expect(block).toBeVisible();
      const speaker = bundled.actors.find((a) => a.id === quote.speaker)!;
      await expect(block.locator('figcaption')).toContainText(speaker.name);
      if (quote.interpreted) await expect(block.locator('figcaption')).toContainText('through an interpreter');
    }
    for (const excerpt of bundled.excerpts.filter((x) => x.events.includes(event.id))) {
      await expect(reader.getByText(excerpt.selector.exact, { exact: true }).first()).toBeVisible();
    }
  }
});

test('the reader marks editorial text and shows the interpreter and inferred dates', async ({ explorer }) => {
  await explorer.open('/events/sochi-pompeo-lavrov-talks');
  await expect(explorer.reader.getByRole('heading', { name: 'Editorial summary' })).toBeVisible();
  const naturally = explorer.reader.locator('figure', { hasText: 'Naturally we highlighted' });
  await expect(naturally).toContainText('Sergey Lavrov');
  await expect(naturally).toContainText('through an interpreter');
  await explorer.open('/events/white-house-press-briefing');
  await expect(explorer.reader.getByText('date inferred')).toBeVisible();
});

test('keyboard: arrows move between events, Enter opens, Escape closes and keeps focus', async ({ explorer, page }) => {
  await explorer.open();
  const first = explorer.timelineEvent(/Pompeo briefs reporters at the White House/);
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const second = explorer.timelineEvent(/Trump and Kim meet in Singapore/);
  await expect(second).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/events\/singapore-summit$/);
  await expect(explorer.reader.getByRole('heading', { level: 2 })).toHaveText('Trump and Kim meet in Singapore');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/$/);
  await expect(explorer.reader).toHaveCount(0);
  await expect(second).toBeFocused();
});

test('← and → step through events while reading', async ({ explorer, page }) => {
  await explorer.open('/events/hanoi-summit');
  await explorer.reader.getByRole('heading', { level: 2 }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/events\/vladivostok-kim-putin-summit$/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\/events\/state-department-press-conference$/);
});

test('zoom, pan and fit change the visible range and keep it in the URL', async ({ explorer, page }) => {
  await explorer.open();
  const description = explorer.timeline.getByText(/showing \d+ of 7 events/);
  await expect(description).toContainText('showing 7 of 7 events');
  await explorer.timeline.getByRole('button', { name: 'Zoom in' }).click();
  await explorer.timeline.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  await expect(description).not.toContainText('showing 7 of 7');
  const fromAfterZoom = new URL(page.url()).searchParams.get('from')!;

  // Drag the plot to the left: later dates come into view.
  const plot = explorer.timeline.locator('.timeline-plot');
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.7, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.4, box.y + 20, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe(fromAfterZoom);
  expect(new URL(page.url()).searchParams.get('from')! > fromAfterZoom).toBe(true);

  await explorer.timeline.getByRole('button', { name: 'Fit all' }).click();
  await expect(page).not.toHaveURL(/from=/);
  await expect(description).toContainText('showing 7 of 7 events');

  // The wheel zooms about the pointer.
  await page.mouse.move(box.x + box.width * 0.5, box.y + 20);
  await page.mouse.wheel(0, -600);
  await expect(page).toHaveURL(/from=/);
  await expect(description).not.toContainText('showing 7 of 7');
});

test('zoom to the selected event, and the overview brush pans with the keyboard', async ({ explorer, page }) => {
  await explorer.open('/events/hanoi-summit');
  await explorer.timeline.getByRole('button', { name: 'Zoom to event' }).click();
  await expect(explorer.timeline.getByText(/showing 1 of 7 events/)).toBeVisible();
  await expect(explorer.timelineEvent(/Hanoi/)).toBeVisible();
  const brush = explorer.timeline.getByRole('slider', { name: 'Visible part of the timeline' });
  const before = await brush.getAttribute('aria-valuetext');
  await brush.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(brush).not.toHaveAttribute('aria-valuetext', before!);
});

test('axe finds no violations on the timeline and the reader', async ({ explorer, page }) => {
  await explorer.open('/events/un-panel-report-dispute');
  await expect(explorer.reader).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('two fingers spreading apart zoom the timeline in', async ({ explorer, page }) => {
    await explorer.open();
    const description = explorer.timeline.getByText(/showing \d+ of 7 events/);
    await expect(description).toContainText('showing 7 of 7 events');
    const box = (await explorer.timeline.locator('.timeline-plot').boundingBox())!;
    const y = box.y + 30;
    const mid = box.x + box.width / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: mid - spread, y, id: 1 }, { x: mid + spread, y, id: 2 }],
      });
    await touch('touchStart', 20);
    for (const spread of [40, 70, 100, 130]) await touch('touchMove', spread);
    await touch('touchEnd', 0);
    await expect(page).toHaveURL(/from=.*&to=/);
    // A zoom, not a pan: the visible span is much shorter than the whole story (about a year).
    const params = new URL(page.url()).searchParams;
    const days = (Date.parse(params.get('to')!) - Date.parse(params.get('from')!)) / 86_400_000;
    expect(days).toBeLessThan(250);
  });
});
