import { useQuery } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { DEFAULT_DATASET_PATH, datasetQueryOptions, datasetUrl } from '../data/dataset-query';
import { buildDatasetIndex } from '../domain/dataset-index';

/** The dataset named by the URL (`?data=`), or the bundled one, loaded, checked and indexed. */
export function useExplorerData() {
  const path = useSearch({ strict: false, select: (s) => s.data }) ?? DEFAULT_DATASET_PATH;
  // Paths are relative to the site's base, so the same link works under a sub-path.
  const base = new URL(import.meta.env.BASE_URL, window.location.origin).href;
  const url = datasetUrl(path.replace(/^\//, ''), base);
  return useQuery({ ...datasetQueryOptions(url), select: buildDatasetIndex });
}
