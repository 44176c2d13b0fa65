import type { Precision, TimelineEvent } from '../data/schema';

/**
 * Calendar dates as the dataset writes them ("2018", "2018-06", "2018-06-12"), turned into UTC
 * milliseconds and into English text. Every computation is in UTC, so results never depend on the
 * machine's time zone; month names come from constants, not `Intl`, so text is identical everywhere.
 */


export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_NAMES.map((name) => name.slice(0, 3));

const EN_DASH = '\u2013';

interface CalendarParts {
  year: number;
  /** 1–12, absent for a year. */
  month?: number;
  /** 1–31, absent for a year or a month. */
  day?: number;
}

const CALENDAR_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

/** UTC ms of midnight at the start of year-month-day; unlike `Date.UTC`, years 0–99 stay literal. */
function utcMs(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function parseCalendarDate(s: string): CalendarParts | undefined {
  const match = CALENDAR_PATTERN.exec(s);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function parseOrThrow(s: string): CalendarParts {
  const parts = parseCalendarDate(s);
  if (!parts) {
    throw new Error(`Not a calendar date: ${JSON.stringify(s)} (expected a real date written YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  return parts;
}

/** True when `s` is written YYYY, YYYY-MM or YYYY-MM-DD and names a real year, month or day. */
export function isValidCalendarDate(s: string): boolean {
  return parseCalendarDate(s) !== undefined;
}

/** UTC ms of the first instant of the year, month or day written. Throws on an invalid date. */
export function calendarDateStart(s: string): number {
  const { year, month, day } = parseOrThrow(s);
  return utcMs(year, month ?? 1, day ?? 1);
}

/** UTC ms of the first instant after the year, month or day written (an exclusive end). Throws on an invalid date. */
export function calendarDateEnd(s: string): number {
  const { year, month, day } = parseOrThrow(s);
  if (month === undefined) return utcMs(year + 1, 1, 1);
  if (day === undefined) return utcMs(year, month + 1, 1);
  return utcMs(year, month, day + 1);
}

/**
 * The time an event covers, in UTC ms: from the first instant of `start` to the first instant after
 * `end` (or after `start` for a point event) — `end` is exclusive, so a one-day event spans 86 400 000 ms.
 */
export function eventInterval(e: Pick<TimelineEvent, 'start' | 'end'>): { start: number; end: number } {
  return { start: calendarDateStart(e.start), end: calendarDateEnd(e.end ?? e.start) };
}

/** True when the event has an end written that differs from its start. */
export function isRanged(e: Pick<TimelineEvent, 'start' | 'end'>): boolean {
  return e.end !== undefined && e.end !== e.start;
}

/** "YYYY-MM-DD" of the UTC day containing `ms`. */
export function toIsoDate(ms: number): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a time: ${ms}`);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** The finer of the two is dropped: a "day" precision on "2018-06" can only show the month. */
function effectivePrecision(precision: Precision, ...dates: CalendarParts[]): Precision {
  let rank = PRECISION_RANK[precision];
  for (const d of dates) {
    const written = d.day !== undefined ? 2 : d.month !== undefined ? 1 : 0;
    rank = Math.min(rank, written);
  }
  return rank === 2 ? 'day' : rank === 1 ? 'month' : 'year';
}

type MonthStyle = 'long' | 'short';

function monthName(month: number, style: MonthStyle): string {
  const names = style === 'long' ? MONTH_NAMES : MONTH_ABBREVIATIONS;
  return names[month - 1] ?? String(month);
}

function formatParts(d: CalendarParts, precision: Precision, style: MonthStyle): string {
  if (precision === 'year' || d.month === undefined) return String(d.year);
  if (precision === 'month' || d.day === undefined) return `${monthName(d.month, style)} ${d.year}`;
  return `${d.day} ${monthName(d.month, style)} ${d.year}`;
}

function formatRange(startText: string, endText: string, precision: Precision, style: MonthStyle): string {
  const a = parseOrThrow(startText);
  const b = parseOrThrow(endText);
  const p = effectivePrecision(precision, a, b);
  const fullA = formatParts(a, p, style);
  const fullB = formatParts(b, p, style);
  if (fullA === fullB) return fullA;
  if (p === 'year' || a.year !== b.year) {
    // Bare years have no spaces, so the dash is unspaced: "2018–2019".
    return p === 'year' ? `${fullA}${EN_DASH}${fullB}` : `${fullA} ${EN_DASH} ${fullB}`;
  }
  if (p === 'month') return `${monthName(a.month ?? 1, style)} ${EN_DASH} ${fullB}`;
  if (a.month === b.month) return `${a.day ?? 1}${EN_DASH}${fullB}`;
  return `${a.day ?? 1} ${monthName(a.month ?? 1, style)} ${EN_DASH} ${fullB}`;
}

/** "12 June 2018", "June 2018" or "2018", as far as `precision` and the written date allow. */
export function formatCalendarDate(s: string, precision: Precision): string {
  const parts = parseOrThrow(s);
  return formatParts(parts, effectivePrecision(precision, parts), 'long');
}

/**
 * An event's date in words, to its precision, with an en dash for a range that shares what it can:
 * "27–28 February 2019", "3 August – 17 September 2018", "30 December 2018 – 2 January 2019".
 */
export function formatEventDate(e: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): string {
  return formatRange(e.start, e.end ?? e.start, e.precision, 'long');
}

/** As `formatEventDate` with three-letter months, for tight labels: "12 Jun 2018", "27–28 Feb 2019". */
export function formatEventDateShort(e: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): string {
  return formatRange(e.start, e.end ?? e.start, e.precision, 'short');
}
