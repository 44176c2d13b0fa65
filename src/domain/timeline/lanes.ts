/** One thing to place on the timeline: its horizontal extent in px, label included (`x1 >= x0`). */
export interface LaneItem {
  id: string;
  x0: number;
  x1: number;
}

export interface LaneAssignment {
  /** The lane (row) of each item by id, 0 at the top. */
  lanes: Map<string, number>;
  laneCount: number;
}

/**
 * Stacks items in lanes, greedily: in order of `x0` (ties by id, so the result does not depend on
 * input order) each item goes in the lowest lane whose last item ends at least `gapPx` before it
 * (`x0 >= previous.x1 + gapPx`). No two items in one lane overlap. O(n log n).
 */
export function assignLanes(items: readonly LaneItem[], gapPx = 8): LaneAssignment {
  if (!Number.isFinite(gapPx)) throw new RangeError(`Gap must be a finite number of pixels, got ${gapPx}`);
  for (const item of items) {
    if (!Number.isFinite(item.x0) || !Number.isFinite(item.x1) || item.x1 < item.x0) {
      throw new RangeError(`Item ${JSON.stringify(item.id)} has extent [${item.x0}, ${item.x1}]; need finite x0 <= x1`);
    }
  }
  const order = [...items].sort((a, b) => a.x0 - b.x0 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lanes = new Map<string, number>();
  const ends = new LaneEnds(order.length);
  let laneCount = 0;
  for (const item of order) {
    if (lanes.has(item.id)) throw new Error(`Duplicate item id ${JSON.stringify(item.id)}`);
    // An unused lane ends at -Infinity, so there is always a lane free (there are as many as items).
    const lane = ends.firstAtMost(item.x0 - gapPx);
    ends.set(lane, item.x1);
    lanes.set(item.id, lane);
    laneCount = Math.max(laneCount, lane + 1);
  }
  return { lanes, laneCount };
}

/**
 * The right edge of each lane in a min segment tree, so the lowest lane ending at or before a
 * point is found in O(log n) however many lanes are in use. Because items arrive in order of x0, a
 * lane's last item is also its rightmost, so one number per lane is enough.
 */
class LaneEnds {
  private readonly size: number;
  private readonly tree: Float64Array;

  constructor(laneCapacity: number) {
    let size = 1;
    while (size < Math.max(laneCapacity, 1)) size *= 2;
    this.size = size;
    this.tree = new Float64Array(2 * size).fill(-Infinity);
  }

  set(lane: number, end: number): void {
    let node = lane + this.size;
    this.tree[node] = end;
    for (node >>= 1; node >= 1; node >>= 1) {
      this.tree[node] = Math.min(this.tree[2 * node] ?? Infinity, this.tree[2 * node + 1] ?? Infinity);
    }
  }

  /** The lowest lane whose end is <= `limit`. */
  firstAtMost(limit: number): number {
    let node = 1;
    if (!((this.tree[node] ?? Infinity) <= limit)) throw new Error('No free lane');
    while (node < this.size) {
      node = (this.tree[2 * node] ?? Infinity) <= limit ? 2 * node : 2 * node + 1;
    }
    return node - this.size;
  }
}
