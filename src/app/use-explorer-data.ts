import { useQuery } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { DEFAULT_DATASET_PATH, datasetQueryOptions } from '../data/dataset-query';
import { buildDatasetIndex } from '../domain/dataset-index';

/** The dataset path the URL names (`?data=`), or the bundled one. */
export function useDatasetPath(): string {
  return useSearch({ strict: false, select: (s) => s.data }) ?? DEFAULT_DATASET_PATH;
}

/** The dataset named by the URL, loaded, checked and indexed (once per dataset). */
export function useExplorerData() {
  // A failure already met while the page prerendered is shown at once, not retried behind a spinner.
  return useQuery({ ...datasetQueryOptions(useDatasetPath(), import.meta.env.BASE_URL), select: buildDatasetIndex, retryOnMount: false });
}
