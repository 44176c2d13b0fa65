import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseTicks, estimateLabelWidth } from '../domain/time/ticks';
import type { TimeDomain } from '../domain/time/time-scale';
import { createDateFormatter } from './format-date';
import { createI18n } from './i18n';

const { dates } = createI18n();
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const DAY_MS = 86_400_000;

describe('calendarDate (English)', () => {
  it('writes a day, a month and a year in words', () => {
    expect(dates.calendarDate('2018-06-12', 'day')).toBe('12 June 2018');
    expect(dates.calendarDate('2018-06', 'month')).toBe('June 2018');
    expect(dates.calendarDate('2018', 'year')).toBe('2018');
  });

  it('shows no more than the precision allows, nor more than is written', () => {
    expect(dates.calendarDate('2018-06-12', 'month')).toBe('June 2018');
    expect(dates.calendarDate('2018-06-12', 'year')).toBe('2018');
    expect(dates.calendarDate('2018-06', 'day')).toBe('June 2018');
  });

  it('keeps years below 100 literal (the year 50, not 1950)', () => {
    expect(dates.calendarDate('0050-03-04', 'day')).toBe('4 March 50');
  });

  it('throws on an invalid date', () => {
    expect(() => dates.calendarDate('2019-02-30', 'day')).toThrow(/Not a calendar date/);
  });
});

describe('eventDate (English)', () => {
  it('writes a point event as one date', () => {
    expect(dates.eventDate({ start: '2018-06-12', precision: 'day' })).toBe('12 June 2018');
  });

  it('writes a same-month range with an unspaced en dash between the days', () => {
    expect(dates.eventDate({ start: '2019-02-27', end: '2019-02-28', precision: 'day' })).toBe('27\u201328 February 2019');
  });

  it('writes a cross-month range sharing the year', () => {
    expect(dates.eventDate({ start: '2018-08-03', end: '2018-09-17', precision: 'day' })).toBe('3 August \u2013 17 September 2018');
  });

  it('writes a cross-year range in full', () => {
    expect(dates.eventDate({ start: '2018-12-30', end: '2019-01-02', precision: 'day' })).toBe('30 December 2018 \u2013 2 January 2019');
  });

  it('writes month-precision ranges as months, closing the dash between single words', () => {
    expect(dates.eventDate({ start: '2018-08', end: '2018-09', precision: 'month' })).toBe('August\u2013September 2018');
    expect(dates.eventDate({ start: '2018-12', end: '2019-01', precision: 'month' })).toBe('December 2018 \u2013 January 2019');
    expect(dates.eventDate({ start: '2018-08', precision: 'month' })).toBe('August 2018');
  });

  it('writes year-precision dates as years', () => {
    expect(dates.eventDate({ start: '2018', precision: 'year' })).toBe('2018');
    expect(dates.eventDate({ start: '2018', end: '2019', precision: 'year' })).toBe('2018\u20132019');
  });

  it('writes an end equal to the start as a point', () => {
    expect(dates.eventDate({ start: '2018-06-12', end: '2018-06-12', precision: 'day' })).toBe('12 June 2018');
  });

  it('collapses a range that is one unit at the stated precision', () => {
    expect(dates.eventDate({ start: '2018-06-01', end: '2018-06-30', precision: 'month' })).toBe('June 2018');
  });

  it('throws on an invalid date', () => {
    expect(() => dates.eventDate({ start: '2018-06-12', end: '2018-02-30', precision: 'day' })).toThrow(/Not a calendar date/);
  });

  it('uses short months (en-GB: "Sept") when asked', () => {
    expect(dates.eventDate({ start: '2018-06-12', precision: 'day' }, 'short')).toBe('12 Jun 2018');
    expect(dates.eventDate({ start: '2019-02-27', end: '2019-02-28', precision: 'day' }, 'short')).toBe('27\u201328 Feb 2019');
    expect(dates.eventDate({ start: '2018-08-03', end: '2018-09-17', precision: 'day' }, 'short')).toBe('3 Aug \u2013 17 Sept 2018');
    expect(dates.eventDate({ start: '2018-08', end: '2018-09', precision: 'month' }, 'short')).toBe('Aug\u2013Sept 2018');
  });
});

