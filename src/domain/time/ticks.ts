import { scaleUtc } from 'd3-scale';
import { unixDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import type { UtcMs } from '../model/units';
import { DAY_MS, type TimeDomain } from './time-scale';

/**
 * Tick choice for the time axis: the finest calendar interval whose labels fit the width without
 * colliding. d3-time gives the UTC instants and d3-scale the pixel positions; the caller's labeller
 * puts them into words (the i18n layer, in the reader's language); React draws them.
 */

export type TickUnit = 'decade' | 'year' | 'month' | 'week' | 'day';

export interface Tick {
  /** UTC ms of the tick, inside the domain. */
  t: number;
  label: string;
  /** Pixels from the left edge of the axis; the label is centred here. */
  x: number;
}

export interface TickChoice {
  unit: TickUnit;
  /** How many units apart the ticks are (2 for every other month, 20 for every 20 years …). */
  step: number;
  ticks: Tick[];
}

/** What a tick's label must say: a day ("12 Jun"), a month ("Jun") or a year, with or without the year. */
export interface TickLabelRequest {
  t: UtcMs;
  format: 'day' | 'month' | 'year';
  /** The first tick, and the first of each new year (for day and month ticks). */
  withYear: boolean;
}

/** Puts a tick into words. */
export type TickLabeller = (request: TickLabelRequest) => string;

export interface TickOptions {
  /** Turns each tick into its label; the labels' lengths decide how dense the ticks can be. */
  label: TickLabeller;
  /** Estimated width of one label character, in px. */
  charWidthPx?: number;
  /** Space added to each label's estimated width, shared between its two sides, in px. */
  paddingPx?: number;
  /** Hard cap on the number of ticks; by default as many three-character labels as fit (at most one per 10 px). */
  maxTicks?: number;
}

const MIN_TICK_SPACING_PX = 10;
const DEFAULTS = { charWidthPx: 7.5, paddingPx: 12 };

type WidthOptions = Pick<TickOptions, 'charWidthPx' | 'paddingPx'>;

/** The estimated width a label takes on the axis, padding included. */
export function estimateLabelWidth(label: string, opts: WidthOptions = {}): number {
  return label.length * (opts.charWidthPx ?? DEFAULTS.charWidthPx) + (opts.paddingPx ?? DEFAULTS.paddingPx);
}

type LabelFormat = TickLabelRequest['format'];

/** Day ticks name the year on the first tick and at each new year; month ticks at each January. */
function needsYear(format: LabelFormat, date: Date, previous: Date | undefined): boolean {
  if (previous === undefined || format === 'year') return true;
  return format === 'day' ? previous.getUTCFullYear() !== date.getUTCFullYear() : date.getUTCMonth() === 0;
}

interface TickLevel {
  unit: TickUnit;
  step: number;
  interval: TimeInterval;
  /** Rough length of one step, to skip levels that would produce too many ticks before making them. */
  approxMs: number;
  format: LabelFormat;
}

function every(interval: { every(step: number): TimeInterval | null }, step: number): TimeInterval {
  const stepped = interval.every(step);
  if (!stepped) throw new Error(`No interval for step ${step}`);
  return stepped;
}

const YEAR_MS = 365.2425 * DAY_MS;

/**
 * Finest first. Days and weeks count from the Unix epoch so every-other ticks stay evenly spaced
 * across month ends (d3's utcDay.every restarts each month); weeks start on Monday.
 */
const LEVELS: readonly TickLevel[] = [
  ...[1, 2].map((step) => ({ unit: 'day' as const, step, interval: every(unixDay, step), approxMs: step * DAY_MS, format: 'day' as const })),
  ...[1, 2].map((step) => ({ unit: 'week' as const, step, interval: every(utcMonday, step), approxMs: step * 7 * DAY_MS, format: 'day' as const })),
  ...[1, 2, 3, 6].map((step) => ({ unit: 'month' as const, step, interval: every(utcMonth, step), approxMs: (step * YEAR_MS) / 12, format: 'month' as const })),
  ...[1, 2, 5].map((step) => ({ unit: 'year' as const, step, interval: every(utcYear, step), approxMs: step * YEAR_MS, format: 'year' as const })),
  ...[10, 20, 50, 100, 200, 500, 1000].map((step) => ({ unit: 'decade' as const, step, interval: every(utcYear, step), approxMs: step * YEAR_MS, format: 'year' as const })),
];

function makeTicks(level: TickLevel, domain: TimeDomain, x: (t: number) => number, label: TickLabeller): Tick[] {
  const [d0, d1] = domain;
  const ticks: Tick[] = [];
  let previous: Date | undefined;
  // range() takes whole ms and excludes its stop: this is every boundary in [d0, d1], both ends included.
  for (const date of level.interval.range(new Date(Math.ceil(d0)), new Date(Math.floor(d1) + 1))) {
    const t = date.getTime();
    ticks.push({ t, label: label({ t: t as UtcMs, format: level.format, withYear: needsYear(level.format, date, previous) }), x: x(t) });
    previous = date;
  }
  return ticks;
}

/** Keeps each tick whose label clears every label kept before it (all ticks when none collide). */
function keepClear(ticks: readonly Tick[], opts: WidthOptions): Tick[] {
  const kept: Tick[] = [];
  let rightEdge = -Infinity;
  for (const tick of ticks) {
    const half = estimateLabelWidth(tick.label, opts) / 2;
    if (tick.x - half < rightEdge) continue;
    kept.push(tick);
    rightEdge = tick.x + half;
  }
  return kept;
}

/**
 * The ticks of the finest calendar interval whose labels, each centred on its tick and taken as
 * `label.length * charWidthPx + paddingPx` wide, do not overlap on an axis `widthPx` wide.
 * Ticks are sorted, inside `domain` (UTC ms) and never more than the width can hold.
 */
export function chooseTicks(domain: TimeDomain, widthPx: number, opts: TickOptions): TickChoice {
  const [d0, d1] = domain;
  const coarsest = LEVELS[LEVELS.length - 1];
  if (!coarsest) throw new Error('No tick levels');
  if (!(widthPx > 0) || !Number.isFinite(widthPx) || !(d1 > d0) || !Number.isFinite(d0) || !Number.isFinite(d1)) {
    return { unit: coarsest.unit, step: coarsest.step, ticks: [] };
  }
  const scale = scaleUtc([d0, d1], [0, widthPx]);
  const x = (t: number) => scale(t);
  // Never closer than MIN_TICK_SPACING_PX, however small the labels are said to be.
  // The shortest label any level writes is about three characters (a month, "Jun").
  const shortest = Math.max(estimateLabelWidth('xxx', opts), MIN_TICK_SPACING_PX);
  const maxTicks = opts.maxTicks ?? Math.max(1, Math.floor(widthPx / shortest));
  const span = d1 - d0;

  for (const level of LEVELS) {
    if (span / level.approxMs > maxTicks + 1) continue;
    const ticks = makeTicks(level, domain, x, opts.label);
    if (ticks.length > maxTicks) continue;
    if (keepClear(ticks, opts).length === ticks.length) return { unit: level.unit, step: level.step, ticks };
  }
  // Only a domain of many millennia on a narrow axis gets here: thin the coarsest ticks instead.
  const ticks = keepClear(makeTicks(coarsest, domain, x, opts.label), opts).slice(0, maxTicks);
  return { unit: coarsest.unit, step: coarsest.step, ticks };
}
