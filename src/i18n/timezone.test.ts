import { describe, expect, it } from 'vitest';
import * as ticks from '../domain/time/ticks';
import { FAR_ZONES, probeHere, probeInZone } from '../test/time-zones';
import * as i18n from './i18n';

/** Runs with `i18n` and `ticks` in scope: English dates and tick labels, as the app writes them. */
const PROBE = `
  const { dates } = i18n.createI18n();
  const both = (e) => [dates.eventDate(e), dates.eventDate(e, 'short')];
  return {
    formatted: [
      both({ start: '2018-06-12', precision: 'day' }),
      both({ start: '2019-02-27', end: '2019-02-28', precision: 'day' }),
      both({ start: '2018-08-03', end: '2018-09-17', precision: 'day' }),
      both({ start: '2018-12-30', end: '2019-01-02', precision: 'day' }),
      both({ start: '2018-08', end: '2018-09', precision: 'month' }),
      both({ start: '2018', precision: 'year' }),
      dates.calendarDate('2018-01-01', 'day'),
      dates.day(Date.UTC(2018, 5, 12, 0, 30)),
      dates.day(Date.UTC(2018, 5, 12, 23, 30)),
    ],
    ticks: [
      [Date.UTC(2018, 11, 28), Date.UTC(2019, 0, 5)],
      [Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)],
      [Date.UTC(2017, 9, 15, 7), Date.UTC(2018, 2, 3, 19)],
    ].map((domain) => ticks.chooseTicks(domain, 900, { label: dates.tick }).ticks.map((t) => t.label)),
  };
`;

const MODULES = { i18n: new URL('./i18n.ts', import.meta.url), ticks: new URL('../domain/time/ticks.ts', import.meta.url) };

describe('time-zone independence of dates in words', () => {
  it('writes dates and tick labels identically on the far sides of the date line', async () => {
    const here = await probeHere({ i18n, ticks }, PROBE);
    const runs = await Promise.all(FAR_ZONES.map(({ tz }) => probeInZone(tz, MODULES, PROBE)));
    runs.forEach((run, i) => {
      expect(run.offsetMinutes).toBe(FAR_ZONES[i]!.offsetMinutes);
      expect(run.results).toEqual(here);
    });
    expect(here['formatted']).toContainEqual(expect.arrayContaining(['30 December 2018 \u2013 2 January 2019']));
    expect(here['formatted']).toEqual(expect.arrayContaining(['1 January 2018', '12 June 2018']));
    expect((here['ticks'] as string[][])[0]).toContain('1 Jan 2019');
  }, 30_000);
});
