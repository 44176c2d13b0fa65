import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  calendarDateEnd,
  calendarDateStart,
  eventInterval,
  formatCalendarDate,
  formatEventDate,
  formatEventDateShort,
  isRanged,
  isValidCalendarDate,
  toIsoDate,
} from './dates';

const DAY = 86_400_000;

describe('calendarDateStart and calendarDateEnd', () => {
  it('give the first instant of a day and of the next day', () => {
    expect(calendarDateStart('2018-06-12')).toBe(Date.UTC(2018, 5, 12));
    expect(calendarDateEnd('2018-06-12')).toBe(Date.UTC(2018, 5, 13));
  });

  it('cover a whole month, including a leap February', () => {
    expect(calendarDateStart('2020-02')).toBe(Date.UTC(2020, 1, 1));
    expect(calendarDateEnd('2020-02')).toBe(Date.UTC(2020, 2, 1));
    expect(calendarDateEnd('2020-02') - calendarDateStart('2020-02')).toBe(29 * DAY);
  });

  it('cover a whole year, rolling over at December', () => {
    expect(calendarDateStart('2018')).toBe(Date.UTC(2018, 0, 1));
    expect(calendarDateEnd('2018')).toBe(Date.UTC(2019, 0, 1));
    expect(calendarDateEnd('2018-12')).toBe(Date.UTC(2019, 0, 1));
    expect(calendarDateEnd('2018-12-31')).toBe(Date.UTC(2019, 0, 1));
  });

  it('keep years below 100 literal (Date.UTC would read 0050 as 1950)', () => {
    expect(toIsoDate(calendarDateStart('0050-03-04'))).toBe('0050-03-04');
  });

  it.each(['2019-02-30', '2019-02-29', '2018-13', '2018-00', '2018-06-00', '2018-06-31', '18-06-12', '2018-6-12', '2018-06-12T00:00', '', 'June 2018'])(
    'throw a clear error on %j',
    (s) => {
      expect(isValidCalendarDate(s)).toBe(false);
      expect(() => calendarDateStart(s)).toThrow(/Not a calendar date/);
      expect(() => calendarDateEnd(s)).toThrow(/Not a calendar date/);
    },
  );

  it('accept 29 February in a leap year', () => {
    expect(isValidCalendarDate('2020-02-29')).toBe(true);
    expect(isValidCalendarDate('2000-02-29')).toBe(true);
    expect(isValidCalendarDate('1900-02-29')).toBe(false);
  });

  it('round-trip every real day through toIsoDate', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true }), (date) => {
        const iso = toIsoDate(date.getTime());
        expect(isValidCalendarDate(iso)).toBe(true);
        const start = calendarDateStart(iso);
        expect(start).toBeLessThanOrEqual(date.getTime());
        expect(calendarDateEnd(iso)).toBe(start + DAY);
        expect(calendarDateEnd(iso)).toBeGreaterThan(date.getTime());
      }),
    );
  });
});

describe('eventInterval', () => {
  it('spans one whole day for a point event, the end being exclusive', () => {
    expect(eventInterval({ start: '2018-06-12' })).toEqual({ start: Date.UTC(2018, 5, 12), end: Date.UTC(2018, 5, 13) });
  });

  it('runs to the end of the inclusive last day of a ranged event', () => {
    expect(eventInterval({ start: '2019-02-27', end: '2019-02-28' })).toEqual({
      start: Date.UTC(2019, 1, 27),
      end: Date.UTC(2019, 2, 1),
    });
  });

  it('runs to the end of the last month for month dates', () => {
    expect(eventInterval({ start: '2018-08', end: '2018-09' })).toEqual({ start: Date.UTC(2018, 7, 1), end: Date.UTC(2018, 9, 1) });
  });
});

describe('isRanged', () => {
  it('is true only when an end differs from the start', () => {
    expect(isRanged({ start: '2018-06-12' })).toBe(false);
    expect(isRanged({ start: '2018-06-12', end: '2018-06-12' })).toBe(false);
    expect(isRanged({ start: '2018-06-12', end: '2018-06-13' })).toBe(true);
  });
});

