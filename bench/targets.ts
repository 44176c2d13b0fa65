/** The targets, checked against the medians. */
import { BASELINE_REFERENCE_EVENTS } from './cases';
import { median, type CaseSummary, type MetricKey, type MetricSummary } from './metrics';

export interface TargetResult {
  case: string;
  target: string;
  measured: string;
  result: 'pass' | 'fail' | 'n/a (control missing)' | 'n/a (not measured)';
}

/** DOM growth allowed between the smallest and largest generated dataset. */
export const DOM_GROWTH_TOLERANCE = 1.2;

const fmt = (value: number, unit: string) => `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })}${unit}`;

function check(caseId: string, target: string, summary: MetricSummary | undefined, limit: number | null, unit: string): TargetResult {
  const value = median(summary);
  if (summary === 'control missing') return { case: caseId, target, measured: 'control missing', result: 'n/a (control missing)' };
  // Not finished in time (a load over the page limit, a filter that never showed) misses any limit.
  if (summary === 'no change in time' || summary === 'failed') return { case: caseId, target, measured: `${summary} (see notes)`, result: 'fail' };
  if (value === null || limit === null) return { case: caseId, target, measured: typeof summary === 'string' ? summary : '—', result: 'n/a (not measured)' };
  return { case: caseId, target, measured: `${fmt(value, unit)} (limit ${fmt(limit, unit)})`, result: value <= limit ? 'pass' : 'fail' };
}

export function checkTargets(cases: readonly CaseSummary[]): TargetResult[] {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const metric = (id: string, key: MetricKey) => byId.get(id)?.metrics[key];
  const reference = `baseline-${BASELINE_REFERENCE_EVENTS}`;
  const refVisible = median(metric(reference, 'firstVisibleMs'));
  const results: TargetResult[] = [];
  if (byId.has('bundled')) {
    results.push(
      check('bundled', `first event visible ≤ baseline page with ${BASELINE_REFERENCE_EVENTS} events`, metric('bundled', 'firstVisibleMs'), refVisible, ' ms'),
      check('bundled', 'interactive ≤ 2 × that', metric('bundled', 'interactiveMs'), refVisible === null ? null : 2 * refVisible, ' ms'),
      check('bundled', 'initial JS + CSS ≤ 150 kB gzip', metric('bundled', 'jsCssGzipKB'), 150, ' kB'),
    );
  }
  const limits: [string, { interactive: number; frameP95: number; controls: number; heap: number }][] = [
    ['10000', { interactive: 500, frameP95: 17, controls: 50, heap: 60 }],
    ['100000', { interactive: 3000, frameP95: 33, controls: 100, heap: 300 }],
  ];
  for (const [id, limit] of limits) {
    if (!byId.has(id)) continue;
    results.push(
      check(id, `interactive ≤ ${limit.interactive} ms`, metric(id, 'interactiveMs'), limit.interactive, ' ms'),
      check(id, `zoom/pan frame p95 ≤ ${limit.frameP95} ms`, metric(id, 'frameP95Ms'), limit.frameP95, ' ms'),
      check(id, `actor filter ≤ ${limit.controls} ms to next frame`, metric(id, 'filterMs'), limit.controls, ' ms'),
      check(id, `search ≤ ${limit.controls} ms to next frame`, metric(id, 'searchMs'), limit.controls, ' ms'),
      check(id, `JS heap ≤ ${limit.heap} MB`, metric(id, 'heapMB'), limit.heap, ' MB'),
    );
  }
  const sized = ['1000', '10000', '100000'].filter((id) => median(metric(id, 'domNodes')) !== null);
  if (sized.length >= 2) {
    const counts = sized.map((id) => median(metric(id, 'domNodes')) as number);
    const growth = Math.max(...counts) / Math.min(...counts);
    results.push({
      case: sized.join(' / '),
      target: `DOM nodes do not grow with events (max ≤ ${DOM_GROWTH_TOLERANCE} × min)`,
      measured: `${counts.map((c) => c.toLocaleString('en-US')).join(' / ')} (×${growth.toFixed(2)})`,
      result: growth <= DOM_GROWTH_TOLERANCE ? 'pass' : 'fail',
    });
  }
  return results;
}
