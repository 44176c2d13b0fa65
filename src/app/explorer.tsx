import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { formatEventDate } from '../domain/dates';
import type { DatasetIndex } from '../domain/dataset-index';
import { EventList } from '../features/event-list/event-list';
import { EventReader } from '../features/event-reader/event-reader';
import { SourceReader } from '../features/source-reader/source-reader';
import { Timeline } from '../features/timeline/timeline';
import { EventLink } from '../ui/event-link';
import { EventNotFound } from './event-not-found';
import { withDefaults } from './search-params';
import { useExplorerKeys } from './use-explorer-keys';

/** The main screen: timeline, event list and reader, all driven by the URL. */
export function Explorer({ index }: { index: DatasetIndex }) {
  const eventId = useParams({ strict: false, select: (p) => p.eventId });
  const search = withDefaults(useSearch({ strict: false }));
  const navigate = useNavigate();
  const selected = eventId ? index.eventById.get(eventId) : undefined;
  const visible = index.events;
  // Which passage is open in the source reader: a passing view over the page, not shareable state.
  const [reading, setReading] = useState<{ sourceId: string; passageId: string } | null>(null);

  const onRangeChange = useCallback(
    (range: { from: string; to: string } | null) =>
      void navigate({ to: '.', search: (prev) => ({ ...prev, from: range?.from, to: range?.to }), replace: true }),
    [navigate],
  );
  const open = (id: string) => void navigate({ to: '/events/$eventId', params: { eventId: id }, search: (prev) => ({ ...prev, quote: undefined }) });
  const at = selected ? visible.indexOf(selected) : -1;

  useExplorerKeys({
    onPrevious: () => {
      const target = at > 0 ? visible[at - 1] : at < 0 ? visible.at(-1) : undefined;
      if (target) open(target.event.id);
    },
    onNext: () => {
      const target = visible[at + 1];
      if (target) open(target.event.id);
    },
    onClose: () => {
      if (!selected) return;
      const id = selected.event.id;
      void navigate({ to: '/', search: (prev) => ({ ...prev, quote: undefined }) }).then(() => {
        // Focus is never lost: it goes to the event just closed, on the timeline or in the list.
        document.querySelector<HTMLElement | SVGElement>(`[data-event-id="${CSS.escape(id)}"], .event-list a[href$="/${CSS.escape(id)}"]`)?.focus();
      });
    },
  });

  return (
    <main id="main" className="page" tabIndex={-1}>
      <div className="page-intro">
        <h1>{index.dataset.title}</h1>
        <p className="lede">{index.dataset.description}</p>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {selected ? `Opened ${selected.event.title}, ${formatEventDate(selected.event)}.` : ''}
      </p>
      {eventId && !selected ? (
        <EventNotFound eventId={eventId} index={index} />
      ) : (
        <>
          <Timeline
            events={visible}
            extent={index.extent}
            selected={selected}
            range={search.from && search.to ? { from: search.from, to: search.to } : null}
            onRangeChange={onRangeChange}
          />
          <div className="explorer-columns">
            <EventList events={visible} selectedId={selected?.event.id} />
            {selected ? (
              <EventReader
                index={index}
                selected={selected}
                visible={visible}
                highlightedPassage={search.quote}
                onReadInContext={(passage) => setReading({ sourceId: passage.source, passageId: passage.id })}
              />
            ) : (
              <p className="reader-empty">Choose an event to read what each source said about it.</p>
            )}
          </div>
        </>
      )}
      {reading && (
        <SourceReader
          index={index}
          sourceId={reading.sourceId}
          passageId={reading.passageId}
          onClose={() => setReading(null)}
          renderEventLink={(id, children) => (
            <EventLink eventId={id} onClick={() => setReading(null)}>
              {children}
            </EventLink>
          )}
        />
      )}
    </main>
  );
}
