/**
 * `npm run check:data [file …]` — validates dataset files (default: the bundled one) and prints each
 * problem on its own line as `path: message`. Exits 1 if any file has a problem.
 */
import { readFileSync } from 'node:fs';
import { formatProblem } from '../src/data/check-dataset.ts';
import { parseDataset } from '../src/data/parse-dataset.ts';

const DEFAULT_FILE = 'public/data/dprk-diplomacy.json';

function checkFile(file: string): boolean {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return false;
  }
  const result = parseDataset(raw);
  if (result.ok) {
    const d = result.dataset;
    console.log(
      `${file}: ok — ${d.sources.length} sources, ${d.actors.length} actors, ${d.events.length} events, ` +
        `${d.excerpts.length} excerpts, ${d.quotes.length} quotes, every passage verbatim`,
    );
    return true;
  }
  console.error(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
  for (const problem of result.problems) console.error(formatProblem(problem));
  return false;
}

const files = process.argv.slice(2);
const results = (files.length ? files : [DEFAULT_FILE]).map(checkFile);
process.exitCode = results.every(Boolean) ? 0 : 1;
