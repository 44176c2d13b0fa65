import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignLanes, type LaneItem } from './lanes';

const item = (id: string, x0: number, x1: number): LaneItem => ({ id, x0, x1 });

/** Fails when two items of one lane are closer than the gap. */
function expectNoOverlapInAnyLane(items: readonly LaneItem[], lanes: Map<string, number>, gap: number): void {
  const byLane = new Map<number, LaneItem[]>();
  for (const it of items) {
    const lane = lanes.get(it.id);
    if (lane === undefined) throw new Error(`${it.id} has no lane`);
    byLane.set(lane, [...(byLane.get(lane) ?? []), it]);
  }
  for (const laneItems of byLane.values()) {
    const sorted = [...laneItems].sort((a, b) => a.x0 - b.x0);
    sorted.slice(1).forEach((next, i) => {
      const previous = sorted[i];
      if (!previous) throw new Error('unreachable');
      expect(next.x0, `${previous.id} and ${next.id} overlap`).toBeGreaterThanOrEqual(previous.x1 + gap);
    });
  }
}

describe('assignLanes', () => {
  it('puts items that do not overlap in lane 0', () => {
    const { lanes, laneCount } = assignLanes([item('a', 0, 100), item('b', 108, 200), item('c', 300, 400)]);
    expect(laneCount).toBe(1);
    expect([...lanes.values()]).toEqual([0, 0, 0]);
  });

  it('puts overlapping items in different lanes', () => {
    const { lanes, laneCount } = assignLanes([item('a', 0, 100), item('b', 50, 150), item('c', 60, 70)]);
    expect(laneCount).toBe(3);
    expect(new Set(lanes.values())).toEqual(new Set([0, 1, 2]));
    expect(lanes.get('a')).toBe(0);
  });

  it('counts items closer than the gap as overlapping', () => {
    expect(assignLanes([item('a', 0, 100), item('b', 107, 200)]).laneCount).toBe(2);
    expect(assignLanes([item('a', 0, 100), item('b', 107, 200)], 5).laneCount).toBe(1);
  });

  it('reuses the lowest lane that has room', () => {
    const { lanes } = assignLanes([item('a', 0, 100), item('b', 10, 300), item('c', 20, 50), item('d', 120, 130)]);
    expect(lanes.get('d')).toBe(0);
    expect(lanes.get('c')).toBe(2);
  });

  it('places items by x0 and breaks ties by id, whatever the input order', () => {
    const items = [item('b', 0, 50), item('a', 0, 50), item('c', -10, 5)];
    const { lanes } = assignLanes(items);
    expect(Object.fromEntries(lanes)).toEqual({ c: 0, a: 1, b: 2 });
    expect(Object.fromEntries(assignLanes([...items].reverse()).lanes)).toEqual(Object.fromEntries(lanes));
  });

  it('gives an empty list no lanes', () => {
    expect(assignLanes([])).toEqual({ lanes: new Map(), laneCount: 0 });
  });

  it('rejects an extent that ends before it starts, and a repeated id', () => {
    expect(() => assignLanes([item('a', 10, 5)])).toThrow(RangeError);
    expect(() => assignLanes([item('a', 0, Number.NaN)])).toThrow(RangeError);
    expect(() => assignLanes([item('a', 0, 5), item('a', 10, 15)])).toThrow(/Duplicate/);
  });

  it('never lets two items of one lane overlap, and uses no more lanes than items overlap at once', () => {
    const arbItems = fc
      .uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 300 })), {
        selector: ([id]) => id,
        maxLength: 80,
      })
      .map((rows) => rows.map(([id, x0, width]) => item(id, x0, x0 + width)));
    fc.assert(
      fc.property(arbItems, fc.integer({ min: 0, max: 20 }), (items, gap) => {
        const { lanes, laneCount } = assignLanes(items, gap);
        expect(lanes.size).toBe(items.length);
        expectNoOverlapInAnyLane(items, lanes, gap);
        // Greedy first-fit on intervals sorted by start is optimal: lanes = the deepest pile-up.
        let deepest = 0;
        for (const at of items) {
          deepest = Math.max(deepest, items.filter((other) => other.x0 <= at.x0 && at.x0 < other.x1 + gap).length);
        }
        expect(laneCount).toBe(deepest);
        for (const lane of lanes.values()) expect(lane).toBeLessThan(laneCount);
      }),
    );
  });

  it('places 100,000 items quickly, even when they all overlap', () => {
    const spread = Array.from({ length: 100_000 }, (_, i) => item(`e${i}`, (i * 7919) % 1_000_000, ((i * 7919) % 1_000_000) + 40 + (i % 200)));
    const pile = Array.from({ length: 100_000 }, (_, i) => item(`p${i}`, i % 10, 1_000_000));
    const started = performance.now();
    const a = assignLanes(spread);
    const b = assignLanes(pile);
    const elapsed = performance.now() - started;
    expect(a.lanes.size).toBe(100_000);
    expect(b.laneCount).toBe(100_000);
    expect(elapsed).toBeLessThan(2000);
  });
});
