import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATASET_FORMATS } from '../data/formats/registry';
import { isId } from '../domain/model/ids';
import { decodeDatasetSearch, isDatasetPath, type DatasetSearch } from './dataset-search';
import { decodeEventSearch, type EventSearch } from './event-search';
import { decodeExplorerSearch, MAX_ACTORS, MAX_QUERY_LENGTH, type ExplorerSearch } from './explorer-search';
import { parseSearch, SEARCH_KEYS, stringifySearch } from './search-codec';
import type { UrlProblem } from './url-problems';

type AnySearch = ExplorerSearch & EventSearch & DatasetSearch;

/** What every route reads from one query string: the three decoders together, as the router runs them. */
function decodeAll(raw: Record<string, unknown>): { search: AnySearch; problems: UrlProblem[] } {
  const parts = [decodeExplorerSearch(raw), decodeEventSearch(raw), decodeDatasetSearch(raw)];
  return { search: Object.assign({}, ...parts.map((p) => p.search)) as AnySearch, problems: parts.flatMap((p) => p.problems) };
}

const id = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
const day = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const segment = fc.stringMatching(/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,8}$/);
/** A path on this site to a file of any format Sourceline reads (today .json), any case of extension. */
const datasetPath = fc
  .tuple(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 3 }), fc.constantFrom(...DATASET_FORMATS.flatMap((f) => f.extensions)), fc.boolean())
  .map(([rooted, segments, ext, upper]) => `${rooted ? '/' : ''}${segments.join('/')}${upper ? ext.toUpperCase() : ext}`);

const validSearch: fc.Arbitrary<AnySearch> = fc
  .record({
    actors: fc.option(fc.uniqueArray(id, { minLength: 1, maxLength: 6 }), { nil: undefined }),
    match: fc.constantFrom(undefined, 'all' as const),
    q: fc.option(
      fc.string({ minLength: 1, maxLength: MAX_QUERY_LENGTH, unit: 'grapheme' }).filter((q) => q.length <= MAX_QUERY_LENGTH),
      { nil: undefined },
    ),
    range: fc.option(fc.array(day, { minLength: 2, maxLength: 2 }).map((pair) => [...pair].sort() as [string, string]), { nil: undefined }),
    quote: fc.option(id, { nil: undefined }),
    data: fc.option(datasetPath, { nil: undefined }),
  })
  .map(({ range, ...rest }) => ({ ...rest, from: range?.[0], to: range?.[1] }));

const roundTrip = (search: AnySearch) => decodeAll(parseSearch(stringifySearch({ ...search })));

const PROBLEM_CODES: UrlProblem['code'][] = [
  'actors-unreadable',
  'actors-too-many',
  'match-invalid',
  'query-too-long',
  'range-incomplete',
  'range-invalid',
  'range-backwards',
  'quote-unreadable',
  'data-invalid',
];

describe('search params through the URL', () => {
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
      fc
        .array(fc.tuple(fc.constantFrom(...SEARCH_KEYS, 'x'), fc.string({ unit: 'binary' })))
        .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(anyQuery, (query) => {
        const { search, problems } = decodeAll(parseSearch(query));
        expect(search.actors === undefined || (search.actors.length > 0 && search.actors.length <= MAX_ACTORS && search.actors.every(isId))).toBe(true);
        expect([undefined, 'all']).toContain(search.match);
        expect(search.q === undefined || (search.q.length > 0 && search.q.length <= MAX_QUERY_LENGTH)).toBe(true);
        expect((search.from === undefined) === (search.to === undefined)).toBe(true);
        if (search.from !== undefined && search.to !== undefined) expect(search.from <= search.to).toBe(true);
        expect(search.quote === undefined || isId(search.quote)).toBe(true);
        expect(search.data === undefined || isDatasetPath(search.data)).toBe(true);
        for (const problem of problems) expect(PROBLEM_CODES).toContain(problem.code);
        // What was decoded can always be written back out, and reads back the same, without a problem.
        const again = decodeAll(parseSearch(stringifySearch({ ...search })));
        expect(again).toEqual({ search, problems: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on raw values of any JSON type', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...SEARCH_KEYS, 'x'), fc.jsonValue()), (raw) => {
        expect(() => decodeAll(raw)).not.toThrow();
      }),
    );
  });
});

describe('stringifySearch', () => {
  it('writes readable links and leaves absent and empty values out', () => {
    expect(stringifySearch({})).toBe('');
    expect(stringifySearch({ actors: [], match: undefined, q: '', from: undefined, quote: null })).toBe('');
    expect(stringifySearch({ actors: ['mike-pompeo', 'sergey-lavrov'], match: 'all', q: 'sanctions relief' })).toBe(
      '?actors=mike-pompeo,sergey-lavrov&match=all&q=sanctions%20relief',
    );
    expect(stringifySearch({ data: '/bench/10000.json' })).toBe('?data=/bench/10000.json');
  });

  it('writes the keys in one order, and only the keys a route reads', () => {
    expect(stringifySearch({ data: 'data/x.json', quote: 'q-1', to: '2019-02-28', from: '2019-02-27', q: 'a', match: 'all', actors: ['a'], other: 'x' })).toBe(
      '?actors=a&match=all&q=a&from=2019-02-27&to=2019-02-28&quote=q-1&data=data/x.json',
    );
  });

  it('encodes what a query cannot hold, and a lone surrogate as U+FFFD', () => {
    expect(stringifySearch({ q: 'a&b=c#d+e' })).toBe('?q=a%26b%3Dc%23d%2Be');
    expect(parseSearch(stringifySearch({ q: 'x\uD800y' }))).toEqual({ q: 'x\uFFFDy' });
  });
});

describe('parseSearch', () => {
  it('gives raw strings, the last of a repeated key winning', () => {
    expect(parseSearch('?actors=a,b&q=x+y&q=z%20w&match')).toEqual({ actors: 'a,b', q: 'z w', match: '' });
    expect(parseSearch('')).toEqual({});
  });
});
