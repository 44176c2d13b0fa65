import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSearch, EMPTY_SEARCH, MAX_QUERY_LENGTH, parseSearch, stringifySearch, type ExplorerSearch } from './search-params';

const id = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
const day = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const validSearch: fc.Arbitrary<ExplorerSearch> = fc
  .record({
    actors: fc.uniqueArray(id, { maxLength: 6 }),
    match: fc.constantFrom('any' as const, 'all' as const),
    q: fc.string({ maxLength: MAX_QUERY_LENGTH, unit: 'grapheme' }),
    range: fc.option(fc.array(day, { minLength: 2, maxLength: 2 }).map((pair) => [...pair].sort() as [string, string]), { nil: undefined }),
    quote: fc.option(id, { nil: undefined }),
    data: fc.option(fc.constantFrom('data/big.json', '/bench/10000.json', 'x_y/z-1.json'), { nil: undefined }),
  })
  .map(({ range, quote, data, ...rest }) => ({
    ...rest,
    ...(range ? { from: range[0], to: range[1] } : {}),
    ...(quote ? { quote } : {}),
    ...(data ? { data } : {}),
  }));

const roundTrip = (search: ExplorerSearch) => decodeSearch(parseSearch(stringifySearch({ ...search })));

describe('explorer search params', () => {
  it('round-trips every valid state through the URL without a problem', () => {
    fc.assert(
      fc.property(validSearch, (search) => {
        const decoded = roundTrip(search);
        expect(decoded.problems).toEqual([]);
        expect(decoded.search).toEqual(search);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any query string, and always yields a usable state', () => {
    const anyQuery = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.webQueryParameters(),
      fc.array(fc.tuple(fc.constantFrom('actors', 'match', 'q', 'from', 'to', 'quote', 'data', 'x'), fc.string({ unit: 'binary' }))).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(anyQuery, (query) => {
        const { search, problems } = decodeSearch(parseSearch(query));
        expect(Array.isArray(search.actors)).toBe(true);
        expect(['any', 'all']).toContain(search.match);
        expect(search.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(problems.every((p) => typeof p === 'string' && p.endsWith('.'))).toBe(true);
        // What was decoded can always be written back out.
        expect(() => stringifySearch({ ...search })).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('writes readable links and leaves defaults out', () => {
    expect(stringifySearch({ ...EMPTY_SEARCH })).toBe('');
    expect(stringifySearch({ actors: ['mike-pompeo', 'sergey-lavrov'], match: 'all', q: 'sanctions relief' })).toBe(
      '?actors=mike-pompeo,sergey-lavrov&match=all&q=sanctions%20relief',
    );
  });

  it('drops garbage and says why in a sentence', () => {
    const { search, problems } = decodeSearch(parseSearch('actors=mike-pompeo,<script>&match=most&from=2019-02-30&to=2019-03-01&data=https://evil.example/x.json'));
    expect(search).toEqual({ actors: ['mike-pompeo'], match: 'any', q: '' });
    expect(problems).toEqual([
      'Ignored an actor that could not be read: “<script>”.',
      'The match mode “most” is not “any” or “all”, so events with any selected actor are shown.',
      'The visible range “2019-02-30 – 2019-03-01” is not two dates (YYYY-MM-DD), so the whole timeline is shown.',
      'The dataset “https://evil.example/x.json” is not a .json file on this site, so the bundled dataset is shown.',
    ]);
  });

  it('rejects a range that ends before it starts, or a path that climbs out of the site', () => {
    expect(decodeSearch({ from: '2019-05-01', to: '2019-01-01' }).search.from).toBeUndefined();
    // Inclusive days: a one-day view is a range, and years before 100 are real years.
    expect(decodeSearch({ from: '2019-02-27', to: '2019-02-27' }).search).toMatchObject({ from: '2019-02-27', to: '2019-02-27' });
    expect(decodeSearch({ from: '0050-03-01', to: '0050-03-31' }).search).toMatchObject({ from: '0050-03-01', to: '0050-03-31' });
    expect(decodeSearch({ data: 'data/../../etc/passwd.json' }).search.data).toBeUndefined();
    expect(decodeSearch({ data: '//evil.example/x.json' }).search.data).toBeUndefined();
  });
});
