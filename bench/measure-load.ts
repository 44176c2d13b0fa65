/**
 * A cold load: navigate in a fresh context, wait until an event is visible and the page has taken
 * over, then read first contentful paint, JS heap after a forced GC, DOM node count and the JS + CSS
 * requested before the page became interactive.
 *
 * Interactive: the frame showing the app's own timeline has been rendered, and then the main thread
 * has been free of long tasks for QUIET_MS — a short-window version of Time to Interactive. An input
 * arriving earlier would wait behind that work.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { addProbe, readProbe, withTimeout } from './page-tools';
import type { ProbeConfig, ProbeState } from './probe';

export interface LoadFigures {
  firstVisibleMs: number;
  interactiveMs: number;
  fcpMs: number | null;
  heapMB: number;
  domNodes: number;
  jsCssRawKB: number;
  jsCssGzipKB: number;
  /** The site paths of the JS and CSS counted. */
  assets: string[];
  /** The timeline's own summary ("… showing 40 of 1000 events"), to confirm what was loaded. */
  shown: string | null;
}

export const QUIET_MS = 200;

/** The end of the takeover frame, pushed past every long task that starts within QUIET_MS of it. */
export function interactiveAt(takeover: number, longTasks: readonly { start: number; duration: number }[]): number {
  let at = takeover;
  for (const task of [...longTasks].sort((a, b) => a.start - b.start)) {
    if (task.start + task.duration <= at) continue;
    if (task.start > at + QUIET_MS) break;
    at = task.start + task.duration;
  }
  return at;
}

const sizeCache = new Map<string, { raw: number; gzip: number }>();

/** Raw and gzip (level 6, what hosts typically use) size of a built file, by its site path. */
function fileSizes(distDir: string, sitePath: string): { raw: number; gzip: number } {
  const file = join(distDir, decodeURIComponent(sitePath));
  let sizes = sizeCache.get(file);
  if (!sizes) {
    sizes = { raw: statSync(file).size, gzip: gzipSync(readFileSync(file), { level: 6 }).length };
    sizeCache.set(file, sizes);
  }
  return sizes;
}

export async function measureLoad(page: Page, url: string, probe: ProbeConfig, distDir: string, timeoutMs: number): Promise<LoadFigures> {
  await addProbe(page, probe);
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  // Polled from outside every 100 ms: the probe itself records the frame times.
  await page.waitForFunction(
    () => {
      const s = (window as unknown as { __bench?: ProbeState }).__bench;
      return !!s && s.firstVisible !== null && s.takeover !== null;
    },
    null,
    { timeout: timeoutMs, polling: 100 },
  );
  // Let the page settle (effects, idle callbacks), and the long-task observer report, before
  // reading the probe and counting what the page holds.
  await withTimeout(
    page.evaluate(
      (quiet) => new Promise<void>((resolve) => requestIdleCallback(() => setTimeout(resolve, quiet + 50), { timeout: 3000 })),
      QUIET_MS,
    ),
    timeoutMs,
    'waiting for an idle moment after load',
  );
  const state = await readProbe(page);
  const interactive = interactiveAt(state.takeover as number, state.longTasks);

  const inPage = await page.evaluate((before) => {
    const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.responseEnd <= before && /\.(?:js|mjs|css)$/.test(new URL(e.name).pathname))
      .map((e) => new URL(e.name).pathname);
    const description = document.querySelector('section.timeline')?.getAttribute('aria-describedby');
    return {
      resources,
      domNodes: document.getElementsByTagName('*').length,
      shown: description ? (document.getElementById(description)?.textContent ?? null) : null,
    };
  }, interactive);

  const cdp = await page.context().newCDPSession(page);
  await withTimeout(cdp.send('HeapProfiler.collectGarbage'), timeoutMs, 'garbage collection');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();

  let raw = 0;
  let gzip = 0;
  const assets = [...new Set(inPage.resources)];
  for (const path of assets) {
    const sizes = fileSizes(distDir, path);
    raw += sizes.raw;
    gzip += sizes.gzip;
  }
  return {
    firstVisibleMs: state.firstVisible as number,
    interactiveMs: interactive,
    fcpMs: state.fcp,
    heapMB: heap.usedSize / 2 ** 20,
    domNodes: inPage.domNodes,
    jsCssRawKB: raw / 1000,
    jsCssGzipKB: gzip / 1000,
    assets,
    shown: inPage.shown,
  };
}
