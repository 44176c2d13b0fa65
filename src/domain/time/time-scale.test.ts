import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DAY_MS,
  DEFAULT_SPAN_MS,
  MAX_SPAN_MS,
  MIN_SPAN_MS,
  clampDomain,
  domainsEqual,
  fitDomain,
  focusDomain,
  isValidDomain,
  panDomain,
  pixelsToMs,
  pxToTime,
  timeToPx,
  zoomDomain,
  type TimeDomain,
} from './time-scale';
import { px } from '../model/units';

const Y2018 = Date.UTC(2018, 0, 1);
const Y2019 = Date.UTC(2019, 0, 1);
const Y2010 = Date.UTC(2010, 0, 1);
const Y2030 = Date.UTC(2030, 0, 1);
const year2018: TimeDomain = [Y2018, Y2019];
const bounds: TimeDomain = [Y2010, Y2030];

const span = (d: TimeDomain) => d[1] - d[0];
const relative = (d: TimeDomain, t: number) => (t - d[0]) / span(d);

/** A domain inside 1990–2050 of at least one day. */
const arbDomain = fc
  .tuple(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2050, 0, 1) }), fc.integer({ min: DAY_MS, max: 40 * 365 * DAY_MS }))
  .map(([start, length]): TimeDomain => [start, start + length]);

describe('zoomDomain', () => {
  it('zooms in by the factor, keeping the anchor at the same place across the width', () => {
    const anchor = Date.UTC(2018, 3, 1);
    const zoomed = zoomDomain(year2018, 2, anchor);
    expect(span(zoomed)).toBeCloseTo(span(year2018) / 2, 0);
    expect(relative(zoomed, anchor)).toBeCloseTo(relative(year2018, anchor), 9);
    expect(zoomed[0]).toBeGreaterThan(year2018[0]);
  });

  it('zooms out with a factor below 1', () => {
    const zoomed = zoomDomain(year2018, 0.5, Y2018);
    expect(span(zoomed)).toBeCloseTo(2 * span(year2018), 0);
    expect(zoomed[0]).toBe(Y2018);
  });

  it('keeps any anchor where it was, whatever the factor (within the span limits)', () => {
    fc.assert(
      fc.property(arbDomain, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.25, max: 4, noNaN: true }), (domain, at, factor) => {
        const anchor = domain[0] + at * span(domain);
        const zoomed = zoomDomain(domain, factor, anchor);
        expect(relative(zoomed, anchor)).toBeCloseTo(at, 6);
        expect(span(zoomed)).toBeGreaterThanOrEqual(MIN_SPAN_MS);
      }),
    );
  });

  it('stops zooming in at the minimum span, the anchor still in place', () => {
    const week: TimeDomain = [Y2018, Y2018 + 7 * DAY_MS];
    const anchor = Y2018 + 2 * DAY_MS;
    const zoomed = zoomDomain(week, 1000, anchor);
    expect(span(zoomed)).toBe(MIN_SPAN_MS);
    expect(relative(zoomed, anchor)).toBeCloseTo(relative(week, anchor), 9);
    expect(zoomDomain(zoomed, 2, anchor)).toEqual(zoomed);
  });

  it('stops zooming out at the span of the bounds, and stays inside them', () => {
    const zoomed = zoomDomain(year2018, 0.001, Date.UTC(2018, 6, 1), bounds);
    expect(zoomed).toEqual(bounds);
  });

  it('stops zooming out at the maximum span without bounds', () => {
    expect(span(zoomDomain(year2018, 1e-9, Y2018))).toBe(MAX_SPAN_MS);
  });

  it('shifts a zoom-out near an edge back inside the bounds without changing the new span', () => {
    const nearStart: TimeDomain = [Y2010, Y2010 + 365 * DAY_MS];
    const zoomed = zoomDomain(nearStart, 0.5, Y2010 + 300 * DAY_MS, bounds);
    expect(zoomed[0]).toBe(Y2010);
    expect(span(zoomed)).toBeCloseTo(2 * 365 * DAY_MS, 0);
  });

  it('never leaves the bounds', () => {
    fc.assert(
      fc.property(arbDomain, fc.double({ min: 0.01, max: 100, noNaN: true }), fc.integer({ min: Y2010, max: Y2030 }), (domain, factor, anchor) => {
        const inside = clampDomain(domain, bounds);
        const zoomed = zoomDomain(inside, factor, anchor, bounds);
        expect(zoomed[0]).toBeGreaterThanOrEqual(bounds[0]);
        expect(zoomed[1]).toBeLessThanOrEqual(bounds[1]);
        expect(span(zoomed)).toBeGreaterThanOrEqual(MIN_SPAN_MS - 1e-3);
      }),
    );
  });

  it('rejects a factor that is not positive', () => {
    expect(() => zoomDomain(year2018, 0 - 1, Y2018)).toThrow(RangeError);
    expect(() => zoomDomain(year2018, Number.NaN, Y2018)).toThrow(RangeError);
  });
});

