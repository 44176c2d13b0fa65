import type * as z from 'zod/mini';
import type { Dataset } from '../../../domain/model/dataset';
import { formatPath, type DatasetProblem } from '../../../domain/verify/problems';
import { verifyDataset } from '../../../domain/verify/verify-dataset';
import { CURRENT_VERSION, migrateToCurrent } from './migrate';
import { sourcelineFileV1Schema } from './schema';

/** A dataset that can be shown, or every reason it cannot. */
export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

function schemaProblems(error: z.core.$ZodError): DatasetProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), code: 'schema', message: issue.message }));
}

/**
 * Reads a parsed Sourceline JSON file: brings it to the current version, checks its shape, maps it
 * onto the model and verifies the model (references, dates, every passage verbatim).
 */
export function decodeSourcelineFile(json: unknown): DatasetResult {
  const migrated = migrateToCurrent(json);
  if (!migrated.ok) return migrated;
  const parsed = sourcelineFileV1Schema.safeParse(migrated.file);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const { version: _version, ...dataset } = parsed.data;
  const problems = verifyDataset(dataset);
  return problems.length ? { ok: false, problems } : { ok: true, dataset };
}

/**
 * Parses the raw text of a Sourceline JSON file and checks it. Every failure comes back as problems
 * with a path (empty for the file as a whole), never as a thrown exception.
 */
export function parseSourcelineText(raw: string): DatasetResult {
  const trimmed = raw.trimStart();
  if (trimmed === '') return { ok: false, problems: [{ path: '', code: 'file-empty' }] };
  if (trimmed.startsWith('<')) return { ok: false, problems: [{ path: '', code: 'file-is-html' }] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { ok: false, problems: [{ path: '', code: 'file-not-json', reason: error instanceof Error ? error.message : String(error) }] };
  }
  return decodeSourcelineFile(json);
}

/** The model as a Sourceline JSON file of the current version, readable and diff-friendly. */
export function serializeSourcelineFile(dataset: Dataset): string {
  return `${JSON.stringify({ version: CURRENT_VERSION, ...dataset }, null, 2)}\n`;
}
