import type { TimelineEvent } from './dataset';
import type { UtcMs } from './units';

/** An event with its interval on the time axis (end exclusive), and its place in chronological order. */
export interface IndexedEvent {
  event: TimelineEvent;
  start: UtcMs;
  end: UtcMs;
  /** Position in the dataset's chronological order (by start, then end, then title). */
  order: number;
}
