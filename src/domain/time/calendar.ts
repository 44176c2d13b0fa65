import type { CalendarDate, Precision, TimelineEvent } from '../model/dataset';
import { utcMs as asUtcMs, type UtcMs } from '../model/units';

/**
 * Calendar dates as the dataset writes them ("2018", "2018-06", "2018-06-12"), turned into UTC
 * milliseconds. Every computation is in UTC, so results never depend on the machine's time zone.
 * Putting a date into words is the i18n layer's job (`src/i18n/format-date.ts`).
 */

export interface CalendarParts {
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

/** The year, month and day written in `s`, or undefined when it is not a real date of that form. */
export function parseCalendarDate(s: string): CalendarParts | undefined {
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

/** As `parseCalendarDate`, throwing on a date that is not real. */
export function parseOrThrow(s: string): CalendarParts {
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
export function calendarDateStart(s: CalendarDate): UtcMs {
  const { year, month, day } = parseOrThrow(s);
  return asUtcMs(utcMs(year, month ?? 1, day ?? 1));
}

/** UTC ms of the first instant after the year, month or day written (an exclusive end). Throws on an invalid date. */
export function calendarDateEnd(s: CalendarDate): UtcMs {
  const { year, month, day } = parseOrThrow(s);
  if (month === undefined) return asUtcMs(utcMs(year + 1, 1, 1));
  if (day === undefined) return asUtcMs(utcMs(year, month + 1, 1));
  return asUtcMs(utcMs(year, month, day + 1));
}

/**
 * The time an event covers, in UTC ms: from the first instant of `start` to the first instant after
 * `end` (or after `start` for a point event) — `end` is exclusive, so a one-day event spans 86 400 000 ms.
 */
export function eventInterval(e: Pick<TimelineEvent, 'start' | 'end'>): { start: UtcMs; end: UtcMs } {
  return { start: calendarDateStart(e.start), end: calendarDateEnd(e.end ?? e.start) };
}

/** True when the event has an end written that differs from its start. */
export function isRanged(e: Pick<TimelineEvent, 'start' | 'end'>): boolean {
  return e.end !== undefined && e.end !== e.start;
}

/** "YYYY-MM-DD" of the UTC day containing `ms`. */
export function toIsoDate(ms: number): CalendarDate {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a time: ${ms}`);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** The finer of the two is dropped: a "day" precision on "2018-06" can only show the month. */
export function effectivePrecision(precision: Precision, ...dates: CalendarParts[]): Precision {
  let rank = PRECISION_RANK[precision];
  for (const d of dates) {
    const written = d.day !== undefined ? 2 : d.month !== undefined ? 1 : 0;
    rank = Math.min(rank, written);
  }
  return rank === 2 ? 'day' : rank === 1 ? 'month' : 'year';
}

