import { describe, expect, it } from 'vitest';
import { FAR_ZONES, probeHere, probeInZone } from '../../test/time-zones';
import * as calendar from './calendar';
import * as ticks from './ticks';
import * as timeScale from './time-scale';

/**
 * Runs with `calendar`, `ticks` and `timeScale` in scope. The tick labeller writes the UTC day it is
 * given and the year flag, so the labels show which instants the ticks fall on and where a year is
 * asked for. (Dates in words are the i18n layer's: src/i18n/timezone.test.ts checks them.)
 */
const PROBE = `
  const label = ({ t, format, withYear }) => format + ':' + new Date(t).toISOString().slice(0, 10) + (withYear ? '+year' : '');
  const interval = (e) => [calendar.eventInterval(e), calendar.isRanged(e)];
  return {
    calendar: [
      interval({ start: '2018-06-12' }),
      interval({ start: '2019-02-27', end: '2019-02-28' }),
      interval({ start: '2018-12-30', end: '2019-01-02' }),
      interval({ start: '2018-08', end: '2018-09' }),
      interval({ start: '2018' }),
      calendar.calendarDateStart('0050-03-04'),
      calendar.parseCalendarDate('2020-02-29'),
      calendar.isValidCalendarDate('2019-02-29'),
      calendar.toIsoDate(Date.UTC(2018, 5, 12, 0, 30)),
      calendar.toIsoDate(Date.UTC(2018, 5, 12, 23, 30)),
    ],
    ticks: [
      [Date.UTC(2018, 11, 28), Date.UTC(2019, 0, 5)],
      [Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)],
      [Date.UTC(2017, 9, 15, 7), Date.UTC(2018, 2, 3, 19)],
      [Date.UTC(1985, 0, 1), Date.UTC(2025, 0, 1)],
    ].map((domain) => ticks.chooseTicks(domain, 900, { label })),
    fitted: timeScale.fitDomain([calendar.eventInterval({ start: '2018-03-31', end: '2018-10-28' })]),
  };
`;

const MODULES = {
  calendar: new URL('./calendar.ts', import.meta.url),
  ticks: new URL('./ticks.ts', import.meta.url),
  timeScale: new URL('./time-scale.ts', import.meta.url),
};

describe('time-zone independence', () => {
  it('reads dates and chooses ticks identically on the far sides of the date line', async () => {
    const here = await probeHere({ calendar, ticks, timeScale }, PROBE);
    const runs = await Promise.all(FAR_ZONES.map(({ tz }) => probeInZone(tz, MODULES, PROBE)));

    runs.forEach((run, i) => {
      // The child really ran in that zone (UTC+14, and UTC-7 in June) …
      expect(run.offsetMinutes).toBe(FAR_ZONES[i]!.offsetMinutes);
      // … and still produced exactly what this process produces.
      expect(run.results).toEqual(here);
    });
    expect(here['calendar']).toEqual(expect.arrayContaining(['2018-06-12', [{ start: Date.UTC(2018, 11, 30), end: Date.UTC(2019, 0, 3) }, true]]));
    // Ticks on UTC midnights, the year asked for at the first tick and at the new year.
    const days = (here['ticks'] as { ticks: { label: string }[] }[])[0]!.ticks.map((t) => t.label);
    expect(days).toEqual(['day:2018-12-29+year', 'day:2018-12-31', 'day:2019-01-02+year', 'day:2019-01-04']);
  }, 30_000);
});