describe('range and day (English)', () => {
  it('writes two calendar dates as one range at a precision', () => {
    expect(dates.range('2019-02-27', '2019-03-02', 'day')).toBe('27 February \u2013 2 March 2019');
    expect(dates.range('2019-02-27', '2019-03-02', 'month')).toBe('February\u2013March 2019');
  });

  it('names the UTC day containing an instant, whatever the hour', () => {
    expect(dates.day(Date.UTC(2018, 5, 12))).toBe('12 June 2018');
    expect(dates.day(Date.UTC(2018, 5, 12, 23, 59, 59, 999))).toBe('12 June 2018');
    expect(dates.day(Date.UTC(2018, 8, 1), 'short')).toBe('1 Sept 2018');
  });
});

describe('other languages', () => {
  const ko = createDateFormatter('ko', { tight: '~', spaced: '~' });
  const ru = createDateFormatter('ru', { tight: '\u2013', spaced: ' \u2013 ' });

  it('writes a Korean range with the shared year and month once', () => {
    expect(ko.eventDate({ start: '2019-02-27', end: '2019-02-28', precision: 'day' })).toBe('2019년 2월 27일~28일');
    expect(ko.eventDate({ start: '2018-08-03', end: '2018-09-17', precision: 'day' })).toBe('2018년 8월 3일~9월 17일');
    expect(ko.eventDate({ start: '2018-12-30', end: '2019-01-02', precision: 'day' })).toBe('2018년 12월 30일~2019년 1월 2일');
    expect(ko.eventDate({ start: '2018-08', end: '2018-09', precision: 'month' })).toBe('2018년 8월~9월');
  });

  it('writes a Russian range with the month in the genitive and the year once', () => {
    // "г." (год) follows the year after a narrow no-break space (U+202F), as Intl writes it.
    expect(ru.eventDate({ start: '2019-02-27', end: '2019-02-28', precision: 'day' })).toBe('27\u201328 февраля 2019\u202Fг.');
    expect(ru.eventDate({ start: '2018-08-03', end: '2018-09-17', precision: 'day' })).toBe('3 августа \u2013 17 сентября 2018\u202Fг.');
    expect(ru.eventDate({ start: '2018-12-30', end: '2019-01-02', precision: 'day' })).toBe('30 декабря 2018\u202Fг. \u2013 2 января 2019\u202Fг.');
  });
});

describe('tick labels (English)', () => {
  const labels = (domain: TimeDomain, width: number) => chooseTicks(domain, width, { label: dates.tick }).ticks.map((t) => t.label);

  it('writes years as years', () => {
    expect(labels([utc(2015), utc(2020)], 300)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020']);
    expect(labels([utc(1990), utc(2025)], 1200)).toContain('2000');
  });

  it('writes months short, with the year on the first tick and at January', () => {
    expect(labels([utc(2018, 10), utc(2019, 3)], 500)).toEqual(['Oct 2018', 'Nov', 'Dec', 'Jan 2019', 'Feb', 'Mar']);
  });

  it('writes days with the month, and the year on the first tick and at a new year', () => {
    expect(labels([utc(2018, 12, 30), utc(2019, 1, 2)], 1000)).toEqual(['30 Dec 2018', '31 Dec', '1 Jan 2019', '2 Jan']);
  });

  it('never lets two English labels overlap', () => {
    const domain = fc
      .tuple(fc.integer({ min: utc(1800), max: utc(2100) }), fc.double({ min: Math.log(3_600_000), max: Math.log(300 * 365 * DAY_MS), noNaN: true }))
      .map(([start, logSpan]): TimeDomain => [start, start + Math.exp(logSpan)]);
    fc.assert(
      fc.property(domain, fc.integer({ min: 200, max: 3000 }), (d, width) => {
        const { ticks } = chooseTicks(d, width, { label: dates.tick });
        ticks.slice(1).forEach((b, i) => {
          const a = ticks[i]!;
          const needed = (estimateLabelWidth(a.label) + estimateLabelWidth(b.label)) / 2;
          expect(b.x - a.x, `"${a.label}" and "${b.label}" overlap`).toBeGreaterThanOrEqual(needed - 1e-9);
        });
      }),
      { numRuns: 150 },
    );
  });
});
