import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { px } from '../model/units';
import { chooseTicks, estimateLabelWidth, type TickLabeller, type TickLabelRequest, type TickOptions } from './ticks';
import { DAY_MS, timeToPx, type TimeDomain } from './time-scale';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

/**
 * A deterministic labeller for the tick maths, in no language: ISO-like, the year only where asked
 * for ("2018-10", "11", "12", "2019-01"; "2018-12-30", "12-31"). Words are the i18n layer's (its
 * tests check the English labels).
 */
const iso: TickLabeller = ({ t, format, withYear }) => {
  const date = new Date(t).toISOString().slice(0, 10);
  if (format === 'year') return date.slice(0, 4);
  const written = format === 'month' ? date.slice(0, 7) : date;
  return withYear ? written : written.slice(5);
};
const LABEL = { label: iso };
const ticksOf = (domain: TimeDomain, width: number, opts: Partial<TickOptions> = {}) => chooseTicks(domain, width, { ...LABEL, ...opts });
const labels = (domain: TimeDomain, width: number) => ticksOf(domain, width).ticks.map((t) => t.label);

type WidthOptions = Pick<TickOptions, 'charWidthPx' | 'paddingPx'>;

/** Every pair of labels, each centred on its tick at its estimated width, is clear of the other. */
function expectNoCollisions(ticks: readonly { x: number; label: string }[], opts: WidthOptions = {}): void {
  for (let i = 0; i < ticks.length; i++) {
    for (let j = i + 1; j < ticks.length; j++) {
      const a = ticks[i];
      const b = ticks[j];
      if (!a || !b) throw new Error('unreachable');
      const needed = (estimateLabelWidth(a.label, opts) + estimateLabelWidth(b.label, opts)) / 2;
      expect(Math.abs(b.x - a.x), `"${a.label}" and "${b.label}" overlap`).toBeGreaterThanOrEqual(needed - 1e-9);
    }
  }
}

describe('chooseTicks unit', () => {
  it('shows years or decades over 35 years', () => {
    const domain: TimeDomain = [utc(1990), utc(2025)];
    for (const width of [300, 800, 1200, 2400]) {
      expect(['year', 'decade']).toContain(ticksOf(domain, width).unit);
    }
    expect(labels(domain, 1200)).toContain('2000');
  });

  it('shows every month of one year at 1200 px', () => {
    const choice = ticksOf([utc(2018), utc(2019)], 1200);
    expect(choice.unit).toBe('month');
    expect(choice.step).toBe(1);
    expect(choice.ticks).toHaveLength(13);
  });

  it('shows fewer months of one year on a narrow axis', () => {
    const choice = ticksOf([utc(2018), utc(2019)], 300);
    expect(choice.unit).toBe('month');
    expect(choice.step).toBeGreaterThan(1);
  });

  it('shows days over two weeks', () => {
    const choice = ticksOf([utc(2018, 6, 1), utc(2018, 6, 15)], 1200);
    expect(choice.unit).toBe('day');
    expect(choice.ticks).toHaveLength(15);
  });

  it('moves from days to weeks as the axis narrows', () => {
    expect(ticksOf([utc(2018, 6, 1), utc(2018, 6, 15)], 400).unit).toBe('week');
  });
});

