import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../domain/verify/problems';
import { minimalDataset } from '../../../test/fixtures/minimal-dataset';
import { problemLines } from '../../../test/problem-lines';
import { brokenDatasets } from './__fixtures__/broken-datasets';
import { decodeSourcelineFile, parseSourcelineText, serializeSourcelineFile, type DatasetResult } from './parse';

const lines = (result: DatasetResult) => (result.ok ? [] : problemLines(result.problems));

describe('decodeSourcelineFile', () => {
  it('accepts a valid dataset and returns it as the model, without the file version', () => {
    const result = decodeSourcelineFile(minimalDataset());
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['first-talks', 'second-talks']);
    expect(result.ok && 'version' in result.dataset).toBe(false);
  });

  it('formats paths the way a person reads them', () => {
    expect(formatPath(['events', 3, 'actors', 1, 'actor'])).toBe('events[3].actors[1].actor');
    expect(formatPath([])).toBe('');
    expect(problemLines([{ path: '', code: 'file-empty' }, { path: 'events[0].end', code: 'not-a-date', value: '2019-02-30' }])).toEqual([
      'the dataset file is empty',
      'events[0].end: "2019-02-30" is not a real calendar date',
    ]);
  });

  const corpus = brokenDatasets();

  it('has a corpus of at least 15 broken datasets', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(15);
  });

  it.each(corpus.map((c) => [c.name, c] as const))('rejects %s with a located message', (_name, broken) => {
    const result = parseSourcelineText(broken.raw);
    expect(result.ok).toBe(false);
    const found = lines(result);
    for (const expected of broken.expected) {
      expect(found.some((line) => line.includes(expected)), `expected a line containing ${JSON.stringify(expected)} in\n${found.join('\n')}`).toBe(true);
    }
  });

  it('explains where a misquote diverges from the source', () => {
    const data = minimalDataset();
    data.excerpts[0]!.selector.exact = 'The minister said Wednesday talks went well.';
    expect(lines(decodeSourcelineFile(data))).toEqual([
      'excerpts[0].selector.exact: text not found verbatim in source "wire-story": differs from the source after "…The minister said ": source has "Tuesday talk", dataset has "Wednesday ta"',
    ]);
  });

  it('refuses a file from a newer version of the format, at its version', () => {
    expect(lines(decodeSourcelineFile({ ...minimalDataset(), version: 2 }))).toEqual([
      'version: this file is version 2 of the Sourceline format, newer than this site reads (up to version 1)',
    ]);
  });
});

describe('serializeSourcelineFile', () => {
  it('writes a file that reads back as the same dataset', () => {
    const result = decodeSourcelineFile(minimalDataset());
    if (!result.ok) throw new Error('the minimal dataset must be valid');
    const text = serializeSourcelineFile(result.dataset);
    expect(JSON.parse(text)).toMatchObject({ version: 1 });
    expect(parseSourcelineText(text)).toEqual(result);
  });
});
