import type { IndexedEvent } from '../model/indexed-event';

export interface Neighbours {
  previous: IndexedEvent | undefined;
  next: IndexedEvent | undefined;
  /** Where the event sits among the visible ones (0-based), or -1 when the filters hide it. */
  position: number;
}

function firstOrderAtLeast(visible: readonly IndexedEvent[], order: number): number {
  let lo = 0;
  let hi = visible.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((visible[mid] as IndexedEvent).order < order) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The visible events just before and after `current` in chronological order: what previous / next
 * mean everywhere (keys, the reader's links, a swipe). An event the filters hide still has
 * neighbours: the nearest visible events on either side of it in time. With no current event,
 * "next" is the first visible event and "previous" the last. `visible` is chronological; O(log n).
 */
export function neighbours(visible: readonly IndexedEvent[], current: IndexedEvent | undefined): Neighbours {
  if (!current) return { previous: visible.at(-1), next: visible[0], position: -1 };
  const at = firstOrderAtLeast(visible, current.order);
  const shown = visible[at]?.order === current.order;
  return {
    previous: at > 0 ? visible[at - 1] : undefined,
    next: visible[shown ? at + 1 : at],
    position: shown ? at : -1,
  };
}
