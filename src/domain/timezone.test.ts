import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as dates from './dates';
import * as ticks from './ticks';
import * as timeScale from './time-scale';

/**
 * Node reads TZ once at start-up, so the only honest check that results do not depend on the
 * machine's zone is to compute them in fresh processes started in other zones and compare with here.
 */

/** Runs with `dates`, `ticks` and `timeScale` in scope; plain JavaScript so it can run anywhere. */
const PROBE = `
  const day = (e) => [dates.formatEventDate(e), dates.formatEventDateShort(e), dates.eventInterval(e)];
  return {
    formatted: [
      day({ start: '2018-06-12', precision: 'day' }),
      day({ start: '2019-02-27', end: '2019-02-28', precision: 'day' }),
      day({ start: '2018-08-03', end: '2018-09-17', precision: 'day' }),
      day({ start: '2018-12-30', end: '2019-01-02', precision: 'day' }),
      day({ start: '2018-08', end: '2018-09', precision: 'month' }),
      day({ start: '2018', precision: 'year' }),
      dates.formatCalendarDate('2018-01-01', 'day'),
      dates.toIsoDate(Date.UTC(2018, 5, 12, 0, 30)),
      dates.toIsoDate(Date.UTC(2018, 5, 12, 23, 30)),
    ],
    ticks: [
      [Date.UTC(2018, 11, 28), Date.UTC(2019, 0, 5)],
      [Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)],
      [Date.UTC(2017, 9, 15, 7), Date.UTC(2018, 2, 3, 19)],
      [Date.UTC(1985, 0, 1), Date.UTC(2025, 0, 1)],
    ].map((domain) => ticks.chooseTicks(domain, 900)),
    fitted: timeScale.fitDomain([dates.eventInterval({ start: '2018-03-31', end: '2018-10-28' })]),
  };
`;

type ProbeResult = Record<string, unknown>;

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (
  ...args: unknown[]
) => Promise<ProbeResult>;

const moduleUrl = (name: string) => new URL(`./${name}.ts`, import.meta.url).href;

const CHILD_SCRIPT = `
  const dates = await import(${JSON.stringify(moduleUrl('dates'))});
  const ticks = await import(${JSON.stringify(moduleUrl('ticks'))});
  const timeScale = await import(${JSON.stringify(moduleUrl('time-scale'))});
  const probe = async (dates, ticks, timeScale) => { ${PROBE} };
  const offsetMinutes = new Date(2018, 5, 12).getTimezoneOffset();
  process.stdout.write(JSON.stringify({ offsetMinutes, results: await probe(dates, ticks, timeScale) }));
`;

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

function runInZone(tz: string): Promise<{ offsetMinutes: number; results: ProbeResult }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD_SCRIPT], {
      cwd: projectRoot,
      env: { ...process.env, TZ: tz },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`Probe in ${tz} exited with ${code}: ${stderr}`));
      else resolve(JSON.parse(stdout) as { offsetMinutes: number; results: ProbeResult });
    });
  });
}

describe('time-zone independence', () => {
  it('formats dates and chooses ticks identically on the far sides of the date line', async () => {
    const here = JSON.parse(JSON.stringify(await new AsyncFunction('dates', 'ticks', 'timeScale', PROBE)(dates, ticks, timeScale))) as ProbeResult;
    const [kiritimati, losAngeles] = await Promise.all([runInZone('Pacific/Kiritimati'), runInZone('America/Los_Angeles')]);

    // The children really ran in those zones (UTC+14, and UTC-7 in June) …
    expect(kiritimati.offsetMinutes).toBe(-14 * 60);
    expect(losAngeles.offsetMinutes).toBe(7 * 60);
    // … and still produced exactly what this process produces.
    expect(kiritimati.results).toEqual(here);
    expect(losAngeles.results).toEqual(here);
    expect(here['formatted']).toContainEqual(expect.arrayContaining(['30 December 2018 \u2013 2 January 2019']));
  }, 30_000);
});
