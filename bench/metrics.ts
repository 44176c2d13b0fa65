/** The figures reported for each case, and how each is summarised over runs. */
import type { BenchCase } from './cases';
import type { RunFigures } from './measure-run';
import { quantile, spread, type Spread } from './stats';

export type MetricKey =
  | 'firstVisibleMs' | 'interactiveMs' | 'fcpMs' | 'heapMB' | 'domNodes' | 'jsCssGzipKB' | 'jsCssRawKB'
  | 'frameP50Ms' | 'frameP95Ms' | 'longTasks' | 'longTaskMs' | 'filterMs' | 'searchMs';

export interface MetricDef {
  key: MetricKey;
  label: string;
  digits: number;
  pick: (run: RunFigures) => number | null | undefined | 'missing' | 'timeout';
}

export const METRICS: readonly MetricDef[] = [
  { key: 'firstVisibleMs', label: 'first event visible (ms)', digits: 0, pick: (r) => r.load?.firstVisibleMs },
  { key: 'interactiveMs', label: 'interactive (ms)', digits: 0, pick: (r) => r.load?.interactiveMs },
  { key: 'fcpMs', label: 'first contentful paint (ms)', digits: 0, pick: (r) => r.load?.fcpMs },
  { key: 'heapMB', label: 'JS heap after load, after GC (MB)', digits: 1, pick: (r) => r.load?.heapMB },
  { key: 'domNodes', label: 'DOM elements after load', digits: 0, pick: (r) => r.load?.domNodes },
  { key: 'jsCssGzipKB', label: 'JS + CSS before interactive, gzip (kB)', digits: 1, pick: (r) => r.load?.jsCssGzipKB },
  { key: 'jsCssRawKB', label: 'JS + CSS before interactive, raw (kB)', digits: 1, pick: (r) => r.load?.jsCssRawKB },
  { key: 'frameP50Ms', label: 'zoom/pan frame interval p50 (ms)', digits: 1, pick: (r) => r.frames?.frameP50Ms },
  { key: 'frameP95Ms', label: 'zoom/pan frame interval p95 (ms)', digits: 1, pick: (r) => r.frames?.frameP95Ms },
  { key: 'longTasks', label: 'zoom/pan long tasks (count)', digits: 0, pick: (r) => r.frames?.longTasks },
  { key: 'longTaskMs', label: 'zoom/pan long tasks (total ms)', digits: 0, pick: (r) => r.frames?.longTaskMs },
  { key: 'filterMs', label: 'actor filter → next frame (ms)', digits: 0, pick: (r) => r.filterMs },
  { key: 'searchMs', label: 'search word → next frame (ms)', digits: 0, pick: (r) => r.searchMs },
];

/** A metric over runs: numbers (`timeouts` runs saw no change in time), or why there are none. */
export type MetricSummary =
  | (Spread & { values: number[]; timeouts: number })
  | 'control missing'
  | 'no change in time'
  | 'not measured'
  | 'failed';

export interface CaseSummary {
  id: string;
  label: string;
  kind: BenchCase['kind'];
  events: number;
  baselineId: string | null;
  dataMB: { raw: number; gzip: number } | null;
  runs: number;
  metrics: Record<MetricKey, MetricSummary>;
  /** What the timeline said it showed after load, in the first run. */
  shown: string | null;
  errors: string[];
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

const CONTROLS: readonly MetricKey[] = ['filterMs', 'searchMs'];

function summarise(def: MetricDef, runs: readonly RunFigures[], kind: BenchCase['kind']): MetricSummary {
  if (kind === 'baseline' && CONTROLS.includes(def.key)) return 'not measured';
  const picked = runs.map(def.pick);
  const numbers = picked.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  const timeouts = picked.filter((v) => v === 'timeout').length;
  if (picked.length && picked.every((v) => v === 'missing')) return 'control missing';
  // A run that saw no change counts as slower than every run that did.
  if (timeouts && timeouts * 2 >= numbers.length + timeouts) return 'no change in time';
  const s = spread(numbers);
  if (!s) return 'failed';
  const median = quantile([...numbers, ...Array<number>(timeouts).fill(Number.MAX_VALUE)], 0.5);
  const r = (v: number) => round(v, def.digits);
  return { ...s, median: r(median), min: r(s.min), max: r(s.max), values: numbers.map(r), timeouts };
}

export function summariseCase(benchCase: BenchCase, runs: readonly RunFigures[]): CaseSummary {
  const metrics = Object.fromEntries(METRICS.map((def) => [def.key, summarise(def, runs, benchCase.kind)])) as Record<MetricKey, MetricSummary>;
  return {
    id: benchCase.id,
    label: benchCase.label,
    kind: benchCase.kind,
    events: benchCase.events,
    baselineId: benchCase.baselineId,
    dataMB: benchCase.data ? { raw: round(benchCase.data.bytes / 1e6, 2), gzip: round(benchCase.data.gzipBytes / 1e6, 2) } : null,
    runs: runs.length,
    metrics,
    shown: runs.find((r) => r.load)?.load?.shown ?? null,
    errors: groupMessages(runs.flatMap((r) => r.errors)),
  };
}

/** The same message from several runs (numbers aside) once, with how many runs gave it. */
function groupMessages(messages: readonly string[]): string[] {
  const groups = new Map<string, { first: string; count: number }>();
  for (const message of messages) {
    const key = message.replace(/\d+(?:\.\d+)?/g, '#');
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { first: message, count: 1 });
  }
  return [...groups.values()].map((g) => (g.count > 1 ? `${g.first} (and in ${g.count - 1} more run${g.count > 2 ? 's' : ''})` : g.first));
}

export const median = (summary: MetricSummary | undefined): number | null => (summary && typeof summary === 'object' ? summary.median : null);
