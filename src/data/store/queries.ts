import { queryOptions } from '@tanstack/react-query';
import { DatasetError } from '../load/dataset-error';
import { fetchDataset } from '../load/fetch-dataset';
import type { EventFilter, EventStore } from './event-store';
import { MemoryEventStore } from './memory-store';

/**
 * One query-options factory per thing a screen reads, the key naming every input (the TanStack
 * Query way, as bulletproof-react's `features/*\/api`). Route loaders `ensureQueryData` them before a
 * page renders (on the server too), components read them with the same options.
 */

/**
 * A dataset path as the URL gives it ("data/x.json" or "/data/x.json"), resolved against the site's
 * base path (so links work under a sub-path) and the page's origin.
 */
export function datasetUrl(path: string, basePath: string, origin: string): string {
  return new URL(basePath.replace(/\/?$/, '/') + path.replace(/^\//, ''), origin).href;
}

/**
 * The store over the dataset at `path` (relative to the site's base), fetched, checked and indexed
 * once. The key holds the path, not the absolute URL, so the prerender and the browser agree.
 * `verifiedDigest`: the SHA-256 the build checked this file at (a prerendered page says it), so an
 * identical file is not checked again.
 */
export function storeQuery(path: string, basePath: string, verifiedDigest?: string) {
  return queryOptions({
    queryKey: ['dataset', basePath, path, verifiedDigest ?? null] as const,
    queryFn: async ({ signal }): Promise<EventStore> => {
      const { dataset, digest } = await fetchDataset(datasetUrl(path, basePath, window.location.origin), { signal, verifiedDigest });
      return new MemoryEventStore(dataset, `${basePath}${path}`, digest);
    },
    staleTime: Infinity,
    gcTime: Infinity,
    // A store is replaced whole, never merged: nothing to compare.
    structuralSharing: false,
    retry: (failureCount, error) => (error instanceof DatasetError ? error.retryable : true) && failureCount < 2,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
  });
}

const common = { staleTime: Infinity, structuralSharing: false } as const;

/** The events passing the URL's filters. */
export function selectionQuery(store: EventStore, filter: EventFilter) {
  return queryOptions({
    ...common,
    queryKey: ['store', store.key, 'selection', filter] as const,
    queryFn: () => store.select(filter),
  });
}

/** Everything the reader shows of one event. */
export function eventQuery(store: EventStore, id: string) {
  return queryOptions({ ...common, queryKey: ['store', store.key, 'event', id] as const, queryFn: () => store.event(id) });
}

/** An article and the passages anchored in it. */
export function sourceQuery(store: EventStore, id: string) {
  return queryOptions({ ...common, queryKey: ['store', store.key, 'source', id] as const, queryFn: () => store.source(id) });
}

/** Actors by kind with their event counts, most events first. */
export function actorGroupsQuery(store: EventStore) {
  return queryOptions({ ...common, queryKey: ['store', store.key, 'actor-groups'] as const, queryFn: () => store.actorGroups() });
}

/** The events nearest to an unknown id, for a not-found page. */
export function nearestEventsQuery(store: EventStore, id: string, limit = 3) {
  return queryOptions({
    ...common,
    queryKey: ['store', store.key, 'nearest', id, limit] as const,
    queryFn: () => store.nearestEvents(id, limit),
  });
}
