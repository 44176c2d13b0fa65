import { useMemo } from 'react';
import { EventLink, TimelineLink } from '../ui/event-link';
import { formatEventDate } from '../domain/dates';
import type { DatasetIndex } from '../domain/dataset-index';
import { nearest } from '../domain/nearest';

/** An event link whose id is not in the dataset: say so, suggest the nearest events, offer a way back. */
export function EventNotFound({ eventId, index }: { eventId: string; index: DatasetIndex }) {
  // An edit distance to every event: once per id and dataset, not on every render of the page.
  const suggestions = useMemo(() => nearest(eventId, index.events, (e) => `${e.event.id} ${e.event.title}`), [eventId, index]);
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h2 id="not-found-title">No event called “{eventId.length > 80 ? `${eventId.slice(0, 80)}…` : eventId}”</h2>
      <p>This link names an event that is not in this timeline. It may have been mistyped or cut short.</p>
      {suggestions.length > 0 && (
        <>
          <h3>Did you mean</h3>
          <ul>
            {suggestions.map(({ event }) => (
              <li key={event.id}>
                <EventLink eventId={event.id}>
                  {event.title}
                </EventLink>{' '}
                <span className="muted">({formatEventDate(event)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <TimelineLink>← Back to the whole timeline</TimelineLink>
      </p>
    </section>
  );
}
