/**
 * Server-side rendering for the prerender step (scripts/prerender.ts): the same app, routed with
 * an in-memory history and handed the dataset, rendered to HTML so every event page reads before
 * (and without) JavaScript.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { DEFAULT_DATASET_PATH, datasetQueryOptions } from './data/dataset-query';
import type { Dataset } from './data/schema';

export { buildDatasetIndex } from './domain/dataset-index';
export { formatEventDate } from './domain/dates';

/** Renders the page at `path` (including the base path) with `dataset` already loaded. */
export async function renderPage(path: string, dataset: Dataset, basePath: string): Promise<string> {
  const queryClient = createQueryClient();
  queryClient.setQueryData(datasetQueryOptions(DEFAULT_DATASET_PATH, basePath).queryKey, dataset);
  const router = createAppRouter(queryClient, basePath, createMemoryHistory({ initialEntries: [path] }));
  await router.load();
  return renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
