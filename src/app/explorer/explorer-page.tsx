import { useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect } from 'react';
import { actorGroupsQuery } from '../../data/store/queries';
import { ActorFilter } from '../../features/actor-filter/actor-filter';
import { EventList } from '../../features/event-list/event-list';
import { EventReader } from '../../features/event-reader/event-reader';
import { SearchBox } from '../../features/search/search-box';
import { Timeline } from '../../features/timeline/timeline';
import { useI18n } from '../../i18n/i18n-context';
import type { ExplorerSearch } from '../../routing/explorer-search';
import { focusName, useFocusRequest } from '../../ui/focus-targets';
import { PartBoundary } from '../../ui/part-boundary';
import { EventNotFound } from './event-not-found';
import { LinkNotice } from './link-notice';
import { SourceReading, useSourceReading } from './source-reading';
import { useDocumentHead } from './use-document-head';
import { useExplorerKeys } from './use-explorer-keys';
import { useExplorerState } from './use-explorer-state';

const SEARCH_PREPARE_DELAY_MS = 1500;

type SearchChange = (prev: ExplorerSearch & Record<string, unknown>) => ExplorerSearch & Record<string, unknown>;

/** The main screen: filters, timeline, event list and reader, all driven by the URL. */
export function ExplorerPage() {
  const { t, dates } = useI18n();
  const state = useExplorerState();
  const { store, search, selection, eventId, detail, neighbours } = state;
  const navigate = useNavigate();
  const focus = useFocusRequest();
  const { data: groups } = useSuspenseQuery(actorGroupsQuery(store));
  const reading = useSourceReading();
  const selected = detail?.item;
  // The search index is built in the background once the page is up, off the critical path: the
  // bundled story waits until its page has settled; a large dataset starts at once, since a reader
  // who searches it would otherwise wait for the whole build.
  useEffect(() => {
    const delay = store.info.eventCount > 1000 ? 0 : SEARCH_PREPARE_DELAY_MS;
    const timer = setTimeout(() => store.prepareSearch(), delay);
    return () => clearTimeout(timer);
  }, [store]);
  const visible = selection.events;

  const setSearch = useCallback(
    (change: SearchChange, replace = true) => void navigate({ to: '.', search: change as never, replace }),
    [navigate],
  );
  const onRangeChange = useCallback(
    (range: { from: string; to: string } | null) => setSearch((prev) => ({ ...prev, from: range?.from, to: range?.to })),
    [setSearch],
  );
  const setActors = (actors: string[]) => setSearch((prev) => ({ ...prev, actors: actors.length ? actors : undefined }), false);
  const open = (id: string) => void navigate({ to: '/events/$eventId', params: { eventId: id }, search: (prev) => ({ ...prev, quote: undefined }) });

  // A quote link names a passage of this event, or nothing is highlighted (and the notice says why).
  const quoteKnown =
    !search.quote ||
    (detail != null && (detail.quotes.some((q) => q.quote.id === search.quote) || detail.excerptsBySource.some((g) => g.excerpts.some((x) => x.id === search.quote))));

  useExplorerKeys({
    onPrevious: () => neighbours.previous && open(neighbours.previous.event.id),
    onNext: () => neighbours.next && open(neighbours.next.event.id),
    onClose: () => {
      if (!selected) return;
      const id = selected.event.id;
      void navigate({ to: '/', search: (prev) => ({ ...prev, quote: undefined }) }).then(() => {
        // Focus is never lost: it goes to the event just closed, on the timeline or in the list.
        focus([focusName.timelineEvent(id), focusName.listEvent(id)]);
      });
    },
  });
  useDocumentHead(store, eventId, detail);

  return (
    <main className="page" tabIndex={-1}>
      <div className="page-intro">
        <h1>{store.info.title}</h1>
        <p className="lede">{store.info.description}</p>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {selected ? t('explorer.opened', { title: selected.event.title, date: dates.eventDate(selected.event) }) : ''}
      </p>
      <LinkNotice selection={selection} quote={search.quote} quoteKnown={quoteKnown} />
      {eventId !== undefined && detail === null ? (
        <EventNotFound eventId={eventId} store={store} />
      ) : (
        <>
          <div className="filters">
            <SearchBox value={search.q ?? ''} onChange={(q) => setSearch((prev) => ({ ...prev, q: q || undefined }))} resultCount={selection.search ? selection.search.count : null} />
            <ActorFilter
              groups={groups}
              selected={selection.actors}
              match={search.match ?? 'any'}
              onToggle={(id, checked) => setActors(checked ? [...selection.actors, id] : selection.actors.filter((a) => a !== id))}
              onMatchChange={(match) => setSearch((prev) => ({ ...prev, match: match === 'all' ? 'all' : undefined }), false)}
              onClear={() => setActors([])}
              shownCount={visible.length}
              totalCount={store.info.eventCount}
              defaultOpen={false}
            />
          </div>
          <PartBoundary name="timeline" resetKeys={[visible, search.from, search.to]}>
            <Timeline
              events={visible}
              extent={store.info.extent}
              selected={selected}
              range={search.from && search.to ? { from: search.from, to: search.to } : null}
              onRangeChange={onRangeChange}
            />
          </PartBoundary>
          <div className="explorer-columns">
            <EventList events={visible} selectedId={selected?.event.id} terms={selection.search?.terms ?? []} />
            {detail ? (
              <div className="reader-column">
                {neighbours.position < 0 && (
                  <p className="filtered-out" role="status">
                    {t('explorer.filtered-out', { count: visible.length })}
                  </p>
                )}
                <PartBoundary name="reader" resetKeys={[detail.item.event.id]}>
                  <EventReader
                    detail={detail}
                    neighbours={neighbours}
                    highlightedPassage={quoteKnown ? search.quote : undefined}
                    terms={selection.search?.terms ?? []}
                    selectedActors={selection.actors}
                    onActorClick={(id) => setActors(selection.actors.includes(id) ? selection.actors : [...selection.actors, id])}
                    onReadInContext={(passage) => reading.open(passage.source, passage.id)}
                  />
                </PartBoundary>
              </div>
            ) : (
              <p className="reader-empty">{t('explorer.choose-event')}</p>
            )}
          </div>
        </>
      )}
      <SourceReading store={store} reading={reading} />
    </main>
  );
}
