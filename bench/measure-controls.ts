/**
 * The actor filter and the search box: from the reader's input to the next frame that shows the
 * result. "Shows the result" means the timeline's summary ("… showing 40 of 1000 events", the text
 * the Timeline region is described by) has changed; the time ends once that frame has been
 * rendered (a message posted from its requestAnimationFrame callback arrives). It starts in a
 * capture listener on window for the event React handles: `click` for a checkbox, `input` for the
 * search field — before any of the app's own handlers run.
 */
import type { Page } from '@playwright/test';
import { SEARCH_WORD } from './generate';
import { armChangeTiming, type ChangeTiming } from './probe';
import { waitForIdle, withTimeout } from './page-tools';

/** A time in ms; 'missing' when the control is not on the page; 'timeout' when nothing changed in time. */
export type ControlFigure = number | 'missing' | 'timeout';

export const CHANGE_TIMEOUT_MS = 15_000;

/**
 * The id of the element describing the Timeline region: its summary line, which every filter
 * changes. Looked up once per page: a role query walks the whole DOM, slow with 100,000 list items.
 */
export async function timelineSummaryId(page: Page, timeoutMs: number): Promise<string> {
  const region = await page.getByRole('region', { name: 'Timeline', exact: true }).elementHandle({ timeout: timeoutMs });
  const id = await region.getAttribute('aria-describedby');
  if (!id) throw new Error('the Timeline region has no aria-describedby summary to watch');
  return id;
}

async function timeChange(page: Page, watchId: string, eventType: 'click' | 'input', act: () => Promise<void>): Promise<number | 'timeout'> {
  // Whatever the page was still doing (an earlier step's render) must not count against this one.
  await waitForIdle(page, 2 * CHANGE_TIMEOUT_MS);
  await page.evaluate(armChangeTiming, { eventType, watchId, timeoutMs: CHANGE_TIMEOUT_MS });
  // The input is acknowledged only once the page's handlers have run, which on a slow page takes
  // longer than Playwright's own timeout: the page's answer, not the acknowledgement, is the result.
  const acted = act().then(
    () => null,
    (error: unknown) => error,
  );
  const timing = await withTimeout(
    page.evaluate(() => (window as unknown as { __benchChange: Promise<ChangeTiming | null> }).__benchChange),
    2 * CHANGE_TIMEOUT_MS + 5000,
    `${eventType} to next frame`,
  );
  const failed = await withTimeout(acted, 2 * CHANGE_TIMEOUT_MS, `${eventType} acknowledged`);
  if (!timing && failed) throw failed;
  return timing ? timing.paintedAt - timing.inputAt : 'timeout';
}

/**
 * Ticks the first checkbox in the group named "Actors", times it, then unticks it (untimed) so later
 * steps start unfiltered. A filter folded away in a disclosure is opened first (untimed), as a
 * reader would.
 */
export async function measureActorFilter(page: Page, watchId: string): Promise<ControlFigure> {
  // A one-shot role query (Playwright's `role=` selector, exact name): the control is there or not.
  const group = await page.$('role=group[name="Actors"s][include-hidden]');
  if (!group) return 'missing';
  if (!(await group.isVisible())) {
    const summary = (await group.evaluateHandle((el) => el.closest('details')?.querySelector(':scope > summary') ?? null)).asElement();
    await summary?.click({ timeout: CHANGE_TIMEOUT_MS });
  }
  const checkbox = await group.$('role=checkbox');
  if (!checkbox) return 'missing';
  await checkbox.scrollIntoViewIfNeeded({ timeout: CHANGE_TIMEOUT_MS });
  // The page is idle (timeChange waits for that) and the box in view: no actionability polling,
  // which on a page with slow frames takes longer than the click itself.
  const tick = () => checkbox.click({ force: true, timeout: 2 * CHANGE_TIMEOUT_MS });
  const ms = await timeChange(page, watchId, 'click', tick);
  await timeChange(page, watchId, 'click', tick);
  return ms;
}

/** Puts one word into the field named "Search events" in a single input event (as a paste would). */
export async function measureSearch(page: Page, watchId: string): Promise<ControlFigure> {
  const field = await page.$('role=searchbox[name="Search events"s]');
  if (!field) return 'missing';
  return timeChange(page, watchId, 'input', () => field.fill(SEARCH_WORD, { timeout: 2 * CHANGE_TIMEOUT_MS }));
}
