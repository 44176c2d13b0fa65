import { EventLink } from '../../ui/event-link';
import { HighlightedText } from '../../ui/highlighted-text';
import { formatEventDate } from '../../domain/dates';
import type { IndexedEvent } from '../../domain/dataset-index';

interface Props {
  events: readonly IndexedEvent[];
  selectedId: string | undefined;
  /** Searched words to mark in the titles. */
  terms: readonly string[];
}

/** The events top to bottom in chronological order: for reading, screen readers and small screens. */
export function EventList({ events, selectedId, terms }: Props) {
  return (
    <nav className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title" className="section-title">
        Events <span className="count">({events.length})</span>
      </h2>
      <ol>
        {events.map(({ event }) => {
          const date = formatEventDate(event);
          return (
            <li key={event.id}>
              <EventLink eventId={event.id}
                className="event-list-link"
                aria-current={event.id === selectedId ? 'page' : undefined}
              >
                <span className="event-list-date">{date}</span>
                <span className="event-list-title">
                  <HighlightedText text={event.title} terms={terms} />
                </span>
                {event.place && <span className="event-list-place">{event.place}</span>}
              </EventLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
