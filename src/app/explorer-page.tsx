import { useParams, useSearch } from '@tanstack/react-router';
import { EventList } from '../features/event-list/event-list';
import { EventReader } from '../features/event-reader/event-reader';
import { DatasetErrorScreen } from '../ui/dataset-error-screen';
import { LoadingScreen } from '../ui/loading-screen';
import { EventNotFound } from './event-not-found';
import { withDefaults } from './search-params';
import { useExplorerData } from './use-explorer-data';

export function ExplorerPage() {
  const eventId = useParams({ strict: false, select: (p) => p.eventId });
  const search = withDefaults(useSearch({ strict: false }));
  const query = useExplorerData();

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
        <div className="explorer-columns">
          <EventList events={visible} selectedId={selected?.event.id} />
          {selected ? (
            <EventReader index={index} selected={selected} visible={visible} highlightedPassage={search.quote} />
          ) : (
            <p className="reader-empty">Choose an event to read what each source said about it.</p>
          )}
        </div>
      )}
    </main>
  );
}
