import type { QueryClient } from '@tanstack/react-query';
import { DEFAULT_DATASET_PATH } from '../../data/load/dataset-path';
import { storeQuery } from '../../data/store/queries';

export interface RouterContext {
  queryClient: QueryClient;
  /** The site's base path ("/", "/timeline/"): dataset paths are relative to it. */
  basePath: string;
  /** SHA-256 of the bundled dataset as the build checked it, when the page was prerendered from it. */
  verifiedDigest: string | undefined;
}

/** The store query of the dataset a page's `?data=` names (the bundled one by default). */
export function datasetStoreQuery(context: Pick<RouterContext, 'basePath' | 'verifiedDigest'>, data: string | undefined) {
  const path = (data ?? DEFAULT_DATASET_PATH).replace(/^\//, '');
  return storeQuery(path, context.basePath, path === DEFAULT_DATASET_PATH ? context.verifiedDigest : undefined);
}
