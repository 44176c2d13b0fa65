import { describe, expect, it } from 'vitest';
import { decodeExplorerSearch, filterFromSearch, MAX_ACTORS, MAX_QUERY_LENGTH } from './explorer-search';
import { parseSearch } from './search-codec';

const decode = (query: string) => decodeExplorerSearch(parseSearch(query));

describe('decodeExplorerSearch', () => {
  it('reads the filters and the visible range', () => {
    expect(decode('actors=mike-pompeo,sergey-lavrov&match=all&q=sanctions&from=2019-02-27&to=2019-02-28')).toEqual({
      search: { actors: ['mike-pompeo', 'sergey-lavrov'], match: 'all', q: 'sanctions', from: '2019-02-27', to: '2019-02-28' },
      problems: [],
    });
  });

  it('has every key, undefined when absent, so no raw value slips through', () => {
    const { search } = decodeExplorerSearch({});
    expect(Object.keys(search).sort()).toEqual(['actors', 'from', 'match', 'q', 'to']);
    expect(Object.values(search).every((v) => v === undefined)).toBe(true);
  });

  it('drops garbage and says why, with the values it dropped', () => {
    const { search, problems } = decode('actors=mike-pompeo,<script>&match=most&from=2019-02-30&to=2019-03-01');
    expect(search).toEqual({ actors: ['mike-pompeo'], match: undefined, q: undefined, from: undefined, to: undefined });
    expect(problems).toEqual([
      { code: 'actors-unreadable', values: ['<script>'], count: 1 },
      { code: 'match-invalid', value: 'most' },
      { code: 'range-invalid', from: '2019-02-30', to: '2019-03-01' },
    ]);
  });

  it('reads "any" as the default, with no problem, and trims and de-duplicates actor ids', () => {
    expect(decode('match=any&actors= kim-jong-un ,,kim-jong-un,moon')).toEqual({
      search: { actors: ['kim-jong-un', 'moon'], match: undefined, q: undefined, from: undefined, to: undefined },
      problems: [],
    });
  });

  it('names at most three unreadable actors, counts them all, and cuts long values', () => {
    const long = 'X'.repeat(60);
    const { search, problems } = decode(`actors=A,B,C,D,${long}`);
    expect(search.actors).toBeUndefined();
    expect(problems).toEqual([{ code: 'actors-unreadable', values: ['A', 'B', 'C'], count: 5 }]);
    expect(decode(`match=${long}`).problems).toEqual([{ code: 'match-invalid', value: `${'X'.repeat(40)}…` }]);
  });

  it('keeps the first actors and the start of the query when there are too many or it is too long', () => {
    const ids = Array.from({ length: MAX_ACTORS + 5 }, (_, i) => `actor-${i}`);
    const { search, problems } = decode(`actors=${ids.join(',')}&q=${'a'.repeat(MAX_QUERY_LENGTH + 1)}`);
    expect(search.actors).toEqual(ids.slice(0, MAX_ACTORS));
    expect(search.q).toBe('a'.repeat(MAX_QUERY_LENGTH));
    expect(problems).toEqual([
      { code: 'actors-too-many', max: MAX_ACTORS },
      { code: 'query-too-long', max: MAX_QUERY_LENGTH },
    ]);
  });

  it('rejects half a range, a range that ends before it starts, and months for days', () => {
    expect(decodeExplorerSearch({ from: '2019-05-01' })).toMatchObject({ search: { from: undefined, to: undefined }, problems: [{ code: 'range-incomplete' }] });
    expect(decodeExplorerSearch({ from: '2019-05-01', to: '2019-01-01' })).toMatchObject({ search: { from: undefined }, problems: [{ code: 'range-backwards' }] });
    expect(decodeExplorerSearch({ from: '2019-05', to: '2019-06' }).problems).toEqual([{ code: 'range-invalid', from: '2019-05', to: '2019-06' }]);
  });

  it('accepts a one-day range, and years before 100 as real years', () => {
    expect(decodeExplorerSearch({ from: '2019-02-27', to: '2019-02-27' }).search).toMatchObject({ from: '2019-02-27', to: '2019-02-27' });
    expect(decodeExplorerSearch({ from: '0050-03-01', to: '0050-03-31' }).search).toMatchObject({ from: '0050-03-01', to: '0050-03-31' });
  });
});

describe('filterFromSearch', () => {
  it('fills in the defaults', () => {
    expect(filterFromSearch({})).toEqual({ actors: [], match: 'any', query: '' });
    expect(filterFromSearch({ actors: ['a'], match: 'all', q: 'x' })).toEqual({ actors: ['a'], match: 'all', query: 'x' });
  });
});