describe('formatCalendarDate', () => {
  it('writes a day, a month and a year in words', () => {
    expect(formatCalendarDate('2018-06-12', 'day')).toBe('12 June 2018');
    expect(formatCalendarDate('2018-06', 'month')).toBe('June 2018');
    expect(formatCalendarDate('2018', 'year')).toBe('2018');
  });

  it('shows no more than the precision allows, nor more than is written', () => {
    expect(formatCalendarDate('2018-06-12', 'month')).toBe('June 2018');
    expect(formatCalendarDate('2018-06-12', 'year')).toBe('2018');
    expect(formatCalendarDate('2018-06', 'day')).toBe('June 2018');
  });

  it('throws on an invalid date', () => {
    expect(() => formatCalendarDate('2019-02-30', 'day')).toThrow(/Not a calendar date/);
  });
});

describe('formatEventDate', () => {
  it('writes a point event as one date', () => {
    expect(formatEventDate({ start: '2018-06-12', precision: 'day' })).toBe('12 June 2018');
  });

  it('writes a same-month range with an unspaced en dash between the days', () => {
    expect(formatEventDate({ start: '2019-02-27', end: '2019-02-28', precision: 'day' })).toBe('27\u201328 February 2019');
  });

  it('writes a cross-month range sharing the year', () => {
    expect(formatEventDate({ start: '2018-08-03', end: '2018-09-17', precision: 'day' })).toBe('3 August \u2013 17 September 2018');
  });

  it('writes a cross-year range in full', () => {
    expect(formatEventDate({ start: '2018-12-30', end: '2019-01-02', precision: 'day' })).toBe('30 December 2018 \u2013 2 January 2019');
  });

  it('writes month-precision ranges as months', () => {
    expect(formatEventDate({ start: '2018-08', end: '2018-09', precision: 'month' })).toBe('August \u2013 September 2018');
    expect(formatEventDate({ start: '2018-12', end: '2019-01', precision: 'month' })).toBe('December 2018 \u2013 January 2019');
    expect(formatEventDate({ start: '2018-08', precision: 'month' })).toBe('August 2018');
  });

  it('writes year-precision dates as years', () => {
    expect(formatEventDate({ start: '2018', precision: 'year' })).toBe('2018');
    expect(formatEventDate({ start: '2018', end: '2019', precision: 'year' })).toBe('2018\u20132019');
  });

  it('writes an end equal to the start as a point', () => {
    expect(formatEventDate({ start: '2018-06-12', end: '2018-06-12', precision: 'day' })).toBe('12 June 2018');
  });

  it('collapses a range that is one unit at the stated precision', () => {
    expect(formatEventDate({ start: '2018-06-01', end: '2018-06-30', precision: 'month' })).toBe('June 2018');
  });

  it('throws on an invalid date', () => {
    expect(() => formatEventDate({ start: '2018-06-12', end: '2018-02-30', precision: 'day' })).toThrow(/Not a calendar date/);
  });
});

describe('formatEventDateShort', () => {
  it('uses three-letter months', () => {
    expect(formatEventDateShort({ start: '2018-06-12', precision: 'day' })).toBe('12 Jun 2018');
    expect(formatEventDateShort({ start: '2019-02-27', end: '2019-02-28', precision: 'day' })).toBe('27\u201328 Feb 2019');
    expect(formatEventDateShort({ start: '2018-08-03', end: '2018-09-17', precision: 'day' })).toBe('3 Aug \u2013 17 Sep 2018');
    expect(formatEventDateShort({ start: '2018-08', end: '2018-09', precision: 'month' })).toBe('Aug \u2013 Sep 2018');
  });
});

describe('toIsoDate', () => {
  it('names the UTC day, whatever the hour', () => {
    expect(toIsoDate(Date.UTC(2018, 5, 12))).toBe('2018-06-12');
    expect(toIsoDate(Date.UTC(2018, 5, 12, 23, 59, 59, 999))).toBe('2018-06-12');
  });

  it('rejects a value that is not a time', () => {
    expect(() => toIsoDate(Number.NaN)).toThrow(RangeError);
  });
});
