/**
 * A CPU profile of one run (CDP `Profiler`), summarised as the functions with the most self time,
 * each mapped through the build's source maps to the original file and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';

export interface ProfileRow {
  selfMs: number;
  share: number;
  name: string;
  location: string;
}

export interface ProfileSummary {
  totalMs: number;
  top: ProfileRow[];
  /** Self time by original package or source folder. */
  byOrigin: { origin: string; selfMs: number; share: number }[];
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface Profiler {
  start(): Promise<void>;
  stop(): Promise<CpuProfile>;
  close(): Promise<void>;
}

/** A sampling profiler on the page's target; it keeps running across the page's navigations. */
export async function openProfiler(page: Page): Promise<Profiler> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  return {
    start: async () => {
      await cdp.send('Profiler.start');
    },
    stop: async () => (await cdp.send('Profiler.stop')).profile as CpuProfile,
    close: () => cdp.detach(),
  };
}

/** Scripts without a URL: Playwright's injected selector engine (getByRole …) and the bench's probe. */
const HARNESS = '(bench harness: Playwright selectors, probe)';

const maps = new Map<string, SourceMap | null>();
function sourceMapFor(distDir: string, url: string): SourceMap | null {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  if (!maps.has(pathname)) {
    const file = join(distDir, `${pathname}.map`);
    maps.set(pathname, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  return maps.get(pathname) ?? null;
}

const DECLARED = /(?:function\*?\s+([\w$]+))|(?:(?:const|let|var)\s+([\w$]+)\s*=)|(?:^\s*(?:async\s+)?([\w$]+)\s*\([^)]*\)\s*\{)|(?:([\w$]+)\s*:\s*(?:async\s*)?(?:function|\())/;

function where(distDir: string, frame: CallFrame): { name: string; location: string; origin: string } {
  if (!frame.url) {
    const special = frame.functionName.startsWith('(') ? frame.functionName : HARNESS;
    return { name: special, location: '', origin: special };
  }
  const map = sourceMapFor(distDir, frame.url);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number; name?: string } | undefined;
  if (!map || !entry?.originalSource || entry.originalLine === undefined) {
    const file = new URL(frame.url).pathname;
    return { name: frame.functionName || '(anonymous)', location: `${file}:${frame.lineNumber + 1}`, origin: file };
  }
  const source = entry.originalSource.replace(/^(?:\.\.\/)+/, '');
  const index = map.payload.sources.indexOf(entry.originalSource);
  const line = map.payload.sourcesContent?.[index]?.split('\n')[entry.originalLine] ?? '';
  const declared = DECLARED.exec(line);
  const name = entry.name ?? declared?.slice(1).find(Boolean) ?? frame.functionName ?? '(anonymous)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  const origin = pkg ?? source.split('/').slice(0, 2).join('/');
  return { name: name || '(anonymous)', location: `${source.replace(/^node_modules\//, '')}:${entry.originalLine + 1}`, origin };
}

export function summariseProfile(profile: CpuProfile, distDir: string, topN = 15): ProfileSummary {
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? 0)));
  const rows = new Map<string, ProfileRow & { origin: string }>();
  let totalUs = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (!us || node.callFrame.functionName === '(idle)') continue;
    totalUs += us;
    const place = where(distDir, node.callFrame);
    const key = `${place.name}@${place.location}`;
    const row = rows.get(key) ?? { selfMs: 0, share: 0, name: place.name, location: place.location, origin: place.origin };
    row.selfMs += us / 1000;
    rows.set(key, row);
  }
  const totalMs = totalUs / 1000;
  const origins = new Map<string, number>();
  for (const row of rows.values()) origins.set(row.origin, (origins.get(row.origin) ?? 0) + row.selfMs);
  const top = [...rows.values()]
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, topN)
    .map(({ selfMs, name, location }) => ({ selfMs: Math.round(selfMs), share: selfMs / totalMs, name, location }));
  const byOrigin = [...origins]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([origin, selfMs]) => ({ origin, selfMs: Math.round(selfMs), share: selfMs / totalMs }));
  return { totalMs: Math.round(totalMs), top, byOrigin };
}
