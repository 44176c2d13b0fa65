import { checkDataset, type DatasetCheck } from './check-dataset';

/**
 * Parses the raw text of a dataset file and checks it. Every failure comes back as problems with a
 * path (empty for the file as a whole), never as a thrown exception.
 */
export function parseDataset(raw: string): DatasetCheck {
  const trimmed = raw.trimStart();
  if (trimmed === '') return { ok: false, problems: [{ path: '', message: 'the dataset file is empty' }] };
  if (trimmed.startsWith('<')) {
    return {
      ok: false,
      problems: [{ path: '', message: 'the dataset file is HTML, not JSON (the server answered with a web page)' }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', message: `the dataset file is not valid JSON: ${reason}` }] };
  }
  return checkDataset(json);
}
