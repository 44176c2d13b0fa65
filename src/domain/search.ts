import SearchableMap from 'minisearch/SearchableMap';
import type { DatasetIndex } from './dataset-index';

const MARKS = /\p{M}/gu;
const APOSTROPHES = /['‘’ʼ]/g;
const PLAIN = /^[a-z0-9]*$/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Folds a word for comparison: lower case, no diacritics, no apostrophes ("Korea’s" → "koreas"). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, '');
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x2bc;

/** Length in UTF-16 units of the letter, digit or combining mark at `i`, or 0 if there is none. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const point = text.codePointAt(i) ?? 0;
  return WORD_CHAR.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
}

/**
 * Calls `visit` with the bounds of each word: letters, digits and combining marks, with apostrophes
 * (straight or curly) allowed inside, so "Korea’s" is one word. Indexing, queries and highlighting all
 * split text this way. A hand-written scan: a Unicode regex is 3× slower on 100,000 events.
 */
function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const first = wordCharLength(text, i);
    if (!first) {
      i += 1;
      continue;
    }
    const start = i;
    let end = (i += first);
    for (;;) {
      const step = wordCharLength(text, i);
      if (step) end = i += step;
      else if (isApostrophe(text.charCodeAt(i)) && wordCharLength(text, i + 1)) i += 1;
      else break;
    }
    visit(start, end);
    i = end;
  }
}

function queryWords(query: string): string[] {
  const words: string[] = [];
  forEachWord(query, (start, end) => {
    const word = foldWord(query.slice(start, end));
    if (word) words.push(word);
  });
  return words;
}

export interface SearchResult {
  eventIds: Set<string>;
  /** The folded document words that matched, for highlighting. */
  terms: string[];
}

export interface EventSearch {
  /** Events matching every word of the query; null for a blank query (no text filter). */
  search(query: string): SearchResult | null;
}

/** Each event's searchable text: title, summary, excerpts and quotes, place, actor names. */
function eventTexts(index: DatasetIndex, position: number): string[] {
  const { event } = index.events[position]!;
  const texts = [event.title, event.summary.text];
  for (const excerpt of index.excerptsByEvent.get(event.id) ?? []) texts.push(excerpt.selector.exact);
  for (const quote of index.quotesByEvent.get(event.id) ?? []) texts.push(quote.selector.exact);
  if (event.place) texts.push(event.place);
  for (const { actor: id } of event.actors) {
    const actor = index.actorById.get(id);
    if (actor) texts.push(actor.name, ...actor.aliases);
  }
  return texts;
}

/**
 * Builds the full-text index once per dataset: each folded word → the chronological positions of
 * the events containing it, in minisearch's radix tree for prefix and fuzzy look-up. Results are a
 * set (the list stays chronological), so there is no scoring; a query costs O(matched postings + n).
 */
export function createSearchIndex(index: DatasetIndex): EventSearch {
  const n = index.events.length;
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
  for (; position < n; position++) for (const text of eventTexts(index, position)) add(text);
  const terms = new SearchableMap<Uint32Array>();
  for (const [term, list] of postings) if (term) terms.set(term, Uint32Array.from(list));
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
      const eventIds = new Set<string>();
      for (let p = 0; p < n; p++) if (matched[p] === all) eventIds.add(index.events[p]!.event.id);
      const hitTerms = new Set<string>();
      for (const found of expanded) {
        for (const [term, list] of found) if (!hitTerms.has(term) && list.some((p) => matched[p] === all)) hitTerms.add(term);
      }
      return { eventIds, terms: [...hitTerms] };
    },
  };
}

export interface TextRun {
  text: string;
  match: boolean;
}

/** The longest prefix of `word` (cut between code points) whose folded form is one of `terms`. */
function matchedLength(word: string, terms: ReadonlySet<string>): number {
  if (terms.has(foldWord(word))) return word.length;
  let best = 0;
  let cut = 0;
  for (const char of word) {
    cut += char.length;
    if (cut < word.length && terms.has(foldWord(word.slice(0, cut)))) best = cut;
  }
  // The longest cut keeps combining marks with their letter; a trailing apostrophe is not marked.
  while (best > 0 && isApostrophe(word.charCodeAt(best - 1))) best -= 1;
  return best;
}

/**
 * Splits `text` into runs, marking words (or the start of words) that fold to one of `terms`.
 * Joining the runs' text gives back `text` exactly.
 */
export function highlightTerms(text: string, terms: readonly string[]): TextRun[] {
  const wanted = new Set(terms.map(foldWord).filter(Boolean));
  if (wanted.size === 0 || text === '') return text === '' ? [] : [{ text, match: false }];
  const runs: TextRun[] = [];
  let from = 0;
  const push = (to: number, match: boolean) => {
    if (to > from) runs.push({ text: text.slice(from, to), match });
    from = to;
  };
  forEachWord(text, (start, end) => {
    const length = matchedLength(text.slice(start, end), wanted);
    if (length === 0) return;
    push(start, false);
    push(start + length, true);
  });
  push(text.length, false);
  return runs;
}
