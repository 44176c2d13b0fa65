import type { Dataset } from './schema';
import { DatasetError } from './dataset-error';
import { parseDataset } from './parse-dataset';

export const DATASET_TIMEOUT_MS = 15_000;

/** Fetches and validates a dataset file; `url` is absolute. Throws `DatasetError` on any failure. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const timeout = AbortSignal.timeout(DATASET_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { accept: 'application/json' } });
  } catch (error) {
    if (timeout.aborted) {
      throw new DatasetError('timeout', url, `The dataset took longer than ${DATASET_TIMEOUT_MS / 1000} seconds to arrive.`);
    }
    if (signal?.aborted) throw error;
    throw new DatasetError('network', url, 'The dataset could not be downloaded: the network request failed.');
  }
  if (!response.ok) {
    throw new DatasetError('http', url, `The server answered ${response.status} ${response.statusText || ''}`.trim() + ' for the dataset.');
  }
  const checked = parseDataset(await response.text());
  if (!checked.ok) {
    const n = checked.problems.length;
    throw new DatasetError('invalid', url, `The dataset has ${n} problem${n === 1 ? '' : 's'} and cannot be shown.`, checked.problems);
  }
  return checked.dataset;
}
