import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useParams, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { EventDetail, EventSelection, EventStore } from '../../data/store/event-store';
import { eventQuery, selectionQuery } from '../../data/store/queries';
import { neighbours, type Neighbours } from '../../domain/explore/navigation';
import { filterFromSearch, type ExplorerSearch } from '../../routing/explorer-search';
import { datasetStoreQuery } from '../shell/dataset-store-query';

const explorer = getRouteApi('/explorer');

export interface ExplorerState {
  store: EventStore;
  search: ExplorerSearch & { data?: string | undefined; quote?: string | undefined };
  /** The events the filters let through, chronological. */
  selection: EventSelection;
  /** The event the address names, if any; its detail once known (null for an id the dataset lacks). */
  eventId: string | undefined;
  detail: EventDetail | null | undefined;
  /** Previous and next around the open event, among the visible ones: the one rule for every control. */
  neighbours: Neighbours;
}

/**
 * What the explorer shows, from one place: the dataset's store, the filtered events, the open event
 * and its neighbours. The route loaders have put every query in the cache before this renders.
 */
export function useExplorerState(): ExplorerState {
  const explorerSearch = explorer.useSearch();
  // An event page's own search (the quote) is validated by its route, below the explorer's.
  const quote = useSearch({ strict: false, select: (s) => s.quote });
  const search = useMemo(() => ({ ...explorerSearch, quote }), [explorerSearch, quote]);
  const context = explorer.useRouteContext();
  const eventId = useParams({ strict: false, select: (p) => p.eventId });
  const { data: store } = useSuspenseQuery(datasetStoreQuery(context, search.data));
  const filter = useMemo(() => filterFromSearch(search), [search]);
  const { data: selection } = useSuspenseQuery(selectionQuery(store, filter));
  const { data: detail } = useQuery({ ...eventQuery(store, eventId ?? ''), enabled: eventId !== undefined });
  const around = useMemo(() => neighbours(selection.events, detail?.item), [selection.events, detail]);
  return { store, search, selection, eventId, detail: eventId === undefined ? undefined : detail, neighbours: around };
}
