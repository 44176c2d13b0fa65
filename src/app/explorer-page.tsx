import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import { EventList } from '../features/event-list/event-list';
import { EventReader } from '../features/event-reader/event-reader';
import { Timeline } from '../features/timeline/timeline';
import { DatasetErrorScreen } from '../ui/dataset-error-screen';
import { LoadingScreen } from '../ui/loading-screen';
import { EventNotFound } from './event-not-found';
import { withDefaults } from './search-params';
import { useExplorerData } from './use-explorer-data';

export function ExplorerPage() {
  const eventId = useParams({ strict: false, select: (p) => p.eventId });
  const search = withDefaults(useSearch({ strict: false }));
  const query = useExplorerData();
  const navigate = useNavigate();
  const onRangeChange = useCallback(
    (range: { from: string; to: string } | null) =>
      void navigate({ to: '.', search: (prev) => ({ ...prev, from: range?.from, to: range?.to }), replace: true }),
    [navigate],
  );

  if (query.isPending) {
    return (
      <main id="main" className="page" tabIndex={-1}>
        <h1>Sourceline</h1>
        <LoadingScreen />
      </main>
    );
  }
  if (query.isError) {
    return (
      <main id="main" className="page" tabIndex={-1}>
        <h1>Sourceline</h1>
        <DatasetErrorScreen error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      </main>
    );
  }

  const index = query.data;
  const selected = eventId ? index.eventById.get(eventId) : undefined;
  const visible = index.events;

  return (
    <main id="main" className="page" tabIndex={-1}>
      <div className="page-intro">
        <h1>{index.dataset.title}</h1>
        <p className="lede">{index.dataset.description}</p>
      </div>
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
            <EventReader index={index} selected={selected} visible={visible} highlightedPassage={search.quote} />
          ) : (
            <p className="reader-empty">Choose an event to read what each source said about it.</p>
          )}
        </div>
        </>
      )}
    </main>
  );
}
