import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, type RouterHistory } from '@tanstack/react-router';
import { ExplorerPage } from './explorer-page';
import { NotFoundPage } from './not-found-page';
import { PageError } from './page-error';
import { RootLayout } from './root-layout';
import { compactSearch, decodeSearch, parseSearch, stringifySearch, type ExplorerSearchParams } from './search-params';

export interface RouterContext {
  queryClient: QueryClient;
}

const NO_SEARCH: Record<keyof ExplorerSearchParams, undefined> = {
  actors: undefined,
  match: undefined,
  q: undefined,
  from: undefined,
  to: undefined,
  quote: undefined,
  data: undefined,
};

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // The URL is the state: every route shares the explorer's typed, validated search params.
  // Every key is returned, undefined when absent or unusable: the router spreads this over the raw
  // values, so a key left out would let a raw, unvalidated string through.
  validateSearch: (raw: Record<string, unknown>): ExplorerSearchParams => ({
    ...NO_SEARCH,
    ...compactSearch(decodeSearch(raw).search),
  }),
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: PageError,
});

const indexRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: ExplorerPage });

export const eventRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/events/$eventId',
  component: ExplorerPage,
});

const routeTree = rootRoute.addChildren([indexRoute, eventRoute]);

export function createAppRouter(queryClient: QueryClient, basepath = import.meta.env.BASE_URL, history?: RouterHistory) {
  return createRouter({
    routeTree,
    ...(history ? { history } : {}),
    basepath,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    // Never move the page on navigation: the reader brings itself into view, and a prerendered
    // page keeps the scroll position it had before the app took over.
    scrollRestoration: () => false,
    defaultPreload: false,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
