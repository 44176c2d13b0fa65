import type { DatasetProblem } from '../../../domain/verify/problems';

/**
 * Versions of the Sourceline JSON file. A file is read at its own version and brought forward one
 * step at a time to the current one, so a dataset written years ago opens unchanged; each step is a
 * pure function on the parsed JSON of the version before it, with its own test.
 */
export const CURRENT_VERSION = 1;

/** `steps[n]` turns a file of version n into version n + 1 (none yet: version 1 is the first). */
const steps: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {};

export type Migrated = { ok: true; file: unknown } | { ok: false; problems: DatasetProblem[] };

/** Brings a parsed file to CURRENT_VERSION, or says why it cannot (no version, or one from the future). */
export function migrateToCurrent(json: unknown, migrations = steps, current = CURRENT_VERSION): Migrated {
  // Not an object, or no usable version: let the schema say what is wrong, at the right path.
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: true, file: json };
  const version = (json as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: true, file: json };
  if (version > current) {
    return { ok: false, problems: [{ path: 'version', code: 'unsupported-version', version: String(version), newest: current }] };
  }
  let file = json as Record<string, unknown>;
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`No migration from version ${v} of the Sourceline file`);
    file = { ...step(file), version: v + 1 };
  }
  return { ok: true, file };
}
