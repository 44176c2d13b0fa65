import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  calendarDateEnd,
  calendarDateStart,
  effectivePrecision,
  eventInterval,
  isRanged,
  isValidCalendarDate,
  parseCalendarDate,
  parseOrThrow,
  toIsoDate,
} from './calendar';

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

describe('parseCalendarDate', () => {
  it('reads the year, month and day written, no more', () => {
    expect(parseCalendarDate('2018-06-12')).toEqual({ year: 2018, month: 6, day: 12 });
    expect(parseCalendarDate('2018-06')).toEqual({ year: 2018, month: 6 });
    expect(parseCalendarDate('2018')).toEqual({ year: 2018 });
    expect(parseCalendarDate('0050')).toEqual({ year: 50 });
  });

  it('is undefined for a date that is not real, and parseOrThrow says why', () => {
    expect(parseCalendarDate('2019-02-29')).toBeUndefined();
    expect(parseCalendarDate('2018-13')).toBeUndefined();
    expect(() => parseOrThrow('2019-02-30')).toThrow(/Not a calendar date: "2019-02-30"/);
  });
});

describe('effectivePrecision', () => {
  it('shows no more than the precision allows, nor more than is written', () => {
    const day = { year: 2018, month: 6, day: 12 };
    const month = { year: 2018, month: 6 };
    const year = { year: 2018 };
    expect(effectivePrecision('day', day)).toBe('day');
    expect(effectivePrecision('month', day)).toBe('month');
    expect(effectivePrecision('year', day)).toBe('year');
    expect(effectivePrecision('day', month)).toBe('month');
    expect(effectivePrecision('day', day, year)).toBe('year');
    expect(effectivePrecision('month')).toBe('month');
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
