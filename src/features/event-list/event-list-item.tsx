import type { KeyboardEvent } from 'react';
import { formatEventDate } from '../../domain/dates';
import type { IndexedEvent } from '../../domain/dataset-index';
import { EventLink } from '../../ui/event-link';
import { HighlightedText } from '../../ui/highlighted-text';

interface Props {
  item: IndexedEvent;
  selected: boolean;
  terms: readonly string[];
  /** For a windowed list: the item's position (1-based) and the list's length. */
  position?: { index: number; size: number };
  onKeyDown?: (event: KeyboardEvent<HTMLAnchorElement>) => void;
}

export function EventListItem({ item: { event }, selected, terms, position, onKeyDown }: Props) {
  return (
    <li {...(position ? { 'aria-posinset': position.index, 'aria-setsize': position.size } : {})}>
      <EventLink
        eventId={event.id}
        className="event-list-link"
        aria-current={selected ? 'page' : undefined}
        data-list-event-id={event.id}
        onKeyDown={onKeyDown}
      >
        <span className="event-list-date">{formatEventDate(event)}</span>
        <span className="event-list-title">
          <HighlightedText text={event.title} terms={terms} />
        </span>
        {event.place && <span className="event-list-place">{event.place}</span>}
      </EventLink>
    </li>
  );
}
