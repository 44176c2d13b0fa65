/** Summaries of repeated measurements. */

export interface Spread {
  median: number;
  min: number;
  max: number;
  /** How many runs gave a value. */
  n: number;
}

/** Linear-interpolated quantile of sorted numbers, q in [0, 1]. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (at - lo);
}

export function spread(values: readonly (number | null | undefined)[]): Spread | null {
  const sorted = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return { median: quantile(sorted, 0.5), min: sorted[0] as number, max: sorted.at(-1) as number, n: sorted.length };
}

/** Intervals between successive timestamps. */
export function intervals(times: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < times.length; i++) out.push((times[i] as number) - (times[i - 1] as number));
  return out;
}
