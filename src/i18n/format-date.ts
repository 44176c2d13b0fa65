import type { CalendarDate, Precision, TimelineEvent } from '../domain/model/dataset';
import { effectivePrecision, parseOrThrow, type CalendarParts } from '../domain/time/calendar';
import type { TickLabelRequest } from '../domain/time/ticks';

/**
 * Dates in words, in the reader's language, from `Intl.DateTimeFormat` (always in UTC: a calendar
 * date is the same day everywhere). Ranges are put together here rather than by `formatRange`,
 * whose spacing differs between ICU versions (Node's and a browser's), which would make the
 * prerendered page and the app disagree: both dates are formatted in full, and the fields they share
 * at the start or at the end are written once ("27–28 February 2019", "2019년 2월 27일~28일").
 */

export type MonthStyle = 'long' | 'short';

export interface RangeSeparators {
  /** Between two single fields: "27–28". */
  tight: string;
  /** Between two longer stretches: "3 August – 17 September". */
  spaced: string;
}

export interface DateFormatter {
  /** "12 June 2018", "June 2018" or "2018", as far as `precision` and the written date allow. */
  calendarDate(s: CalendarDate, precision: Precision, style?: MonthStyle): string;
  /** An event's date to its precision, sharing what a range can: "27–28 February 2019". */
  eventDate(e: Pick<TimelineEvent, 'start' | 'end' | 'precision'>, style?: MonthStyle): string;
  /** Two calendar dates as one range at `precision`. */
  range(start: CalendarDate, end: CalendarDate, precision: Precision, style?: MonthStyle): string;
  /** The UTC day containing an instant: "12 June 2018". */
  day(ms: number, style?: MonthStyle): string;
  /** A time-axis label: "12 Jun", "Jun 2018", "2018". */
  tick(request: TickLabelRequest): string;
}

const TICK_FIELDS: Record<TickLabelRequest['format'], [without: Intl.DateTimeFormatOptions, withYear: Intl.DateTimeFormatOptions]> = {
  day: [{ day: 'numeric', month: 'short' }, { day: 'numeric', month: 'short', year: 'numeric' }],
  month: [{ month: 'short' }, { month: 'short', year: 'numeric' }],
  year: [{ year: 'numeric' }, { year: 'numeric' }],
};

const FIELDS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

function toDate({ year, month, day }: CalendarParts): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, (month ?? 1) - 1, day ?? 1);
  return date;
}

const sameParts = (a: Intl.DateTimeFormatPart, b: Intl.DateTimeFormatPart) => a.type === b.type && a.value === b.value;
const text = (parts: readonly Intl.DateTimeFormatPart[]) => parts.map((p) => p.value).join('');

/** Joins two formatted dates, writing once the parts they share at the start and at the end. */
export function joinRange(a: readonly Intl.DateTimeFormatPart[], b: readonly Intl.DateTimeFormatPart[], separators: RangeSeparators): string {
  let head = 0;
  while (head < a.length && head < b.length && sameParts(a[head]!, b[head]!)) head++;
  if (head === a.length && head === b.length) return text(a);
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && sameParts(a[a.length - 1 - tail]!, b[b.length - 1 - tail]!)) tail++;
  // A shared stretch ends at a field's edge, and shares at least one field: a lone literal ("일",
  // " г.") belongs to the field beside it and is written on both sides.
  while (head > 0 && a[head - 1]!.type !== 'literal') head--;
  while (tail > 0 && a[a.length - tail]!.type !== 'literal') tail--;
  if (!a.slice(0, head).some((p) => p.type !== 'literal')) head = 0;
  if (!a.slice(a.length - tail).some((p) => p.type !== 'literal')) tail = 0;
  const prefix = text(a.slice(0, head));
  const suffix = text(a.slice(a.length - tail));
  const left = text(a.slice(head, a.length - tail));
  const right = text(b.slice(head, b.length - tail));
  const tight = !/\s/.test(left) && !/\s/.test(right);
  return `${prefix}${left}${tight ? separators.tight : separators.spaced}${right}${suffix}`;
}

export function createDateFormatter(locale: string, separators: RangeSeparators): DateFormatter {
  const formats = new Map<string, Intl.DateTimeFormat>();
  const formatFor = (precision: Precision, style: MonthStyle) => {
    const key = `${precision}:${style}`;
    let format = formats.get(key);
    if (!format) {
      const fields = FIELDS[precision];
      format = new Intl.DateTimeFormat(locale, { ...fields, ...(fields.month ? { month: style } : {}), timeZone: 'UTC' });
      formats.set(key, format);
    }
    return format;
  };

  const calendarDate = (s: CalendarDate, precision: Precision, style: MonthStyle = 'long') => {
    const parts = parseOrThrow(s);
    return formatFor(effectivePrecision(precision, parts), style).format(toDate(parts));
  };

  // The same dates are written again on every render (each mark's name, each row of the list), and
  // formatToParts is slow next to a look-up: remember what was written.
  const written = new Map<string, string>();
  const range = (start: CalendarDate, end: CalendarDate, precision: Precision, style: MonthStyle = 'long') => {
    const key = `${start}/${end}/${precision}/${style}`;
    const known = written.get(key);
    if (known !== undefined) return known;
    if (written.size > 20_000) written.clear();
    const text = writeRange(start, end, precision, style);
    written.set(key, text);
    return text;
  };
  const writeRange = (start: CalendarDate, end: CalendarDate, precision: Precision, style: MonthStyle) => {
    const a = parseOrThrow(start);
    const b = parseOrThrow(end);
    const format = formatFor(effectivePrecision(precision, a, b), style);
    return joinRange(format.formatToParts(toDate(a)), format.formatToParts(toDate(b)), separators);
  };

  const ticks = new Map<string, Intl.DateTimeFormat>();
  const tick = ({ t, format, withYear }: TickLabelRequest) => {
    const key = `${format}:${withYear}`;
    let formatter = ticks.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, { ...TICK_FIELDS[format][withYear ? 1 : 0], timeZone: 'UTC' });
      ticks.set(key, formatter);
    }
    return formatter.format(t);
  };

  return {
    calendarDate,
    range,
    eventDate: (e, style = 'long') => range(e.start, e.end ?? e.start, e.precision, style),
    day: (ms, style = 'long') => formatFor('day', style).format(ms),
    tick,
  };
}
