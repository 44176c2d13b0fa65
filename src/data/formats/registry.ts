import type { Dataset } from '../../domain/model/dataset';
import { sha256Hex } from './digest';
import type { DatasetResult } from './sourceline/parse';
import { readVerifiedSourcelineText } from './sourceline/read-verified';

/** What a format reader gives: the dataset or its problems, and the file's SHA-256 when it was computed. */
export type ReadResult = DatasetResult & { digest: string | null };

export interface ReadOptions {
  /** The SHA-256 of this file as the build checked it: a file with that digest is not checked again. */
  verifiedDigest?: string | undefined;
}

/**
 * The dataset file formats Sourceline opens from an address (`?data=`), by file extension. Each
 * reads a fetched file into the model, or into the problems that stop it from being shown. A
 * format's reader (and its parser and schema library) is loaded only when a file of it is opened.
 */
export interface DatasetFormat {
  name: string;
  extensions: readonly string[];
  /** The Accept header to fetch it with. */
  accept: string;
  /** Starts loading the reader's code, so it arrives while the file downloads. */
  prepare(options?: ReadOptions): void;
  read(response: Response, options?: ReadOptions): Promise<ReadResult>;
}

const sourcelineParser = () => import('./sourceline/parse');

async function readSourcelineJson(response: Response, { verifiedDigest }: ReadOptions = {}): Promise<ReadResult> {
  const text = await response.text();
  const digest = verifiedDigest ? await sha256Hex(text) : null;
  if (digest && digest === verifiedDigest) {
    const dataset: Dataset = readVerifiedSourcelineText(text);
    return { ok: true, dataset, digest };
  }
  const { parseSourcelineText } = await sourcelineParser();
  return { ...parseSourcelineText(text), digest };
}

export const DATASET_FORMATS: readonly DatasetFormat[] = [
  {
    name: 'Sourceline JSON',
    extensions: ['.json'],
    accept: 'application/json',
    // A file the build checked needs no parser, unless it turns out to differ.
    prepare: ({ verifiedDigest } = {}) => void (verifiedDigest ? undefined : sourcelineParser()),
    read: readSourcelineJson,
  },
];

/** The format a dataset path is read in, or undefined when no format has its extension. */
export function formatForPath(path: string): DatasetFormat | undefined {
  const lower = path.toLowerCase();
  return DATASET_FORMATS.find((format) => format.extensions.some((ext) => lower.endsWith(ext)));
}
