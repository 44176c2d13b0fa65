import type { IndexedEvent } from '../../domain/model/indexed-event';
import { useI18n } from '../../i18n/i18n-context';
import { EventListItem } from './event-list-item';
import { WindowedList } from './windowed-list';
import './event-list.css';

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
  const { t, count } = useI18n();
  const windowed = events.length > FULL_LIST_LIMIT;
  return (
    <nav className={windowed ? 'event-list is-windowed' : 'event-list'} aria-labelledby="event-list-title">
      <h2 id="event-list-title" className="section-title">
        {t('list.title')} <span className="count">({count(events.length)})</span>
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
