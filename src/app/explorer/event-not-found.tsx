import { useQuery } from '@tanstack/react-query';
import type { EventStore } from '../../data/store/event-store';
import { nearestEventsQuery } from '../../data/store/queries';
import { EventDate } from '../../entities/event/event-date';
import { useI18n } from '../../i18n/i18n-context';
import { EventLink, TimelineLink } from '../../routing/links';

/** An event link whose id is not in the dataset: say so, suggest the nearest events, offer a way back. */
export function EventNotFound({ eventId, store }: { eventId: string; store: EventStore }) {
  const { t } = useI18n();
  const { data: suggestions = [] } = useQuery(nearestEventsQuery(store, eventId));
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h2 id="not-found-title">{t('not-found.event-title', { id: eventId.length > 80 ? `${eventId.slice(0, 80)}…` : eventId })}</h2>
      <p>{t('not-found.event-text')}</p>
      {suggestions.length > 0 && (
        <>
          <h3>{t('not-found.did-you-mean')}</h3>
          <ul>
            {suggestions.map(({ event }) => (
              <li key={event.id}>
                <EventLink eventId={event.id}>{event.title}</EventLink>{' '}
                <span className="muted">
                  (<EventDate event={event} />)
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <TimelineLink>{t('not-found.back')}</TimelineLink>
      </p>
    </section>
  );
}
