import type { Locator, Page } from '@playwright/test';
import { bundled, chronological } from './support/bundled';
import { expect, test } from './support/explorer';
import { describeFocus, expectVisibleFocus } from './support/focus';

/** The whole story with the keyboard only: every step asserts what has focus and that it shows. */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const SOCHI = bundled.events.find((e) => e.id === 'sochi-pompeo-lavrov-talks')!;
const actorName = (id: string) => bundled.actors.find((a) => a.id === id)!.name;
const markName = (title: string) => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `);

/** Presses a key and checks that focus lands on `target` and is visible. */
async function press(page: Page, key: string, target: Locator, step: string) {
  await page.keyboard.press(key);
  await expect(target, `${step} (focus is on ${await describeFocus(page)})`).toBeFocused();
  await expectVisibleFocus(page, step);
}

/** Tabs (or Shift+Tabs) until `target` has focus; every stop on the way must show its focus. */
async function tabTo(page: Page, target: Locator, step: string, { back = false, max = 40 } = {}) {
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await expectVisibleFocus(page, `${step}, stop ${i + 1}`);
    stops.push(await describeFocus(page));
    if (await target.evaluate((el) => el === document.activeElement)) return stops;
  }
  throw new Error(`${step}: not reached in ${max} presses; focus went through:\n${stops.join('\n')}`);
}

test('a keyboard-only reader can walk the whole story, with focus visible at every step', async ({ explorer, page }) => {
  test.setTimeout(60_000);
  await explorer.open('/');
  const timeline = explorer.timeline;

  // The skip link comes first, shows itself, and jumps past the header.
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await press(page, 'Tab', skip, 'Tab from the top reaches the skip link');
  await page.keyboard.press('Enter');
  await expect(skip).not.toBeFocused();
  // Past the header: the brand link is skipped.
  await press(page, 'Tab', page.getByRole('searchbox', { name: 'Search events' }), 'after the skip link, Tab goes to the search box');
  await press(page, 'Tab', page.locator('summary', { hasText: 'Filter by actor' }), 'then the actor filter');
  await press(page, 'Tab', timeline.getByRole('button', { name: 'Zoom out' }), 'then the timeline toolbar');
  await press(page, 'Tab', timeline.getByRole('button', { name: 'Zoom in' }), 'Zoom in');
  await press(page, 'Tab', timeline.getByRole('button', { name: 'Fit all' }), 'Fit all');
  // One tab stop on the timeline: its first event.
  await press(page, 'Tab', explorer.timelineEvent(markName(chronological[0]!.title)), 'the first event on the timeline');

  // → and ← move from event to event without opening them.
  for (const event of chronological.slice(1)) {
    await press(page, 'ArrowRight', explorer.timelineEvent(markName(event.title)), `→ to ${event.id}`);
  }
  await press(page, 'ArrowLeft', explorer.timelineEvent(markName(chronological.at(-2)!.title)), '← back one');
  await press(page, 'ArrowRight', explorer.timelineEvent(markName(SOCHI.title)), '→ to Sochi again');
  await expect(page).toHaveURL(/:\d+\/(#main)?$/);
  await expect(explorer.reader).toHaveCount(0);

  // Enter opens the reader; focus stays on the event.
  await press(page, 'Enter', explorer.timelineEvent(markName(SOCHI.title)), 'Enter opens the event');
  await expect(page).toHaveURL(/\/events\/sochi-pompeo-lavrov-talks$/);
  await expect(explorer.reader.getByRole('heading', { level: 2 })).toHaveText(SOCHI.title);

  // Tab order after the timeline: brush, the list in order, then the reader top to bottom.
  await press(page, 'Tab', timeline.getByRole('slider', { name: 'Visible part of the timeline' }), 'the overview brush');
  for (let i = 0; i < chronological.length; i++) {
    await press(page, 'Tab', explorer.eventLinks().nth(i), `list link ${i + 1}: ${chronological[i]!.id}`);
  }
  await press(page, 'Tab', explorer.reader.getByRole('button', { name: 'Copy link to this event' }), 'the reader’s Copy link');
  await press(page, 'Tab', explorer.reader.locator('summary', { hasText: 'How this date was established' }), 'the date basis');
  for (const { actor, role } of SOCHI.actors) {
    await press(page, 'Tab', explorer.reader.getByRole('button', { name: `${actorName(actor)} ${role}`, exact: true }), `actor chip ${actor}`);
  }
  const readInContext = explorer.reader.getByRole('button', { name: 'Read in context' }).first();
  await press(page, 'Tab', readInContext, 'the first quote’s Read in context');

  // Enter opens the article with focus on the passage; Esc closes it and focus returns.
  const dialog = page.getByRole('dialog');
  await press(page, 'Enter', dialog.locator('mark[aria-current="true"]'), 'Enter opens the source reader on the passage');
  // Tab moves on from the passage to the link after it, inside the dialog.
  await page.keyboard.press('Tab');
  await expect(dialog.locator('a:focus'), `Tab stays inside the dialog (focus is on ${await describeFocus(page)})`).toHaveCount(1);
  await expectVisibleFocus(page, 'Tab inside the dialog');
  await press(page, 'Escape', readInContext, 'Esc closes the source reader and focus returns');
  await expect(dialog).toHaveCount(0);
  await expect(explorer.reader).toBeVisible();

  // Back up to the actor filter, open it with Enter, tick Mike Pompeo with Space.
  const summary = page.locator('summary', { hasText: 'Filter by actor' });
  await tabTo(page, summary, 'Shift+Tab back to the actor filter', { back: true });
  await page.keyboard.press('Enter');
  const actors = page.getByRole('group', { name: 'Actors' });
  await expect(actors).toBeVisible();
  await expect(summary).toBeFocused();
  const pompeo = actors.getByRole('checkbox', { name: /^Mike Pompeo, / });
  await press(page, 'Tab', actors.getByRole('checkbox').first(), 'Tab enters the opened filter');
  await tabTo(page, pompeo, 'Tab to Mike Pompeo');
  await press(page, 'Space', pompeo, 'Space ticks the box');
  await expect(pompeo).toBeChecked();
  await expect(page).toHaveURL(/\/events\/sochi-pompeo-lavrov-talks\?actors=mike-pompeo$/);
  const withPompeo = chronological.filter((e) => e.actors.some((a) => a.actor === 'mike-pompeo'));
  await expect(explorer.eventLinks()).toHaveCount(withPompeo.length);

  // Copy a link to the event, filter included.
  const copy = explorer.reader.getByRole('button', { name: 'Copy link to this event' });
  await tabTo(page, copy, 'Tab on to the reader’s Copy link', { max: 60 });
  await press(page, 'Enter', copy, 'Enter copies the link');
  await expect(explorer.reader.getByText('Link copied.').first()).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/events\/sochi-pompeo-lavrov-talks\?actors=mike-pompeo$/);

  // Back to the filter and clear it: focus stays in the filter, on its first box.
  const clear = actors.getByRole('button', { name: 'Clear actor filter' });
  await tabTo(page, clear, 'Shift+Tab back to Clear', { back: true, max: 60 });
  await press(page, 'Enter', actors.getByRole('checkbox').first(), 'Enter clears the filter and focus moves to the first box');
  await expect(page).toHaveURL(/\/events\/sochi-pompeo-lavrov-talks$/);
  await expect(explorer.eventLinks()).toHaveCount(chronological.length);
  await expect(pompeo).not.toBeChecked();
});