describe('panDomain', () => {
  it('shifts by the delta, keeping the span', () => {
    expect(panDomain(year2018, 10 * DAY_MS)).toEqual([Y2018 + 10 * DAY_MS, Y2019 + 10 * DAY_MS]);
    expect(panDomain(year2018, -10 * DAY_MS)).toEqual([Y2018 - 10 * DAY_MS, Y2019 - 10 * DAY_MS]);
  });

  it('stops at either bound without changing the span', () => {
    expect(panDomain(year2018, -100 * 365 * DAY_MS, bounds)).toEqual([Y2010, Y2010 + span(year2018)]);
    expect(panDomain(year2018, 100 * 365 * DAY_MS, bounds)).toEqual([Y2030 - span(year2018), Y2030]);
  });

  it('keeps the span and the bounds for any delta', () => {
    fc.assert(
      fc.property(arbDomain, fc.integer({ min: -1e13, max: 1e13 }), (domain, delta) => {
        const inside = clampDomain(domain, bounds);
        const panned = panDomain(inside, delta, bounds);
        expect(span(panned)).toBeCloseTo(span(inside), 0);
        expect(panned[0]).toBeGreaterThanOrEqual(bounds[0]);
        expect(panned[1]).toBeLessThanOrEqual(bounds[1]);
      }),
    );
  });
});

describe('clampDomain', () => {
  it('shrinks a domain wider than the bounds to the bounds', () => {
    expect(clampDomain([Date.UTC(2000, 0, 1), Date.UTC(2040, 0, 1)], bounds)).toEqual(bounds);
  });

  it('widens a domain narrower than the minimum span about its centre', () => {
    const noon = Date.UTC(2018, 5, 12, 12);
    expect(clampDomain([noon - 1000, noon + 1000], bounds)).toEqual([noon - DAY_MS / 2, noon + DAY_MS / 2]);
  });

  it('moves a domain outside the bounds inside them', () => {
    expect(clampDomain([Date.UTC(2040, 0, 1), Date.UTC(2041, 0, 1)], bounds)).toEqual([Y2030 - span([Date.UTC(2040, 0, 1), Date.UTC(2041, 0, 1)]), Y2030]);
  });

  it('leaves a domain already inside alone', () => {
    expect(clampDomain(year2018, bounds)).toEqual(year2018);
  });
});

