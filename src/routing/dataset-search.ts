import { formatForPath } from '../data/formats/registry';
import { excerptOf, rawText, type Decoded, type UrlProblem } from './url-problems';

/** Which dataset every page shows: another file on this site instead of the bundled one. */
export interface DatasetSearch {
  data?: string;
}

// A path on this site: no scheme, no host, no `..`, no empty or dot-only segments.
const SITE_PATH = /^\/?(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** True for a path inside this site whose file is in a format Sourceline can open. */
export function isDatasetPath(path: string): boolean {
  return SITE_PATH.test(path) && !path.split('/').includes('..') && formatForPath(path) !== undefined;
}

export function decodeDatasetSearch(raw: Record<string, unknown>): Decoded<DatasetSearch> {
  const problems: UrlProblem[] = [];
  const value = rawText(raw, 'data');
  let data: string | undefined;
  if (value !== undefined) {
    if (isDatasetPath(value)) data = value;
    else problems.push({ code: 'data-invalid', value: excerptOf(value) });
  }
  return { search: { data }, problems };
}
