import type { IndexedEvent } from '../model/indexed-event';
import { assignLanes } from './lanes';
import { estimateLabelWidth } from '../time/ticks';
import type { Px } from '../model/units';
import { DAY_MS, timeToPx, type TimeDomain } from '../time/time-scale';

/** An event label's width estimated from its length: what a layout without text metrics (the prerender) uses. */
export const estimateMarkLabel = (text: string): number => estimateLabelWidth(text, { charWidthPx: 7.8, paddingPx: 0 });

/** One event drawn on its own: a dot (point event) or a bar from x0 to x1 (ranged), in a lane. */
export interface EventMark {
  kind: 'event';
  item: IndexedEvent;
  /** Pixel position of the start (dot centre or bar start) and of the end (= x0 for a point). */
  x0: number;
  x1: number;
  lane: number;
  /** Where the label is drawn, or null when there is no room (shown on hover and focus instead). */
  label: { x: number; anchor: 'start' | 'end' } | null;
}

/** Several events too close to draw apart: one mark that says how many and zooms in on them. */
export interface ClusterMark {
  kind: 'cluster';
  key: string;
  x: number;
  lane: number;
  count: number;
  /** UTC ms covering the members, end exclusive. */
  start: number;
  end: number;
}

export interface TimelineLayout {
  marks: EventMark[];
  clusters: ClusterMark[];
  laneCount: number;
  /** Events at least partly inside the domain. */
  visibleCount: number;
}

export interface LayoutOptions {
  maxLanes: number;
  /** Above this many visible events, draw clusters instead of events. */
  denseLimit?: number;
  /** Width of one cluster bin, px. */
  binPx?: number;
  dotRadius?: number;
  labelGap?: number;
  /** Width of a label in px; by default estimated from its length. */
  labelWidth?: (text: string) => number;
}

/** Events sorted by start, with the longest duration among them: what `visibleSlice` needs. */
export interface TimeSortedEvents {
  events: readonly IndexedEvent[];
  maxDuration: number;
}

export function sortByStart(events: readonly IndexedEvent[]): TimeSortedEvents {
  // Events usually arrive in chronological order already (the dataset index sorts them, filters
  // keep the order): then checking is O(n) and no copy or sort is needed.
  let ordered = true;
  for (let i = 1; i < events.length && ordered; i++) ordered = (events[i - 1] as IndexedEvent).start <= (events[i] as IndexedEvent).start;
  const sorted = ordered ? events : [...events].sort((a, b) => a.start - b.start || a.end - b.end);
  let maxDuration = 0;
  for (const e of sorted) maxDuration = Math.max(maxDuration, e.end - e.start);
  return { events: sorted, maxDuration };
}

function firstStartAtLeast(events: readonly IndexedEvent[], t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid] as IndexedEvent).start < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events overlapping `domain` (start < domain end and end > domain start), in O(log n + k). */
export function visibleSlice({ events, maxDuration }: TimeSortedEvents, domain: TimeDomain): IndexedEvent[] {
  const from = firstStartAtLeast(events, domain[0] - maxDuration);
  const to = firstStartAtLeast(events, domain[1]);
  const out: IndexedEvent[] = [];
  for (let i = from; i < to; i++) {
    const e = events[i] as IndexedEvent;
    if (e.end > domain[0]) out.push(e);
  }
  return out;
}

function clusterByBin(events: readonly IndexedEvent[], domain: TimeDomain, width: number, binPx: number, lane: number): ClusterMark[] {
  // Typed arrays and inlined scale maths: this runs on every frame of a zoom over 100,000 events.
  const binCount = Math.floor(width / binPx) + 1;
  const counts = new Uint32Array(binCount);
  const starts = new Float64Array(binCount).fill(Infinity);
  const ends = new Float64Array(binCount).fill(-Infinity);
  const [d0, d1] = domain;
  const perMs = width / (d1 - d0);
  for (const e of events) {
    const x = Math.min(width, Math.max(0, (Math.max(e.start, d0) - d0) * perMs));
    const bin = Math.floor(x / binPx);
    counts[bin] = (counts[bin] as number) + 1;
    if (e.start < (starts[bin] as number)) starts[bin] = e.start;
    if (e.end > (ends[bin] as number)) ends[bin] = e.end;
  }
  const clusters: ClusterMark[] = [];
  for (let bin = 0; bin < binCount; bin++) {
    const count = counts[bin] as number;
    if (count === 0) continue;
    clusters.push({ kind: 'cluster', key: `${lane}:${bin}`, x: Math.min(width, (bin + 0.5) * binPx), lane, count, start: starts[bin] as number, end: ends[bin] as number });
  }
  return clusters;
}

/**
 * Places the visible events in lanes so that no two marks (labels included) overlap. Labels go to
 * the right of a mark, or to its left near the right edge; if they do not fit in `maxLanes`, marks
 * go unlabelled; events that still do not fit, or a view denser than `denseLimit`, become clusters.
 */
export function layoutTimeline(
  visible: readonly IndexedEvent[],
  domain: TimeDomain,
  width: Px,
  options: LayoutOptions,
): TimelineLayout {
  const { maxLanes, denseLimit = 300, binPx = 36, dotRadius = 6, labelGap = 6 } = options;
  const labelWidth = options.labelWidth ?? estimateMarkLabel;
  if (visible.length > denseLimit) {
    const clusters = clusterByBin(visible, domain, width, binPx, 0);
    return { marks: [], clusters, laneCount: 1, visibleCount: visible.length };
  }

  const place = (withLabels: boolean) => {
    const items = visible.map((item) => {
      const x0 = timeToPx(domain, width, item.start);
      const x1 = item.end - item.start > DAY_MS ? timeToPx(domain, width, item.end) : x0;
      const left = Math.min(x0, x1) - dotRadius;
      const right = Math.max(x0, x1) + dotRadius;
      let label: EventMark['label'] = null;
      let extent = { x0: left, x1: right };
      if (withLabels) {
        const w = labelWidth(item.event.title);
        const visibleRight = Math.min(right, width);
        const leftEdge = Math.max(left, 0) - labelGap;
        if (visibleRight + labelGap + w <= width) {
          label = { x: Math.max(visibleRight, dotRadius) + labelGap, anchor: 'start' };
          extent = { x0: left, x1: Math.max(visibleRight, dotRadius) + labelGap + w };
        } else if (leftEdge - w >= 0) {
          label = { x: leftEdge, anchor: 'end' };
          extent = { x0: leftEdge - w, x1: right };
        }
        // Fits on neither side: no label, shown on hover and focus instead.
      }
      return { item, x0, x1, label, extent };
    });
    const lanes = assignLanes(items.map((p) => ({ id: p.item.event.id, ...p.extent })), 10);
    return { items, lanes };
  };

  let placed = place(true);
  if (placed.lanes.laneCount > maxLanes) placed = place(false);

  const marks: EventMark[] = [];
  const overflow: IndexedEvent[] = [];
  for (const p of placed.items) {
    const lane = placed.lanes.lanes.get(p.item.event.id) ?? 0;
    if (lane >= maxLanes) overflow.push(p.item);
    else marks.push({ kind: 'event', item: p.item, x0: p.x0, x1: p.x1, lane, label: p.label });
  }
  const clusters = overflow.length ? clusterByBin(overflow, domain, width, binPx, maxLanes) : [];
  const laneCount = Math.min(placed.lanes.laneCount, maxLanes) + (clusters.length ? 1 : 0);
  return { marks, clusters, laneCount, visibleCount: visible.length };
}
