import { describe, expect, it } from 'vitest';
import { brokenDatasets } from './__fixtures__/broken-datasets';
import { minimalDataset } from './__fixtures__/minimal-dataset';
import { checkDataset, formatPath, formatProblem } from './check-dataset';
import { parseDataset } from './parse-dataset';

describe('checkDataset', () => {
  it('accepts a valid dataset and returns it typed', () => {
    const result = checkDataset(minimalDataset());
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['first-talks', 'second-talks']);
  });

  it('formats paths the way a person reads them', () => {
    expect(formatPath(['events', 3, 'actors', 1, 'actor'])).toBe('events[3].actors[1].actor');
    expect(formatPath([])).toBe('');
    expect(formatProblem({ path: '', message: 'the dataset file is empty' })).toBe('the dataset file is empty');
  });

  const corpus = brokenDatasets();

  it('has a corpus of at least 15 broken datasets', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(15);
  });

  it.each(corpus.map((c) => [c.name, c] as const))('rejects %s with a located message', (_name, broken) => {
    const result = parseDataset(broken.raw);
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    for (const expected of broken.expected) {
      expect(lines.some((line) => line.includes(expected)), `expected a line containing ${JSON.stringify(expected)} in\n${lines.join('\n')}`).toBe(true);
    }
  });

  it('explains where a misquote diverges from the source', () => {
    const data = minimalDataset();
    data.excerpts[0]!.selector.exact = 'The minister said Wednesday talks went well.';
    const result = checkDataset(data);
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    expect(lines).toEqual([
      'excerpts[0].selector.exact: text not found verbatim in source "wire-story": differs from the source after "…The minister said ": source has "Tuesday talk", dataset has "Wednesday ta"',
    ]);
  });
});
