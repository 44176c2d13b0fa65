/** The app: routes, queries, and the first render over the (possibly prerendered) page. */
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { decodeSearch, parseSearch } from './app/search-params';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { loadSearch } from './app/use-filtered-events';
import { DEFAULT_DATASET_PATH, datasetQueryOptions } from './data/dataset-query';

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

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
