import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../model/dataset';
import type { IndexedEvent } from '../model/indexed-event';
import { px, utcMs } from '../model/units';
import { eventInterval } from '../time/calendar';
import type { TimeDomain } from '../time/time-scale';
import { layoutTimeline, sortByStart, visibleSlice } from './timeline-layout';

const DAY = 86_400_000;

function indexed(id: string, start: string, end?: string, title = `Event ${id}`): IndexedEvent {
  const event = { id, title, start, end, precision: 'day' } as TimelineEvent;
  return { event, ...eventInterval(event), order: 0 };
}

const june: TimeDomain = [Date.UTC(2018, 5, 1), Date.UTC(2018, 6, 1)];

describe('visibleSlice', () => {
  const events = sortByStart([
    indexed('before', '2018-05-01'),
    indexed('range-into-june', '2018-05-20', '2018-06-03'),
    indexed('inside', '2018-06-12'),
    indexed('after', '2018-07-01'),
  ]);

  it('keeps events overlapping the domain, including a range that started before it', () => {
    expect(visibleSlice(events, june).map((e) => e.event.id)).toEqual(['range-into-june', 'inside']);
  });

  it('agrees with a linear scan on random data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 60 })), { maxLength: 80 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 400 }),
        (spans, from, length) => {
          const items = spans.map(([s, d], i): IndexedEvent => ({ event: { id: `e${i}` } as TimelineEvent, start: utcMs(s * DAY), end: utcMs((s + d + 1) * DAY), order: i }));
          const domain: TimeDomain = [from * DAY, (from + length) * DAY];
          const expected = items.filter((e) => e.start < domain[1] && e.end > domain[0]).map((e) => e.event.id).sort();
          expect(visibleSlice(sortByStart(items), domain).map((e) => e.event.id).sort()).toEqual(expected);
        },
      ),
    );
  });
});

describe('layoutTimeline', () => {
  const width = px(1000);
  const labelWidth = (text: string) => text.length * 8;

  it('stacks events whose labels would collide into separate lanes', () => {
    const close = [indexed('a', '2018-06-10'), indexed('b', '2018-06-11')];
    const layout = layoutTimeline(close, june, width, { maxLanes: 6, labelWidth });
    const lanes = layout.marks.map((m) => m.lane).sort();
    expect(lanes).toEqual([0, 1]);
    expect(layout.marks.every((m) => m.label !== null)).toBe(true);
  });

  it('keeps far-apart events in one lane', () => {
    const apart = [indexed('a', '2018-06-02', undefined, 'A'), indexed('b', '2018-06-28', undefined, 'B')];
    const layout = layoutTimeline(apart, june, width, { maxLanes: 6, labelWidth });
    expect(layout.marks.map((m) => m.lane)).toEqual([0, 0]);
  });

  it('draws a ranged event as a bar spanning its dates', () => {
    const layout = layoutTimeline([indexed('r', '2018-06-10', '2018-06-19')], june, width, { maxLanes: 6, labelWidth });
    const mark = layout.marks[0]!;
    expect(mark.x1 - mark.x0).toBeCloseTo((10 / 30) * width, 5);
  });

  it('puts a label to the left of a mark near the right edge', () => {
    const layout = layoutTimeline([indexed('late', '2018-06-29', undefined, 'A rather long event title')], june, width, { maxLanes: 6, labelWidth });
    expect(layout.marks[0]!.label?.anchor).toBe('end');
  });

  it('drops labels, then clusters, when the lanes run out — and never overlaps marks in a lane', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => indexed(`c${i}`, '2018-06-15'));
    const layout = layoutTimeline(crowd, june, width, { maxLanes: 4, labelWidth });
    expect(layout.marks.every((m) => m.label === null)).toBe(true);
    expect(layout.marks.length).toBe(4);
    expect(layout.clusters.reduce((n, c) => n + c.count, 0)).toBe(36);
    expect(layout.clusters.every((c) => c.lane === 4)).toBe(true);
    expect(layout.laneCount).toBe(5);
  });

  it('aggregates a dense view into clusters whose counts add up, with a bounded number of marks', () => {
    const many = Array.from({ length: 5000 }, (_, i) => indexed(`m${i}`, new Date(june[0] + (i % 29) * DAY).toISOString().slice(0, 10)));
    const layout = layoutTimeline(many, june, width, { maxLanes: 6, labelWidth });
    expect(layout.marks).toEqual([]);
    expect(layout.clusters.reduce((n, c) => n + c.count, 0)).toBe(5000);
    expect(layout.clusters.length).toBeLessThanOrEqual(Math.ceil(width / 36) + 1);
  });
});

describe('layoutTimeline labels at the edges', () => {
  it('leaves a mark unlabelled rather than cut its label off at either edge', () => {
    const width = px(200);
    const layout = layoutTimeline([indexed('mid', '2018-06-15', undefined, 'A title far too long to fit on either side')], june, width, {
      maxLanes: 6,
      labelWidth: (text) => text.length * 8,
    });
    expect(layout.marks[0]!.label).toBeNull();
  });
});