describe('chooseTicks labels', () => {
  it('asks the labeller for years as years', () => {
    expect(labels([utc(2015), utc(2020)], 300)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020']);
  });

  it('asks for months, with the year on the first tick and at January', () => {
    expect(labels([utc(2018, 10), utc(2019, 3)], 500)).toEqual(['2018-10', '11', '12', '2019-01', '02', '03']);
  });

  it('asks for days, with the year on the first tick and at a new year', () => {
    expect(labels([utc(2018, 12, 30), utc(2019, 1, 2)], 1000)).toEqual(['2018-12-30', '12-31', '2019-01-01', '01-02']);
  });

  it('passes the labeller each tick’s instant and format, and uses its words as they are', () => {
    const requests: TickLabelRequest[] = [];
    const { ticks } = chooseTicks([utc(2018, 10), utc(2019, 3)], 500, {
      label: (request) => {
        requests.push(request);
        return `<${iso(request)}>`;
      },
    });
    expect(ticks.map((t) => t.label)).toEqual(['<2018-10>', '<11>', '<12>', '<2019-01>', '<02>', '<03>']);
    expect(requests.slice(-6)).toEqual(
      [10, 11, 12, 13, 14, 15].map((m, i) => ({ t: utc(2018, m), format: 'month', withYear: i === 0 || i === 3 })),
    );
    expect(ticks.map((t) => t.t)).toEqual(requests.slice(-6).map((r) => r.t));
  });

  it('thins the ticks when the labeller’s words are longer', () => {
    const domain: TimeDomain = [utc(2018), utc(2019)];
    const short = ticksOf(domain, 900);
    const long = ticksOf(domain, 900, { label: (r) => `${iso(r)} in many more words` });
    expect(short.unit).toBe('month');
    expect(long.ticks.length).toBeLessThan(short.ticks.length);
    expectNoCollisions(long.ticks);
  });

  it('places each tick where the time scale puts it', () => {
    const domain: TimeDomain = [utc(2018, 2, 10), utc(2018, 9, 3)];
    const { ticks } = ticksOf(domain, 900);
    expect(ticks.length).toBeGreaterThan(0);
    for (const tick of ticks) expect(tick.x).toBeCloseTo(timeToPx(domain, px(900), tick.t), 6);
  });

  it('keeps every-other-day ticks evenly spaced across a month end', () => {
    const { unit, step, ticks } = ticksOf([utc(2018, 1, 20), utc(2018, 2, 12)], 1000);
    expect([unit, step]).toEqual(['day', 2]);
    const gaps = new Set(ticks.slice(1).map((tick, i) => tick.t - (ticks[i]?.t ?? 0)));
    expect([...gaps]).toEqual([2 * DAY_MS]);
  });
});

describe('chooseTicks bounds', () => {
  it('returns no ticks for a zero width or an empty domain', () => {
    expect(ticksOf([utc(2018), utc(2019)], 0).ticks).toEqual([]);
    expect(ticksOf([utc(2019), utc(2018)], 800).ticks).toEqual([]);
  });

  it('does not return thousands of ticks, even for labels said to take no room', () => {
    const tiny = { charWidthPx: 0, paddingPx: 0 };
    expect(ticksOf([utc(1900), utc(2100)], 3000, tiny).ticks.length).toBeLessThanOrEqual(300);
    expect(ticksOf([utc(1900), utc(2100)], 3000, { ...tiny, maxTicks: 5 }).ticks.length).toBeLessThanOrEqual(5);
  });

  it('thins the coarsest ticks rather than overlap them on an absurdly long domain', () => {
    const { ticks } = ticksOf([utc(1000), 8e15], 200);
    expect(ticks.length).toBeGreaterThan(0);
    expectNoCollisions(ticks);
  });
});

describe('chooseTicks properties', () => {
  const arbDomain = fc
    .tuple(fc.integer({ min: utc(1800), max: utc(2100) }), fc.double({ min: Math.log(3_600_000), max: Math.log(300 * 365 * DAY_MS), noNaN: true }))
    .map(([start, logSpan]): TimeDomain => [start, start + Math.exp(logSpan)]);
  const arbWidth = fc.integer({ min: 200, max: 3000 });
  const arbOpts = fc.record({ charWidthPx: fc.double({ min: 4, max: 12, noNaN: true }), paddingPx: fc.double({ min: 0, max: 30, noNaN: true }) });

  it('never lets two labels overlap', () => {
    fc.assert(
      fc.property(arbDomain, arbWidth, (domain, width) => {
        expectNoCollisions(ticksOf(domain, width).ticks);
      }),
      { numRuns: 300 },
    );
  });

  it('never lets two labels overlap, whatever the label size options', () => {
    fc.assert(
      fc.property(arbDomain, arbWidth, arbOpts, (domain, width, opts) => {
        expectNoCollisions(ticksOf(domain, width, opts).ticks, opts);
      }),
      { numRuns: 150 },
    );
  });

  it('gives sorted ticks inside the domain and on the axis', () => {
    fc.assert(
      fc.property(arbDomain, arbWidth, (domain, width) => {
        const { ticks } = ticksOf(domain, width);
        ticks.forEach((tick, i) => {
          expect(tick.t).toBeGreaterThanOrEqual(domain[0]);
          expect(tick.t).toBeLessThanOrEqual(domain[1]);
          expect(tick.x).toBeGreaterThanOrEqual(-1e-6);
          expect(tick.x).toBeLessThanOrEqual(width + 1e-6);
          const previous = ticks[i - 1];
          if (previous) expect(tick.t).toBeGreaterThan(previous.t);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives at least one tick for a span of a year or more', () => {
    fc.assert(
      fc.property(fc.integer({ min: utc(1800), max: utc(2100) }), fc.double({ min: 365.25, max: 300 * 365.25, noNaN: true }), arbWidth, (start, days, width) => {
        expect(ticksOf([start, start + days * DAY_MS], width).ticks.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
