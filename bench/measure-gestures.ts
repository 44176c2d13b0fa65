/**
 * Zoom and pan as a reader does it: 20 wheel steps over the plot (10 in, 10 out, about the pointer),
 * then a 500 px drag in 25 moves, then 400 ms for the URL to catch up (the view commits 250 ms after
 * a gesture settles). Every animation-frame interval and long task in that window is recorded in the
 * page. Each input waits for the page to take it, so a page that cannot keep up gets fewer inputs:
 * after INPUT_BUDGET_MS the rest are skipped (the drag is still ended) and the count says so.
 */
import type { Page } from '@playwright/test';
import { intervals, quantile } from './stats';
import { readProbe, withTimeout } from './page-tools';

export interface FrameFigures {
  frameP50Ms: number;
  frameP95Ms: number;
  frameMaxMs: number;
  frames: number;
  longTasks: number;
  longTaskMs: number;
  /** Whether the plot's text changed: the gestures reached the page. */
  responded: boolean;
  /** Inputs delivered within the budget, of INPUTS_PLANNED. */
  inputs: number;
}

const WHEEL_STEPS = 20;
const WHEEL_DELTA = 100;
const DRAG_PX = 500;
const DRAG_STEPS = 25;
/** A mouse wheel or trackpad sends events at about display rate. */
const INPUT_GAP_MS = 16;
const TAIL_MS = 400;
export const INPUT_BUDGET_MS = 10_000;
export const INPUTS_PLANNED = WHEEL_STEPS + DRAG_STEPS;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureZoomPan(page: Page, plotSelector: string, timeoutMs: number): Promise<FrameFigures> {
  const plot = page.locator(plotSelector).first();
  await plot.scrollIntoViewIfNeeded({ timeout: timeoutMs });
  const box = await plot.boundingBox({ timeout: timeoutMs });
  if (!box) throw new Error(`${plotSelector} has no box`);
  // The axis labels (app) or the first mark's position (baseline): either moves when the view does.
  const textOf = () => plot.evaluate((el) => `${el.textContent}|${el.querySelector('[data-event-id]')?.getAttribute('style')}`);
  const before = await textOf();
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 60);
  await page.mouse.move(x - DRAG_PX / 2, y);

  const run = async () => {
    const started = await page.evaluate(() => {
      (window as unknown as { __benchRecord: (on: boolean) => void }).__benchRecord(true);
      return performance.now();
    });
    const deadline = Date.now() + INPUT_BUDGET_MS;
    let inputs = 0;
    for (let i = 0; i < WHEEL_STEPS && Date.now() < deadline; i++, inputs++) {
      await page.mouse.wheel(0, i < WHEEL_STEPS / 2 ? -WHEEL_DELTA : WHEEL_DELTA);
      await sleep(INPUT_GAP_MS);
    }
    await page.mouse.down();
    for (let i = 1; i <= DRAG_STEPS && Date.now() < deadline; i++, inputs++) {
      await page.mouse.move(x - DRAG_PX / 2 + (DRAG_PX * i) / DRAG_STEPS, y);
      await sleep(INPUT_GAP_MS);
    }
    await page.mouse.up();
    await sleep(TAIL_MS);
    const ended = await page.evaluate(() => {
      (window as unknown as { __benchRecord: (on: boolean) => void }).__benchRecord(false);
      return performance.now();
    });
    return { started, ended, inputs };
  };
  const { started, ended, inputs } = await withTimeout(run(), timeoutMs, 'zoom and pan');
  const state = await readProbe(page);
  const gaps = intervals(state.frames).sort((a, b) => a - b);
  const tasks = state.longTasks.filter((t) => t.start >= started && t.start <= ended);
  return {
    frameP50Ms: quantile(gaps, 0.5),
    frameP95Ms: quantile(gaps, 0.95),
    frameMaxMs: gaps.at(-1) ?? NaN,
    frames: state.frames.length,
    longTasks: tasks.length,
    longTaskMs: tasks.reduce((sum, t) => sum + t.duration, 0),
    responded: (await textOf()) !== before,
    inputs,
  };
}
