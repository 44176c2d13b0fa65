import type { QueryClient } from '@tanstack/react-query';
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { parseSearch, stringifySearch } from '../routing/search-codec';
import { routeTree } from './routes';

export function createAppRouter(queryClient: QueryClient, { basepath = import.meta.env.BASE_URL, history, verifiedDigest }: { basepath?: string; history?: RouterHistory; verifiedDigest?: string | undefined } = {}) {
  return createRouter({
    routeTree,
    ...(history ? { history } : {}),
    basepath,
    context: { queryClient, basePath: basepath, verifiedDigest },
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
