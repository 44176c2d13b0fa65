/**
 * What can be wrong with a dataset, as values: a path into the dataset and a kind of problem with its
 * details. The words a reader sees are the i18n layer's (`src/i18n/problem-messages.ts`), so the
 * same problem reads in the reader's language in the browser and in English on the command line.
 */
import type { Mismatch } from '../text/text-quote';

export type ProblemDetail =
  /** Structural problems found by a wire format's schema, worded by its validator. */
  | { code: 'schema'; message: string }
  | { code: 'file-empty' }
  | { code: 'file-is-html' }
  | { code: 'file-not-json'; reason: string }
  /** A file of a format version this build does not know (written by a newer Sourceline, say). */
  | { code: 'unsupported-version'; version: string; newest: number }
  | { code: 'duplicate-id'; id: string; earlier: string }
  | { code: 'unknown-reference'; kind: 'actor' | 'event' | 'source'; id: string }
  | { code: 'self-affiliation' }
  | { code: 'self-relation' }
  | { code: 'not-a-date'; value: string }
  | { code: 'precision-mismatch'; value: string; precision: string }
  | { code: 'ends-before-start'; start: string; end: string }
  | { code: 'passage-ambiguous'; source: string; count: number }
  | { code: 'passage-not-verbatim'; source: string; mismatch: Mismatch }
  | { code: 'passage-context'; source: string };

export type ProblemCode = ProblemDetail['code'];

/** One thing wrong with a dataset, located by a path such as `events[3].actors[1].actor` ("" for the file). */
export type DatasetProblem = ProblemDetail & { path: string };

/** `["events", 3, "actors"]` → `events[3].actors`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
