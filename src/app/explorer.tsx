import { useLocation, useNavigate, useParams, useRouter, useSearch } from '@tanstack/react-router';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { formatEventDate } from '../domain/dates';
import type { DatasetIndex } from '../domain/dataset-index';
import { actorsByKind } from '../domain/filter';
import { ActorFilter } from '../features/actor-filter/actor-filter';
import { EventList } from '../features/event-list/event-list';
import { EventReader } from '../features/event-reader/event-reader';
import { SearchBox } from '../features/search/search-box';
import { Timeline } from '../features/timeline/timeline';
import { EventLink } from '../ui/event-link';
import { PartBoundary } from '../ui/part-boundary';
import { setCanonicalPath } from './document-head';
import { EventNotFound } from './event-not-found';
import { LinkNotice } from './link-notice';
import { decodeSearch, parseSearch, withDefaults, type ExplorerSearchParams } from './search-params';
import { useExplorerKeys } from './use-explorer-keys';
import { useFilteredEvents } from './use-filtered-events';

// Opened only on "Read in context": its code loads then, not with the page.
const SourceReader = lazy(() => import('../features/source-reader/source-reader').then((m) => ({ default: m.SourceReader })));

/** The main screen: filters, timeline, event list and reader, all driven by the URL. */
export function Explorer({ index }: { index: DatasetIndex }) {
  const eventId = useParams({ strict: false, select: (p) => p.eventId });
  const search = withDefaults(useSearch({ strict: false }));
  // The router's own location holds the query re-written from validated values; what could not be
  // used is only visible in the address as typed, which the history keeps.
  const router = useRouter();
  useLocation({ select: (l) => l.href });
  const rawQuery = router.history.location.search;
  const navigate = useNavigate();
  const selected = eventId ? index.eventById.get(eventId) : undefined;
  const filtered = useFilteredEvents(index, search);
  const { visible } = filtered;
  const groups = useMemo(() => actorsByKind(index), [index]);
  // Which passage is open in the source reader: a passing view over the page, not shareable state.
  const [reading, setReading] = useState<{ sourceId: string; passageId: string } | null>(null);

  const setSearch = useCallback(
    (change: (prev: ExplorerSearchParams) => ExplorerSearchParams, replace = true) =>
      void navigate({ to: '.', search: change, replace }),
    [navigate],
  );
  const onRangeChange = useCallback(
    (range: { from: string; to: string } | null) => setSearch((prev) => ({ ...prev, from: range?.from, to: range?.to })),
    [setSearch],
  );
  const setActors = (actors: string[]) => setSearch((prev) => ({ ...prev, actors: actors.length ? actors : undefined }), false);

  const quoteKnown = !search.quote || (selected && (index.passageById.get(search.quote)?.events.includes(selected.event.id) ?? false));
  const problems = [
    ...decodeSearch(parseSearch(rawQuery)).problems,
    ...(filtered.unknownActors.length
      ? [`This timeline has no actor ${filtered.unknownActors.map((a) => `“${a}”`).join(', ')}, so the filter ignores ${filtered.unknownActors.length === 1 ? 'it' : 'them'}.`]
      : []),
    ...(quoteKnown ? [] : [`The quote “${search.quote}” in the link is not part of this event, so nothing is highlighted.`]),
  ];

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
        document.querySelector<HTMLElement | SVGElement>(`[data-event-id="${CSS.escape(id)}"], [data-list-event-id="${CSS.escape(id)}"]`)?.focus();
      });
    },
  });

  // The tab, the history entry and a share sheet say what is open, as the prerendered page's own
  // <title> and canonical link did.
  const pageTitle = selected ? `${selected.event.title}, ${formatEventDate(selected.event)} — Sourceline` : `${index.dataset.title} — Sourceline`;
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);
  // An unknown event's page is a not-found page: it has no canonical address to give.
  const canonicalPath = eventId && !selected ? null : `${import.meta.env.BASE_URL}${selected ? `events/${selected.event.id}` : ''}`;
  useEffect(() => {
    setCanonicalPath(canonicalPath);
  }, [canonicalPath]);

  const terms = filtered.search?.terms ?? [];
  return (
    <main id="main" className="page" tabIndex={-1}>
      <div className="page-intro">
        <h1>{index.dataset.title}</h1>
        <p className="lede">{index.dataset.description}</p>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {selected ? `Opened ${selected.event.title}, ${formatEventDate(selected.event)}.` : ''}
      </p>
      <LinkNotice
        problems={problems}
        tidy={(prev) => ({ ...prev, actors: filtered.actors.length ? filtered.actors : undefined, quote: quoteKnown ? prev.quote : undefined })}
      />
      {eventId && !selected ? (
        <EventNotFound eventId={eventId} index={index} />
      ) : (
        <>
          <div className="filters">
            <SearchBox value={search.q} onChange={(q) => setSearch((prev) => ({ ...prev, q: q || undefined }))} resultCount={filtered.search ? filtered.search.eventIds.size : null} />
            <ActorFilter
              groups={groups}
              selected={filtered.actors}
              match={search.match}
              onToggle={(id, checked) => setActors(checked ? [...filtered.actors, id] : filtered.actors.filter((a) => a !== id))}
              onMatchChange={(match) => setSearch((prev) => ({ ...prev, match: match === 'all' ? 'all' : undefined }), false)}
              onClear={() => setActors([])}
              shownCount={visible.length}
              totalCount={index.events.length}
              defaultOpen={false}
            />
          </div>
          <PartBoundary name="timeline" resetKeys={[visible, search.from, search.to]}>
            <Timeline
              events={visible}
              extent={index.extent}
              selected={selected}
              range={search.from && search.to ? { from: search.from, to: search.to } : null}
              onRangeChange={onRangeChange}
            />
          </PartBoundary>
          <div className="explorer-columns">
            <EventList events={visible} selectedId={selected?.event.id} terms={terms} />
            {selected ? (
              <div className="reader-column">
                {at < 0 && (
                  <p className="filtered-out" role="status">
                    This event is hidden by the current filters: it is not among the {visible.length} events shown on the timeline.
                  </p>
                )}
                <PartBoundary name="event reader" resetKeys={[selected.event.id]}>
                <EventReader
                  index={index}
                  selected={selected}
                  visible={visible}
                  highlightedPassage={quoteKnown ? search.quote : undefined}
                  terms={terms}
                  selectedActors={filtered.actors}
                  onActorClick={(id) => setActors(filtered.actors.includes(id) ? filtered.actors : [...filtered.actors, id])}
                  onReadInContext={(passage) => setReading({ sourceId: passage.source, passageId: passage.id })}
                />
                </PartBoundary>
              </div>
            ) : (
              <p className="reader-empty">Choose an event to read what each source said about it.</p>
            )}
          </div>
        </>
      )}
      {reading && (
        <PartBoundary name="source reader">
        <Suspense fallback={null}>
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
        </Suspense>
        </PartBoundary>
      )}
    </main>
  );
}
