import type { Dataset } from '../../domain/model/dataset';
import { formatForPath, type ReadOptions } from '../formats/registry';
import { DatasetError } from './dataset-error';

export const DATASET_TIMEOUT_MS = 15_000;

/** Fetches and reads a dataset file; `url` is absolute. Throws `DatasetError` on any failure. */
export async function fetchDataset(url: string, options: ReadOptions & { signal?: AbortSignal } = {}): Promise<{ dataset: Dataset; digest: string | null }> {
  const { signal } = options;
  const format = formatForPath(new URL(url).pathname);
  if (!format) throw new DatasetError('invalid', url, { problems: [{ path: '', code: 'schema', message: 'not a dataset file this site can read' }] });
  format.prepare(options);
  const timeout = AbortSignal.timeout(DATASET_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { accept: format.accept } });
  } catch (error) {
    if (timeout.aborted) throw new DatasetError('timeout', url);
    if (signal?.aborted) throw error;
    throw new DatasetError('network', url);
  }
  if (!response.ok) throw new DatasetError('http', url, { status: response.status });
  const read = await format.read(response, options);
  if (!read.ok) throw new DatasetError('invalid', url, { problems: read.problems });
  return { dataset: read.dataset, digest: read.digest };
}
