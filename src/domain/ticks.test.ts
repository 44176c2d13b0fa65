import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseTicks, estimateLabelWidth, type TickOptions } from './ticks';
import { DAY_MS, timeToPx, type TimeDomain } from './time-scale';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const labels = (domain: TimeDomain, width: number) => chooseTicks(domain, width).ticks.map((t) => t.label);

/** Every pair of labels, each centred on its tick at its estimated width, is clear of the other. */
function expectNoCollisions(ticks: readonly { x: number; label: string }[], opts: TickOptions = {}): void {
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
      expect(['year', 'decade']).toContain(chooseTicks(domain, width).unit);
    }
    expect(labels(domain, 1200)).toContain('2000');
  });

  it('shows every month of one year at 1200 px', () => {
    const choice = chooseTicks([utc(2018), utc(2019)], 1200);
    expect(choice.unit).toBe('month');
    expect(choice.step).toBe(1);
    expect(choice.ticks).toHaveLength(13);
  });

  it('shows fewer months of one year on a narrow axis', () => {
    const choice = chooseTicks([utc(2018), utc(2019)], 300);
    expect(choice.unit).toBe('month');
    expect(choice.step).toBeGreaterThan(1);
  });

  it('shows days over two weeks', () => {
    const choice = chooseTicks([utc(2018, 6, 1), utc(2018, 6, 15)], 1200);
    expect(choice.unit).toBe('day');
    expect(choice.ticks).toHaveLength(15);
  });

  it('moves from days to weeks as the axis narrows', () => {
    expect(chooseTicks([utc(2018, 6, 1), utc(2018, 6, 15)], 400).unit).toBe('week');
  });
});

describe('chooseTicks labels', () => {
  it('writes years as years', () => {
    expect(labels([utc(2015), utc(2020)], 300)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020']);
  });

  it('writes months short, with the year on the first tick and at January', () => {
    expect(labels([utc(2018, 10), utc(2019, 3)], 500)).toEqual(['Oct 2018', 'Nov', 'Dec', 'Jan 2019', 'Feb', 'Mar']);
  });

  it('writes days with the month, and the year on the first tick and at a new year', () => {
    expect(labels([utc(2018, 12, 30), utc(2019, 1, 2)], 1000)).toEqual(['30 Dec 2018', '31 Dec', '1 Jan 2019', '2 Jan']);
  });

  it('places each tick where the time scale puts it', () => {
    const domain: TimeDomain = [utc(2018, 2, 10), utc(2018, 9, 3)];
    const { ticks } = chooseTicks(domain, 900);
    expect(ticks.length).toBeGreaterThan(0);
    for (const tick of ticks) expect(tick.x).toBeCloseTo(timeToPx(domain, 900, tick.t), 6);
  });

  it('keeps every-other-day ticks evenly spaced across a month end', () => {
    const { unit, step, ticks } = chooseTicks([utc(2018, 1, 20), utc(2018, 2, 12)], 1000);
    expect([unit, step]).toEqual(['day', 2]);
    const gaps = new Set(ticks.slice(1).map((tick, i) => tick.t - (ticks[i]?.t ?? 0)));
    expect([...gaps]).toEqual([2 * DAY_MS]);
  });
});

describe('chooseTicks bounds', () => {
  it('returns no ticks for a zero width or an empty domain', () => {
    expect(chooseTicks([utc(2018), utc(2019)], 0).ticks).toEqual([]);
    expect(chooseTicks([utc(2019), utc(2018)], 800).ticks).toEqual([]);
  });

  it('does not return thousands of ticks, even for labels said to take no room', () => {
    const tiny = { charWidthPx: 0, paddingPx: 0 };
    expect(chooseTicks([utc(1900), utc(2100)], 3000, tiny).ticks.length).toBeLessThanOrEqual(300);
    expect(chooseTicks([utc(1900), utc(2100)], 3000, { ...tiny, maxTicks: 5 }).ticks.length).toBeLessThanOrEqual(5);
  });

  it('thins the coarsest ticks rather than overlap them on an absurdly long domain', () => {
    const { ticks } = chooseTicks([utc(1000), 8e15], 200);
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
        expectNoCollisions(chooseTicks(domain, width).ticks);
      }),
      { numRuns: 300 },
    );
  });

  it('never lets two labels overlap, whatever the label size options', () => {
    fc.assert(
      fc.property(arbDomain, arbWidth, arbOpts, (domain, width, opts) => {
        expectNoCollisions(chooseTicks(domain, width, opts).ticks, opts);
      }),
      { numRuns: 150 },
    );
  });

  it('gives sorted ticks inside the domain and on the axis', () => {
    fc.assert(
      fc.property(arbDomain, arbWidth, (domain, width) => {
        const { ticks } = chooseTicks(domain, width);
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
        expect(chooseTicks([start, start + days * DAY_MS], width).ticks.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
