/**
 * `npm run check:data [file …]` — validates dataset files (default: the bundled one) and prints each
 * problem on its own line as `path: message`. Exits 1 if any file has a problem.
 */
import { readFileSync } from 'node:fs';
import { parseSourcelineText } from '../src/data/formats/sourceline/parse.ts';
import { createI18n } from '../src/i18n/i18n.ts';
import { formatProblem } from '../src/i18n/problem-messages.ts';

const DEFAULT_FILE = 'public/data/dprk-diplomacy.json';
const i18n = createI18n();
const { t } = i18n;

function checkFile(file: string): boolean {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(t('cli.cannot-read', { file, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
    return false;
  }
  const result = parseSourcelineText(raw);
  if (result.ok) {
    const d = result.dataset;
    console.log(
      t('cli.check-ok', { file, sources: d.sources.length, actors: d.actors.length, events: d.events.length, excerpts: d.excerpts.length, quotes: d.quotes.length }),
    );
    return true;
  }
  console.error(t('cli.check-problems', { file, count: result.problems.length }));
  for (const problem of result.problems) console.error(formatProblem(problem, i18n));
  return false;
}

const files = process.argv.slice(2);
const results = (files.length ? files : [DEFAULT_FILE]).map(checkFile);
process.exitCode = results.every(Boolean) ? 0 : 1;
