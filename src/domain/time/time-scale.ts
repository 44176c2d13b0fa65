/**
 * The visible stretch of time on the timeline, and the maths of zooming and panning it. Every
 * function returns a new domain; none reads the clock or the machine's time zone.
 */
import { px as asPx, utcMs, type Px, type UtcMs } from '../model/units';

/** A visible time range in UTC milliseconds, `start < end`; `end` is the instant at the right edge. */
export type TimeDomain = readonly [start: number, end: number];

/** A stretch of time in UTC ms with an exclusive end, as `eventInterval` returns. */
export interface TimeInterval {
  start: number;
  end: number;
}

export const DAY_MS = 86_400_000;

/** The narrowest the timeline zooms: one day across the full width. */
export const MIN_SPAN_MS = DAY_MS;

/** The widest the timeline zooms when no bounds are given: two centuries. */
export const MAX_SPAN_MS = 200 * 365.2425 * DAY_MS;

/** What `fitDomain` shows when there is nothing to fit: thirty days. */
export const DEFAULT_SPAN_MS = 30 * DAY_MS;

/** True for a domain of two finite instants with `start < end`. */
export function isValidDomain(d: readonly number[]): d is TimeDomain {
  const [start, end] = d;
  return d.length === 2 && start !== undefined && end !== undefined && Number.isFinite(start) && Number.isFinite(end) && start < end;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** A domain of length `span` starting at `start`, shifted (never resized) to lie inside `bounds`. */
function placeInside(start: number, span: number, bounds: TimeDomain | undefined): TimeDomain {
  if (!bounds) return [start, start + span];
  const [b0, b1] = bounds;
  if (span === b1 - b0) return bounds;
  // Wider than the bounds: no shift fits, so share the overhang equally on both sides.
  if (span >= b1 - b0) return [(b0 + b1) / 2 - span / 2, (b0 + b1) / 2 + span / 2];
  if (start <= b0) return [b0, b0 + span];
  // Written from b1 so the right edge lands exactly on the bound, whatever the rounding of span.
  if (start + span >= b1) return [b1 - span, b1];
  return [start, start + span];
}

/**
 * Zoom by `factor` (> 1 zooms in, < 1 zooms out) about the instant `anchor`, which keeps its relative
 * position across the width. The new span is clamped to [MIN_SPAN_MS, span of `bounds`] (or
 * MAX_SPAN_MS without bounds), then the domain is shifted to lie inside `bounds`.
 */
export function zoomDomain(domain: TimeDomain, factor: number, anchor: number, bounds?: TimeDomain): TimeDomain {
  if (!(factor > 0)) throw new RangeError(`Zoom factor must be positive, got ${factor}`);
  const [d0, d1] = domain;
  const span = d1 - d0;
  const maxSpan = bounds ? Math.min(bounds[1] - bounds[0], MAX_SPAN_MS) : MAX_SPAN_MS;
  const newSpan = clamp(span / factor, Math.min(MIN_SPAN_MS, maxSpan), maxSpan);
  const relative = span > 0 ? (anchor - d0) / span : 0.5;
  return placeInside(anchor - relative * newSpan, newSpan, bounds);
}

/** Shift by `deltaMs` (positive moves later in time), keeping the span, stopping at `bounds`. */
export function panDomain(domain: TimeDomain, deltaMs: number, bounds?: TimeDomain): TimeDomain {
  const [d0, d1] = domain;
  return placeInside(d0 + deltaMs, d1 - d0, bounds);
}

/**
 * The domain made to fit `bounds`: its span clamped to [minSpan, bounds span] about its centre, then
 * shifted inside. Use it on a domain from outside (a URL, a resize) before showing it.
 */
export function clampDomain(domain: TimeDomain, bounds: TimeDomain, minSpan: number = MIN_SPAN_MS): TimeDomain {
  const [d0, d1] = domain;
  const boundsSpan = bounds[1] - bounds[0];
  const span = clamp(d1 - d0, Math.min(minSpan, boundsSpan), boundsSpan);
  const centre = (d0 + d1) / 2;
  return placeInside(centre - span / 2, span, bounds);
}

/** A domain of `span` ms centred on `centre`. */
function centredOn(centre: number, span: number): TimeDomain {
  return [centre - span / 2, centre + span / 2];
}

/**
 * The domain covering every interval, with `paddingFraction` of the covered span added on each side,
 * never narrower than MIN_SPAN_MS. With no intervals, or intervals of zero length, it is
 * DEFAULT_SPAN_MS centred on `emptyCentre` (or on the zero-length intervals).
 */
export function fitDomain(
  intervals: readonly TimeInterval[],
  paddingFraction = 0.05,
  emptyCentre = 0,
): TimeDomain {
  let lo = Infinity;
  let hi = -Infinity;
  for (const { start, end } of intervals) {
    lo = Math.min(lo, start, end);
    hi = Math.max(hi, start, end);
  }
  if (!(lo <= hi)) return centredOn(emptyCentre, DEFAULT_SPAN_MS);
  const span = hi - lo;
  if (span === 0) return centredOn(lo, DEFAULT_SPAN_MS);
  const padding = span * Math.max(paddingFraction, 0);
  if (span + 2 * padding < MIN_SPAN_MS) return centredOn((lo + hi) / 2, MIN_SPAN_MS);
  return [lo - padding, hi + padding];
}

/**
 * A domain centred on `interval` in which the interval takes about 1/`context` of the width (a
 * short interval counts as MIN_SPAN_MS long), for "zoom to the selected event"; clamped to `bounds`.
 */
export function focusDomain(interval: TimeInterval, context = 3, bounds?: TimeDomain): TimeDomain {
  const span = Math.max(interval.end - interval.start, MIN_SPAN_MS) * Math.max(context, 1);
  const focused = centredOn((interval.start + interval.end) / 2, span);
  return bounds ? clampDomain(focused, bounds) : focused;
}

function assertWidth(widthPx: number): void {
  if (!(widthPx > 0) || !Number.isFinite(widthPx)) throw new RangeError(`Width must be a positive number of pixels, got ${widthPx}`);
}

/** The instant (UTC ms) at `px` pixels from the left edge of a `widthPx`-wide axis showing `domain`. */
export function pxToTime(domain: TimeDomain, widthPx: Px, px: Px): UtcMs {
  assertWidth(widthPx);
  return utcMs(domain[0] + (px / widthPx) * (domain[1] - domain[0]));
}

/** Pixels from the left edge of a `widthPx`-wide axis showing `domain` to the instant `t` (UTC ms). */
export function timeToPx(domain: TimeDomain, widthPx: Px, t: number): Px {
  assertWidth(widthPx);
  return asPx(((t - domain[0]) / (domain[1] - domain[0])) * widthPx);
}

/** How many ms a horizontal movement of `dxPx` pixels covers on a `widthPx`-wide axis (for drag-to-pan). */
export function pixelsToMs(domain: TimeDomain, widthPx: Px, dxPx: Px): number {
  assertWidth(widthPx);
  return (dxPx / widthPx) * (domain[1] - domain[0]);
}

/** True when both ends differ by at most `toleranceMs`. */
export function domainsEqual(a: TimeDomain, b: TimeDomain, toleranceMs = 0): boolean {
  return Math.abs(a[0] - b[0]) <= toleranceMs && Math.abs(a[1] - b[1]) <= toleranceMs;
}
