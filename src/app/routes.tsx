import { createRootRouteWithContext, createRoute, retainSearchParams } from '@tanstack/react-router';
import { actorGroupsQuery, eventQuery, nearestEventsQuery, selectionQuery } from '../data/store/queries';
import { decodeDatasetSearch } from '../routing/dataset-search';
import { datasetStoreQuery, type RouterContext } from './shell/dataset-store-query';
import { decodeEventSearch } from '../routing/event-search';
import { decodeExplorerSearch, filterFromSearch } from '../routing/explorer-search';
import { ExplorerError } from './explorer/explorer-error';
import { ExplorerLoading } from './explorer/explorer-loading';
import { ExplorerPage } from './explorer/explorer-page';
import { NotFoundPage } from './not-found-page';
import { PageError } from './page-error';
import { RootLayout } from './root-layout';

/**
 * Every route validates the part of the query string it owns (`validateSearch`, from the decoders
 * in src/routing) and loads what it shows before it renders (`loader`), on the server as in the
 * browser; components then read the same queries from the cache. Search middlewares carry the
 * dataset and the explorer's filters across every link. A route's schema is applied over its
 * children's, so each key belongs to exactly one route.
 */
export const rootRoute = createRootRouteWithContext<RouterContext>()({
  validateSearch: (raw: Record<string, unknown>) => decodeDatasetSearch(raw).search,
  search: { middlewares: [retainSearchParams(['data'])] },
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: PageError,
});

/** The explorer: the timeline, the list and the filters, over one dataset. Its pages are its children. */
export const explorerRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'explorer',
  validateSearch: (raw: Record<string, unknown>) => decodeExplorerSearch(raw).search,
  search: { middlewares: [retainSearchParams(['actors', 'match', 'q', 'from', 'to'])] },
  loaderDeps: ({ search }) => ({ data: search.data, actors: search.actors, match: search.match, q: search.q }),
  loader: async ({ context, deps }) => {
    const { queryClient } = context;
    const store = await queryClient.ensureQueryData(datasetStoreQuery(context, deps.data));
    await Promise.all([queryClient.ensureQueryData(selectionQuery(store, filterFromSearch(deps))), queryClient.ensureQueryData(actorGroupsQuery(store))]);
  },
  pendingComponent: ExplorerLoading,
  pendingMs: 300,
  errorComponent: ExplorerError,
});

export const indexRoute = createRoute({
  getParentRoute: () => explorerRoute,
  path: '/',
  // A quote belongs to an event page: here it is dropped, never carried through unvalidated.
  validateSearch: (): { quote?: undefined } => ({ quote: undefined }),
  component: ExplorerPage,
});

export const eventRoute = createRoute({
  getParentRoute: () => explorerRoute,
  path: 'events/$eventId',
  validateSearch: (raw: Record<string, unknown>) => decodeEventSearch(raw).search,
  loaderDeps: ({ search }) => ({ data: search.data }),
  loader: async ({ context, params, deps }) => {
    const { queryClient } = context;
    const store = await queryClient.ensureQueryData(datasetStoreQuery(context, deps.data));
    const detail = await queryClient.ensureQueryData(eventQuery(store, params.eventId));
    if (!detail) await queryClient.ensureQueryData(nearestEventsQuery(store, params.eventId));
  },
  component: ExplorerPage,
});

export const routeTree = rootRoute.addChildren([explorerRoute.addChildren([indexRoute, eventRoute])]);
