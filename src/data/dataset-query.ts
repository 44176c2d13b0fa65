import { queryOptions } from '@tanstack/react-query';
import { DatasetError } from './dataset-error';
import { fetchDataset } from './fetch-dataset';

export { DEFAULT_DATASET_PATH } from './dataset-path';

/**
 * A dataset path as the URL gives it ("data/x.json" or "/data/x.json"), resolved against the site's
 * base path (so links work under a sub-path) and the page's origin.
 */
export function datasetUrl(path: string, basePath: string, origin: string): string {
  return new URL(basePath.replace(/\/?$/, '/') + path.replace(/^\//, ''), origin).href;
}

/**
 * The dataset at `path` (relative to the site's base). The key holds the path, not the absolute
 * URL, so a page prerendered on the server and the browser agree on it.
 */
export function datasetQueryOptions(path: string, basePath: string) {
  return queryOptions({
    queryKey: ['dataset', basePath, path],
    queryFn: ({ signal }) => fetchDataset(datasetUrl(path, basePath, window.location.origin), signal),
    staleTime: Infinity,
    gcTime: Infinity,
    // A dataset is replaced whole, never merged: skip deep-comparing what may be 100 MB of JSON.
    structuralSharing: false,
    retry: (failureCount, error) => (error instanceof DatasetError ? error.retryable : true) && failureCount < 2,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
  });
}
