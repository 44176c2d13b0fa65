/** Small helpers for driving a page with a bound on every step. */
import type { Page } from '@playwright/test';
import { EVENT_SELECTORS, installProbe, type ProbeConfig, type ProbeState } from './probe';

/** Rejects with `label` if `promise` has not settled after `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no result within ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Injects the probe before any page script. tsx compiles with esbuild's keepNames, which wraps inner
 * functions in `__name(...)`: serialised into the page, they need that helper to exist there.
 */
export async function addProbe(page: Page, config: ProbeConfig): Promise<void> {
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript({ content: `(${installProbe.toString()})(${JSON.stringify(config)}, ${JSON.stringify(EVENT_SELECTORS)});` });
}

export function readProbe(page: Page): Promise<ProbeState> {
  return page.evaluate(() => {
    const { longTasks, frames, ...rest } = (window as unknown as { __bench: ProbeState }).__bench;
    return { ...rest, longTasks: [...longTasks], frames: [...frames] };
  });
}

export const errorMessage = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error));

/** Resolves once the page's main thread has rendered a frame and then run a task: it has caught up. */
export function waitForIdle(page: Page, timeoutMs: number): Promise<void> {
  return withTimeout(
    page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))),
    timeoutMs,
    'waiting for the page to catch up',
  );
}
