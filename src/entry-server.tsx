/**
 * Server-side rendering for the prerender step (scripts/prerender.ts): the same app, routed with
 * an in-memory history and handed the dataset, rendered to HTML so every event page reads before
 * (and without) JavaScript.
 */
import { createMemoryHistory } from '@tanstack/react-router';
import { renderToString } from 'react-dom/server';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { DEFAULT_DATASET_PATH } from './data/load/dataset-path';
import { MemoryEventStore } from './data/store/memory-store';
import { datasetStoreQuery } from './app/shell/dataset-store-query';
import type { Dataset } from './domain/model/dataset';
import { createI18n } from './i18n/i18n';

export { createI18n } from './i18n/i18n';

/**
 * Renders the page at `path` (including the base path) with the bundled dataset already loaded:
 * `dataset`, read from the file whose SHA-256 is `digest` (written into the page, so the browser can
 * tell it loaded the very same file).
 */
export async function renderPage(path: string, dataset: Dataset, digest: string, basePath: string): Promise<string> {
  const queryClient = createQueryClient();
  const context = { basePath, verifiedDigest: digest };
  queryClient.setQueryData(datasetStoreQuery(context, undefined).queryKey, new MemoryEventStore(dataset, `${basePath}${DEFAULT_DATASET_PATH}`, digest));
  const router = createAppRouter(queryClient, { basepath: basePath, history: createMemoryHistory({ initialEntries: [path] }), verifiedDigest: digest });
  await router.load();
  return renderToString(<App queryClient={queryClient} router={router} i18n={createI18n()} />);
}