describe('fitDomain', () => {
  it('covers every interval with padding on both sides', () => {
    const fitted = fitDomain([
      { start: Date.UTC(2018, 5, 1), end: Date.UTC(2018, 5, 2) },
      { start: Date.UTC(2018, 0, 1), end: Date.UTC(2018, 0, 2) },
      { start: Date.UTC(2018, 10, 1), end: Date.UTC(2019, 0, 1) },
    ]);
    const padding = 0.05 * (Y2019 - Y2018);
    expect(fitted).toEqual([Y2018 - padding, Y2019 + padding]);
  });

  it('gives thirty days about the centre when there is nothing to fit', () => {
    expect(fitDomain([], 0.05, Y2018)).toEqual([Y2018 - 15 * DAY_MS, Y2018 + 15 * DAY_MS]);
    expect(span(fitDomain([]))).toBe(DEFAULT_SPAN_MS);
  });

  it('gives thirty days about an instant of zero length', () => {
    expect(fitDomain([{ start: Y2018, end: Y2018 }])).toEqual([Y2018 - 15 * DAY_MS, Y2018 + 15 * DAY_MS]);
  });

  it('is never narrower than the minimum span', () => {
    const fitted = fitDomain([{ start: Y2018, end: Y2018 + 1000 }]);
    expect(span(fitted)).toBe(MIN_SPAN_MS);
    expect(fitted[0]).toBeLessThan(Y2018);
    expect(fitted[1]).toBeGreaterThan(Y2018 + 1000);
  });
});

describe('focusDomain', () => {
  it('centres on the interval, which takes a third of the width', () => {
    const interval = { start: Date.UTC(2018, 7, 3), end: Date.UTC(2018, 8, 18) };
    const focused = focusDomain(interval);
    expect(span(focused)).toBe(3 * (interval.end - interval.start));
    expect((focused[0] + focused[1]) / 2).toBe((interval.start + interval.end) / 2);
  });

  it('gives a one-day event a few days around it', () => {
    const focused = focusDomain({ start: Y2018, end: Y2018 + DAY_MS }, 5);
    expect(span(focused)).toBe(5 * DAY_MS);
    expect(focused[0]).toBe(Y2018 - 2 * DAY_MS);
  });

  it('stays inside bounds when given', () => {
    const focused = focusDomain({ start: Y2010, end: Y2010 + DAY_MS }, 3, bounds);
    expect(focused).toEqual([Y2010, Y2010 + 3 * DAY_MS]);
  });
});

describe('pixel conversions', () => {
  it('map the edges and the middle of the axis', () => {
    expect(timeToPx(year2018, px(1000), Y2018)).toBe(0);
    expect(timeToPx(year2018, px(1000), Y2019)).toBe(1000);
    expect(pxToTime(year2018, px(1000), px(500))).toBe((Y2018 + Y2019) / 2);
    expect(pixelsToMs(year2018, px(365), px(1))).toBe(DAY_MS);
  });

  it('are inverses of each other', () => {
    fc.assert(
      fc.property(arbDomain, fc.integer({ min: 1, max: 4000 }), fc.double({ min: -5000, max: 5000, noNaN: true }), (domain, width, x) => {
        expect(timeToPx(domain, px(width), pxToTime(domain, px(width), px(x)))).toBeCloseTo(x, 3);
      }),
    );
  });

  it('reject a width that is not positive', () => {
    expect(() => pxToTime(year2018, px(0), px(10))).toThrow(RangeError);
    expect(() => timeToPx(year2018, px(-1), Y2018)).toThrow(RangeError);
    expect(() => pixelsToMs(year2018, px(Number.NaN), px(1))).toThrow(RangeError);
  });
});

describe('domainsEqual and isValidDomain', () => {
  it('compare both ends, with an optional tolerance', () => {
    expect(domainsEqual(year2018, [Y2018, Y2019])).toBe(true);
    expect(domainsEqual(year2018, [Y2018, Y2019 + 1])).toBe(false);
    expect(domainsEqual(year2018, [Y2018 + 1, Y2019])).toBe(false);
    expect(domainsEqual(year2018, [Y2018 + 1, Y2019 - 1], 1)).toBe(true);
  });

  it('accept only ordered finite pairs', () => {
    expect(isValidDomain([Y2018, Y2019])).toBe(true);
    expect(isValidDomain([Y2019, Y2018])).toBe(false);
    expect(isValidDomain([Y2018, Y2018])).toBe(false);
    expect(isValidDomain([Y2018, Number.POSITIVE_INFINITY])).toBe(false);
    expect(isValidDomain([Y2018])).toBe(false);
  });
});
