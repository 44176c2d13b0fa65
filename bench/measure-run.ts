/**
 * One run of one case in a fresh browser context (cold cache): load, zoom and pan, actor filter,
 * search. A phase that fails or times out is recorded as an error; the others still run.
 */
import type { Browser } from '@playwright/test';
import type { BenchCase } from './cases';
import { measureActorFilter, measureSearch, timelineSummaryId, type ControlFigure } from './measure-controls';
import { INPUT_BUDGET_MS, INPUTS_PLANNED, measureZoomPan, type FrameFigures } from './measure-gestures';
import { measureLoad, type LoadFigures } from './measure-load';
import { errorMessage, withTimeout } from './page-tools';
import { openProfiler, summariseProfile, type ProfileSummary } from './profile';

export interface RunFigures {
  load: LoadFigures | null;
  frames: FrameFigures | null;
  /** null: nothing changed within 10 s; absent (undefined): not measured (baseline). */
  filterMs?: ControlFigure;
  searchMs?: ControlFigure;
  /** Wall-clock seconds each phase took, for the log. */
  phases: Record<string, number>;
  errors: string[];
}

/** CPU profiles of a run: navigation to interactive, and everything after (zoom/pan, filter, search). */
export interface RunProfile {
  load: ProfileSummary;
  interactions: ProfileSummary | null;
}

export const VIEWPORT = { width: 1280, height: 800 };

export async function measureRun(
  browser: Browser,
  benchCase: BenchCase,
  origin: string,
  distDir: string,
  timeoutMs: number,
  { profile = false, interactions = true }: { profile?: boolean; interactions?: boolean } = {},
): Promise<{ figures: RunFigures; profile: RunProfile | null }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const figures: RunFigures = { load: null, frames: null, phases: {}, errors: [] };
  let phaseStart = performance.now();
  const endPhase = (name: string) => {
    figures.phases[name] = Math.round((performance.now() - phaseStart) / 100) / 10;
    phaseStart = performance.now();
  };
  let summary: RunProfile | null = null;
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    page.on('pageerror', (error) => figures.errors.push(`page error: ${errorMessage(error)}`));
    const profiler = profile ? await openProfiler(page) : null;
    await profiler?.start();
    try {
      figures.load = await withTimeout(measureLoad(page, origin + benchCase.path, benchCase.probe, distDir, timeoutMs), timeoutMs * 1.5, 'load');
      if (profiler) {
        summary = { load: summariseProfile(await profiler.stop(), distDir), interactions: null };
        await profiler.start();
      }
    } catch (error) {
      const shown = await page.locator('main').innerText({ timeout: 1000 }).catch(() => '');
      figures.errors.push(`load: ${errorMessage(error)}${shown ? ` — page shows: ${shown.slice(0, 160).replace(/\s+/g, ' ')}` : ''}`);
      return { figures, profile: null };
    } finally {
      endPhase('load');
    }
    if (!interactions) return { figures, profile: summary };
    try {
      figures.frames = await measureZoomPan(page, benchCase.plotSelector, timeoutMs);
      if (figures.frames.inputs < INPUTS_PLANNED) {
        figures.errors.push(`zoom/pan: the page took ${figures.frames.inputs} of ${INPUTS_PLANNED} inputs in ${INPUT_BUDGET_MS / 1000} s`);
      }
      if (!figures.frames.responded) figures.errors.push('zoom/pan: the plot did not change');
    } catch (error) {
      figures.errors.push(`zoom/pan: ${errorMessage(error)}`);
    }
    endPhase('zoom/pan');
    if (benchCase.kind === 'app') {
      const watchId = await timelineSummaryId(page, timeoutMs).catch((error: unknown) => {
        figures.errors.push(`filter and search: ${errorMessage(error)}`);
        return null;
      });
      if (watchId) {
        try {
          figures.filterMs = await measureActorFilter(page, watchId);
        } catch (error) {
          figures.errors.push(`actor filter: ${errorMessage(error)}`);
        }
        endPhase('filter');
        try {
          figures.searchMs = await measureSearch(page, watchId);
        } catch (error) {
          figures.errors.push(`search: ${errorMessage(error)}`);
        }
        endPhase('search');
      }
    }
    if (profiler && summary) {
      summary.interactions = summariseProfile(await profiler.stop(), distDir);
      await profiler.close();
    }
  } finally {
    await context.close().catch(() => undefined);
  }
  return { figures, profile: summary };
}
