import type { IndexedEvent } from '../../domain/dataset-index';
import { formatCount } from '../../domain/collate';
import { EventListItem } from './event-list-item';
import { WindowedList } from './windowed-list';

interface Props {
  events: readonly IndexedEvent[];
  selectedId: string | undefined;
  /** Searched words to mark in the titles. */
  terms: readonly string[];
}

/** Up to this many events are listed in full (and prerendered); longer lists are windowed. */
export const FULL_LIST_LIMIT = 150;

/** The events top to bottom in chronological order: for reading, screen readers and small screens. */
export function EventList({ events, selectedId, terms }: Props) {
  const windowed = events.length > FULL_LIST_LIMIT;
  return (
    <nav className={windowed ? 'event-list is-windowed' : 'event-list'} aria-labelledby="event-list-title">
      <h2 id="event-list-title" className="section-title">
        Events <span className="count">({formatCount(events.length)})</span>
      </h2>
      {windowed ? (
        <WindowedList events={events} selectedId={selectedId} terms={terms} />
      ) : (
        <ol>
          {events.map((item) => (
            <EventListItem key={item.event.id} item={item} selected={item.event.id === selectedId} terms={terms} />
          ))}
        </ol>
      )}
    </nav>
  );
}
