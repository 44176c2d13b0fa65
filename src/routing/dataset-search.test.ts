import { describe, expect, it } from 'vitest';
import { decodeDatasetSearch, isDatasetPath } from './dataset-search';

describe('decodeDatasetSearch', () => {
  it('accepts a path on this site to a file in a format Sourceline reads', () => {
    for (const path of ['data/big.json', '/bench/10000.json', 'x_y/z-1.json', 'data/UPPER.JSON', 'a.b/c.json']) {
      expect(decodeDatasetSearch({ data: path }), path).toEqual({ search: { data: path }, problems: [] });
    }
    expect(decodeDatasetSearch({})).toEqual({ search: { data: undefined }, problems: [] });
  });

  it('rejects another site, a path that climbs out of this one, and a format it cannot read', () => {
    for (const path of ['https://evil.example/x.json', '//evil.example/x.json', 'data/../../etc/passwd.json', './x.json', 'data//x.json', 'data/x.csv', 'data/json', '']) {
      expect(isDatasetPath(path), path).toBe(false);
      expect(decodeDatasetSearch({ data: path }).search.data, path).toBeUndefined();
    }
    expect(decodeDatasetSearch({ data: 'https://evil.example/x.json' }).problems).toEqual([{ code: 'data-invalid', value: 'https://evil.example/x.json' }]);
  });
});
