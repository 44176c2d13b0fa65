import type { KeyboardEvent } from 'react';
import type { IndexedEvent } from '../../domain/model/indexed-event';
import { EventDate } from '../../entities/event/event-date';
import { EventLink } from '../../routing/links';
import { focusName, useFocusTarget } from '../../ui/focus-targets';
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
  const focusTarget = useFocusTarget<HTMLAnchorElement>(focusName.listEvent(event.id));
  return (
    <li {...(position ? { 'aria-posinset': position.index, 'aria-setsize': position.size } : {})}>
      <EventLink
        eventId={event.id}
        ref={focusTarget}
        className="event-list-link"
        aria-current={selected ? 'page' : undefined}
        data-list-event-id={event.id}
        onKeyDown={onKeyDown}
      >
        <span className="event-list-date">
          <EventDate event={event} />
        </span>
        <span className="event-list-title">
          <HighlightedText text={event.title} terms={terms} />
        </span>
        {event.place && <span className="event-list-place">{event.place}</span>}
      </EventLink>
    </li>
  );
}
