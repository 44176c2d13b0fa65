import { queryOptions } from '@tanstack/react-query';
import { DatasetError } from './dataset-error';
import { fetchDataset } from './fetch-dataset';

/** The bundled dataset, relative to the site's base path. */
export const DEFAULT_DATASET_PATH = 'data/dprk-diplomacy.json';

/** Resolves a dataset path (relative to the site's base) to an absolute same-origin URL. */
export function datasetUrl(path: string, baseUrl: string): string {
  return new URL(path, baseUrl).href;
}

export function datasetQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (failureCount, error) => (error instanceof DatasetError ? error.retryable : true) && failureCount < 2,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
  });
}
