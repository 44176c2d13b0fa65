import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalDataset } from '../data/__fixtures__/minimal-dataset';
import { datasetSchema } from '../data/schema';
import { buildDatasetIndex } from './dataset-index';
import { createSearchIndex, foldWord, highlightTerms } from './search';

const bundled = createSearchIndex(
  buildDatasetIndex(
    datasetSchema.parse(JSON.parse(readFileSync(new URL('../../public/data/dprk-diplomacy.json', import.meta.url), 'utf8'))),
  ),
);
const minimal = createSearchIndex(buildDatasetIndex(minimalDataset()));
const found = (query: string) => [...(bundled.search(query)?.eventIds ?? [])].sort();

const MENTION_SANCTIONS = [
  'hanoi-summit',
  'sochi-pompeo-lavrov-talks',
  'state-department-press-conference',
  'un-panel-report-dispute',
  'vladivostok-kim-putin-summit',
];

describe('createSearchIndex', () => {
  it('finds the events that mention sanctions', () => {
    expect(found('sanctions')).toEqual(MENTION_SANCTIONS);
  });

  it('ignores case and matches word prefixes', () => {
    expect(found('SANCTION')).toEqual(MENTION_SANCTIONS);
    expect(found('Sanc')).toEqual(MENTION_SANCTIONS);
  });

  it('forgives a small typo', () => {
    expect(found('sanctoins')).toEqual(MENTION_SANCTIONS);
  });

  it('narrows with every word of the query', () => {
    expect(found('lavrov dialogue')).toEqual(['sochi-pompeo-lavrov-talks']);
    expect(found('lavrov')).toEqual(['sochi-pompeo-lavrov-talks']);
  });

  it('finds nothing for a word that is not there', () => {
    expect(bundled.search('zzzz')).toEqual({ eventIds: new Set(), terms: [] });
  });

  it('means "no text filter" for a blank query', () => {
    expect(bundled.search('')).toBeNull();
    expect(bundled.search('  \t ')).toBeNull();
  });

  it('returns the matched document words for highlighting', () => {
    expect(bundled.search('SANCTION')?.terms).toEqual(['sanctions']);
    expect(bundled.search('sanctoins')?.terms).toEqual(['sanctions']);
    expect(bundled.search('lavrov dialogue')?.terms.sort()).toEqual(['dialogue', 'lavrov']);
  });

  it('searches excerpts, quotes, places and actor names', () => {
    expect([...(minimal.search('went well')?.eventIds ?? [])]).toEqual(['first-talks']);
    expect([...(minimal.search('agree goal')?.eventIds ?? [])]).toEqual(['first-talks']);
    expect([...(minimal.search('capital')?.eventIds ?? [])]).toEqual(['first-talks']);
    expect([...(minimal.search('a-land')?.eventIds ?? [])]).toEqual(['second-talks']);
    expect([...(minimal.search('june')?.eventIds ?? [])]).toEqual(['second-talks']);
  });

  it('folds diacritics and treats curly and straight apostrophes alike', () => {
    expect(found('Korea’s denuclearization')).toEqual(found("korea's denuclearization"));
    expect(found("korea's")).toContain('sochi-pompeo-lavrov-talks');
    expect(found('dénuclearizàtion')).toEqual(found('denuclearization'));
  });
});

describe('highlightTerms', () => {
  const marked = (text: string, terms: string[]) =>
    highlightTerms(text, terms).filter((run) => run.match).map((run) => run.text);

  it('marks whole words case- and diacritic-insensitively', () => {
    expect(highlightTerms('UN Sanctions and sanctions.', ['sanctions'])).toEqual([
      { text: 'UN ', match: false },
      { text: 'Sanctions', match: true },
      { text: ' and ', match: false },
      { text: 'sanctions', match: true },
      { text: '.', match: false },
    ]);
    expect(marked('Café in Hanoi', ['cafe'])).toEqual(['Café']);
    expect(marked('North Korea’s goal', ["korea's"])).toEqual(['Korea’s']);
  });

  it('marks the start of a word, not its middle', () => {
    expect(marked('sanctioned transactions', ['sanction'])).toEqual(['sanction']);
    expect(marked('North Korea’s goal', ['korea'])).toEqual(['Korea']);
  });

  it('leaves text alone when there are no terms', () => {
    expect(highlightTerms('Some text', [])).toEqual([{ text: 'Some text', match: false }]);
    expect(highlightTerms('', ['x'])).toEqual([]);
  });

  it('gives back the text exactly when the runs are joined', () => {
    const word = fc.constantFrom('Korea’s', "Korea's", 'café', 'CAFE\u0301', 'İstanbul', 'ß', 'sanctions', 'U.N.', '—', ' ', '\n', '😀');
    const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.array(word).map((w) => w.join('')));
    const terms = fc.array(fc.oneof(fc.constantFrom('korea', 'cafe', 'istanbul', 'ss', 'sanction', 'u', ''), fc.string()), {
      maxLength: 4,
    });
    fc.assert(
      fc.property(text, terms, (t, ts) => {
        const runs = highlightTerms(t, ts);
        expect(runs.map((r) => r.text).join('')).toBe(t);
        expect(runs.every((r) => r.text.length > 0)).toBe(true);
      }),
    );
  });

  it('marks in a passage the words a forgiving query matched', () => {
    const terms = bundled.search('sanctoins korea')?.terms ?? [];
    const text = 'Pompeo calls for N.K. sanctions implementation; North Korea’s denuclearization.';
    expect(marked(text, terms)).toEqual(['sanctions', 'Korea’s']);
  });

  it('folds the same way as the index', () => {
    expect(foldWord('Dénuclearizàtion’S')).toBe('denuclearizations');
  });
});

describe('building the index in slices', () => {
  it('gives the same answers as building it at once', async () => {
    const { createSearchIndexInSlices } = await import('./search');
    const at = buildDatasetIndex(minimalDataset());
    const sliced = await createSearchIndexInSlices(at, 0);
    const whole = createSearchIndex(at);
    for (const query of ['minister', 'goal', 'june talks', 'zzzz', 'agre']) {
      expect(sliced.search(query)).toEqual(whole.search(query));
    }
  });
});
