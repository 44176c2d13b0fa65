import type { Dataset } from '../../../domain/model/dataset';
import { migrateToCurrent } from './migrate';

/**
 * Reads a Sourceline JSON file that the build itself checked (`npm run build` refuses a dataset
 * with any problem) and that is proven byte-identical to it by its SHA-256: no schema library,
 * no second verification, so the prerendered story is interactive sooner. Anything else goes
 * through `parseSourcelineText`.
 */
export function readVerifiedSourcelineText(raw: string): Dataset {
  const migrated = migrateToCurrent(JSON.parse(raw));
  if (!migrated.ok) throw new Error('A verified dataset must be of a known version');
  const { version: _version, ...dataset } = migrated.file as Dataset & { version: number };
  return dataset;
}
