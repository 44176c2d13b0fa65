/** The app: routes, queries, and the first render over the (possibly prerendered) page. */
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { decodeSearch, parseSearch } from './app/search-params';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { loadSearch } from './app/use-filtered-events';
import { DEFAULT_DATASET_PATH, datasetQueryOptions } from './data/dataset-query';
import { fingerprint } from './domain/fingerprint';

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A prerendered page is already readable. Render over it only once the route and the dataset are
// ready, so the first client render shows the same content instead of a loading state in between.
// Only what the URL schema accepts: a garbage or cross-origin ?data= is never fetched.
const query = decodeSearch(parseSearch(window.location.search)).search;
const datasetPath = query.data ?? DEFAULT_DATASET_PATH;
await Promise.all([
  query.q.trim() ? loadSearch() : undefined,
  router.load(),
  container.hasAttribute('data-prerendered')
    ? queryClient.prefetchQuery(datasetQueryOptions(datasetPath, import.meta.env.BASE_URL))
    : undefined,
]);

/** The fingerprint of the dataset as loaded (the prerender writes the same of the one it rendered), or null. */
function loadedFingerprint(): string | null {
  const dataset = queryClient.getQueryData(datasetQueryOptions(datasetPath, import.meta.env.BASE_URL).queryKey);
  return dataset ? fingerprint(JSON.stringify(dataset)) : null;
}

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>
);

// Markup prerendered for this very path, opened with no search parameters, is exactly what the app
// renders here: React adopts it as it is, without rebuilding the DOM or laying the page out again.
// Anything else (a filter, a search, a range, another dataset or another version of it, a dataset
// that failed to load, or the page a server sent for a path it does not have) shows something
// different, and the app renders afresh over it.
// `router.ssr` tells the router the page was rendered on a server, so it renders the same tree as
// there (no Suspense boundary around the routes).
const prerenderedAsIs =
  container.dataset['prerendered'] === window.location.pathname &&
  // Any query string, even one the app ignores, changes the page (a notice says what was ignored).
  new URLSearchParams(window.location.search).size === 0 &&
  loadedFingerprint() === container.dataset['dataset'];
if (prerenderedAsIs) {
  router.ssr = { manifest: undefined };
  hydrateRoot(container, app);
} else {
  createRoot(container).render(app);
}
