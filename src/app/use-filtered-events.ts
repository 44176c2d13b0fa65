import { useEffect, useMemo, useState } from 'react';
import type { DatasetIndex, IndexedEvent } from '../domain/dataset-index';
import { filterEvents, knownActorIds } from '../domain/filter';
import type * as SearchCode from '../domain/search';
import type { EventSearch, SearchResult } from '../domain/search';
import type { ExplorerSearch } from './search-params';

type SearchModule = typeof SearchCode;
let loaded: SearchModule | undefined;
let loading: Promise<SearchModule> | undefined;

/**
 * Loads the full-text search code once. It is not in the first bundle: main.tsx loads it before
 * the first render when the link has a query, and the explorer as soon as it has mounted.
 */
export function loadSearch(): Promise<SearchModule> {
  loading ??= import('../domain/search').then((module) => (loaded = module));
  return loading;
}

const SEARCH_LOAD_DELAY_MS = 1500;

// One search index per dataset. It is built in the background, in slices, as soon as the dataset
// and the search code are there; a query that arrives before it is done builds it at once.
const searchIndexes = new WeakMap<DatasetIndex, EventSearch>();
const building = new WeakSet<DatasetIndex>();

function searchIndexFor(module: SearchModule, index: DatasetIndex): EventSearch {
  let search = searchIndexes.get(index);
  if (!search) {
    search = module.createSearchIndex(index);
    searchIndexes.set(index, search);
  }
  return search;
}

function buildInBackground(module: SearchModule, index: DatasetIndex): void {
  if (searchIndexes.has(index) || building.has(index)) return;
  building.add(index);
  void module.createSearchIndexInSlices(index).then((search) => {
    if (!searchIndexes.has(index)) searchIndexes.set(index, search);
  });
}

export interface FilteredEvents {
  /** Events passing the actor filter and the search, chronological. */
  visible: IndexedEvent[];
  /** The actor ids from the URL that this dataset has. */
  actors: string[];
  /** The ones it does not have (a stale or mistyped link). */
  unknownActors: string[];
  search: SearchResult | null;
}

/** Applies the URL's filters to the dataset. */
export function useFilteredEvents(index: DatasetIndex, state: ExplorerSearch): FilteredEvents {
  const [searchModule, setSearchModule] = useState(loaded);
  const wantsSearch = state.q.trim() !== '';
  useEffect(() => {
    if (searchModule) {
      buildInBackground(searchModule, index);
      return;
    }
    if (wantsSearch) {
      void loadSearch().then(setSearchModule);
      return;
    }
    // Nobody is searching yet: fetch the code once the page has settled, off the critical path.
    const timer = setTimeout(() => void loadSearch().then(setSearchModule), SEARCH_LOAD_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchModule, index, wantsSearch]);

  const actorKey = state.actors.join(',');
  const { actors, unknownActors } = useMemo(() => {
    const ids = actorKey ? actorKey.split(',') : [];
    const known = knownActorIds(index, ids);
    return { actors: known, unknownActors: ids.filter((id) => !known.includes(id)) };
  }, [index, actorKey]);
  const search = useMemo(
    () => (state.q.trim() && searchModule ? searchIndexFor(searchModule, index).search(state.q) : null),
    [index, state.q, searchModule],
  );
  const visible = useMemo(
    () => filterEvents(index, { actors, match: state.match, matchingIds: search?.eventIds ?? null }),
    [index, actors, state.match, search],
  );
  return { visible, actors, unknownActors, search };
}
