import SearchableMap from 'minisearch/SearchableMap';
import { foldWord, forEachWord } from '../text/words';

export { foldWord } from '../text/words';
export { highlightTerms } from '../text/highlight';

function queryWords(query: string): string[] {
  const words: string[] = [];
  forEachWord(query, (start, end) => {
    const word = foldWord(query.slice(start, end));
    if (word) words.push(word);
  });
  return words;
}

export interface SearchResult {
  /** 1 at the chronological position of each event matching every word of the query, else 0. */
  matches: Uint8Array;
  /** How many events match. */
  count: number;
  /** The folded document words that matched, for highlighting. */
  terms: string[];
}

export interface EventSearch {
  /** Events matching every word of the query; null for a blank query (no text filter). */
  search(query: string): SearchResult | null;
}

/** The events to index: how many, and the searchable texts of the one at each chronological position. */
export interface SearchDocuments {
  count: number;
  textsOf(position: number): Iterable<string>;
}

/**
 * Builds the full-text index once per dataset: each folded word → the chronological positions of
 * the events containing it, in minisearch's radix tree for prefix and fuzzy look-up. Results are a
 * set (the list stays chronological), so there is no scoring; a query costs O(matched postings + n).
 */
function* buildSearchIndex(documents: SearchDocuments): Generator<void, EventSearch, void> {
  const n = documents.count;
  const postings = new Map<string, number[]>();
  // Spellings of a word ("Korea’s", "KOREA'S") share their folded term's list: one look-up per word.
  const bySpelling = new Map<string, number[]>();
  let position = 0;
  const add = (text: string) =>
    forEachWord(text, (start, end) => {
      const spelling = text.slice(start, end);
      let list = bySpelling.get(spelling);
      if (!list) {
        const term = foldWord(spelling);
        list = postings.get(term) ?? [];
        postings.set(term, list);
        bySpelling.set(spelling, list);
      }
      if (list[list.length - 1] !== position) list.push(position);
    });
  for (; position < n; position++) {
    for (const text of documents.textsOf(position)) add(text);
    if ((position & 255) === 255) yield;
  }
  const terms = new SearchableMap<Uint32Array>();
  let added = 0;
  for (const [term, list] of postings) {
    if (term) terms.set(term, Uint32Array.from(list));
    if ((++added & 1023) === 0) yield;
  }
  const matched = new Uint32Array(n);

  /** Dictionary words the query word matches: itself, words it begins, and near misses if ≥ 4 letters. */
  function expand(word: string): Map<string, Uint32Array> {
    const found = new Map<string, Uint32Array>(terms.atPrefix(word).entries());
    // Typos are forgiven only in longer words: a 3-letter word has too many 1-edit neighbours.
    const distance = word.length >= 4 ? Math.min(2, Math.round(word.length * 0.2)) : 0;
    if (distance) for (const [term, [list]] of terms.fuzzyGet(word, distance)) found.set(term, list);
    return found;
  }

  return {
    search(query) {
      const words = [...new Set(queryWords(query))];
      if (words.length === 0) return null;
      matched.fill(0);
      const expanded = words.map(expand);
      // matched[p] counts the query words event p has so far; an event must have every one (AND).
      expanded.forEach((found, w) => {
        for (const list of found.values()) for (const p of list) if (matched[p] === w) matched[p] = w + 1;
      });
      const all = words.length;
      const matches = new Uint8Array(n);
      let count = 0;
      for (let p = 0; p < n; p++) {
        if (matched[p] === all) {
          matches[p] = 1;
          count++;
        }
      }
      const hitTerms = new Set<string>();
      for (const found of expanded) {
        for (const [term, list] of found) if (!hitTerms.has(term) && list.some((p) => matched[p] === all)) hitTerms.add(term);
      }
      return { matches, count, terms: [...hitTerms] };
    },
  };
}

/** Builds the index in one go (what tests and a query that cannot wait use). */
export function createSearchIndex(documents: SearchDocuments): EventSearch {
  const steps = buildSearchIndex(documents);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Tells a background build that a query is waiting for it: it stops yielding and finishes at once. */
export interface BuildPriority {
  urgent: boolean;
}

/**
 * Builds the index in slices of about `sliceMs`, yielding to the browser between them, so a large
 * dataset can be indexed in the background without freezing zoom, pan or typing; once
 * `priority.urgent` is set (someone searched), the rest is built without yielding.
 */
export async function createSearchIndexInSlices(documents: SearchDocuments, sliceMs = 8, priority: BuildPriority = { urgent: false }): Promise<EventSearch> {
  const steps = buildSearchIndex(documents);
  let deadline = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (!priority.urgent && performance.now() > deadline) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      deadline = performance.now() + sliceMs;
    }
  }
}
