import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { bundledDataset } from '../../test/fixtures/bundled-dataset';
import { minimalDataset } from '../../test/fixtures/minimal-dataset';
import { buildDatasetIndex, type DatasetIndex } from './dataset-index';
import { createSearchIndex, createSearchIndexInSlices, foldWord, highlightTerms, type EventSearch, type SearchDocuments } from './search';

/** Each event's searchable texts, as the in-memory store gives them: title, summary, passages, place, actor names. */
function documentsOf(index: DatasetIndex): SearchDocuments {
  return {
    count: index.events.length,
    *textsOf(position) {
      const { event } = index.events[position]!;
      yield event.title;
      yield event.summary.text;
      for (const excerpt of index.excerptsByEvent.get(event.id) ?? []) yield excerpt.selector.exact;
      for (const quote of index.quotesByEvent.get(event.id) ?? []) yield quote.selector.exact;
      if (event.place) yield event.place;
      for (const { actor: id } of event.actors) {
        const actor = index.actorById.get(id);
        if (actor) yield* [actor.name, ...actor.aliases];
      }
    },
  };
}

/** The ids of the events a search marks, in chronological order. */
function idsOf(index: DatasetIndex, search: EventSearch, query: string): string[] {
  const result = search.search(query);
  return result ? index.events.filter((_, p) => result.matches[p] === 1).map((e) => e.event.id) : [];
}

const bundledIndex = buildDatasetIndex(bundledDataset());
const bundled = createSearchIndex(documentsOf(bundledIndex));
const minimalIndex = buildDatasetIndex(minimalDataset());
const minimal = createSearchIndex(documentsOf(minimalIndex));
const found = (query: string) => idsOf(bundledIndex, bundled, query).sort();
const foundMinimal = (query: string) => idsOf(minimalIndex, minimal, query);

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
    expect(bundled.search('zzzz')).toEqual({ matches: new Uint8Array(bundledIndex.events.length), count: 0, terms: [] });
  });

  it('marks matches by chronological position, and counts them', () => {
    const result = bundled.search('sanctions');
    expect(result?.matches).toHaveLength(bundledIndex.events.length);
    expect(result?.matches.every((m) => m === 0 || m === 1)).toBe(true);
    expect(result?.count).toBe(MENTION_SANCTIONS.length);
    expect(result?.matches.reduce((n, m) => n + m, 0)).toBe(MENTION_SANCTIONS.length);
    const positions = new Map(bundledIndex.events.map((e, p) => [e.event.id, p]));
    for (const id of MENTION_SANCTIONS) expect(result?.matches[positions.get(id)!], id).toBe(1);
  });

  it('indexes exactly the texts it is given for each position', () => {
    const texts = [['Talks in Hanoi'], [], ['Summit', 'in Singapore']];
    const search = createSearchIndex({ count: texts.length, textsOf: (p) => texts[p]! });
    expect([...(search.search('in')?.matches ?? [])]).toEqual([1, 0, 1]);
    expect([...(search.search('singapore summit')?.matches ?? [])]).toEqual([0, 0, 1]);
    expect(search.search('hanoi')).toEqual({ matches: Uint8Array.from([1, 0, 0]), count: 1, terms: ['hanoi'] });
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
    expect(foundMinimal('went well')).toEqual(['first-talks']);
    expect(foundMinimal('agree goal')).toEqual(['first-talks']);
    expect(foundMinimal('capital')).toEqual(['first-talks']);
    expect(foundMinimal('a-land')).toEqual(['second-talks']);
    expect(foundMinimal('june')).toEqual(['second-talks']);
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
    const sliced = await createSearchIndexInSlices(documentsOf(bundledIndex), 0);
    const whole = createSearchIndex(documentsOf(bundledIndex));
    for (const query of ['minister', 'goal', 'june talks', 'zzzz', 'agre', 'sanctoins korea', '']) {
      expect(sliced.search(query)).toEqual(whole.search(query));
    }
  });

  it('gives the same answers over many slices of a large index', async () => {
    const documents: SearchDocuments = { count: 3000, textsOf: (p) => [`event ${p} w${p % 97}`, `t${p}`] };
    const sliced = await createSearchIndexInSlices(documents, 0);
    const whole = createSearchIndex(documents);
    for (const query of ['event', 'w42', 't2999', 't12 event', 'zzzz']) {
      expect(sliced.search(query)).toEqual(whole.search(query));
    }
    expect(sliced.search('t2999')?.matches[2999]).toBe(1);
  });

  it('stops yielding once a query waits for it (urgent), and finishes without the timers running', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const documents: SearchDocuments = { count: 3000, textsOf: (p) => [`event ${p}`] };
      const priority = { urgent: false };
      let done = false;
      const build = createSearchIndexInSlices(documents, 0, priority).then((index) => ((done = true), index));
      await Promise.resolve();
      expect(done).toBe(false); // it yielded to a timer that has not run
      priority.urgent = true;
      await vi.advanceTimersToNextTimerAsync(); // one pending slice boundary, then no more yields
      expect((await build).search('event')?.count).toBe(3000);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
