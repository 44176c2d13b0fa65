import { ID_PATTERN } from '../data/schema';
import { isValidCalendarDate } from '../domain/dates';

/**
 * The explorer's state that lives in the query string. The router owns it; this module only turns
 * raw strings into this typed shape (dropping what it cannot use, with a reason) and back.
 */
export interface ExplorerSearch {
  /** Selected actor ids, in the order chosen; empty = no actor filter. */
  actors: string[];
  match: 'any' | 'all';
  /** Free-text search; empty = none. */
  q: string;
  /** Visible time range, inclusive calendar days (YYYY-MM-DD), both or neither. */
  from?: string;
  to?: string;
  /** A quote or excerpt to highlight in the selected event. */
  quote?: string;
  /** Another dataset file on this site, instead of the bundled one. */
  data?: string;
}

/** The same state as the router holds it: defaults are absent, so links may omit them. */
export type ExplorerSearchParams = Partial<ExplorerSearch>;

/** Fills in defaults: what components read. */
export function withDefaults(params: ExplorerSearchParams): ExplorerSearch {
  return { ...params, actors: params.actors ?? [], match: params.match ?? 'any', q: params.q ?? '' };
}

/** Leaves defaults out: what the router stores. */
export function compactSearch(search: ExplorerSearch): ExplorerSearchParams {
  const out: ExplorerSearchParams = {};
  if (search.actors.length) out.actors = search.actors;
  if (search.match !== 'any') out.match = search.match;
  if (search.q) out.q = search.q;
  if (search.from && search.to) {
    out.from = search.from;
    out.to = search.to;
  }
  if (search.quote) out.quote = search.quote;
  if (search.data) out.data = search.data;
  return out;
}

export const EMPTY_SEARCH: ExplorerSearch = { actors: [], match: 'any', q: '' };

export const MAX_QUERY_LENGTH = 200;
export const MAX_ACTORS = 100;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A path on this site: no scheme, no host, no `..`, ending in .json.
const DATA_PATH = /^\/?(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\.json$/;

/** A real day written YYYY-MM-DD (not a month or a year: a range is drawn to the day). */
const isRealDay = (value: string): boolean => DAY.test(value) && isValidCalendarDate(value);

// A lone UTF-16 surrogate cannot be percent-encoded; it becomes U+FFFD, as a browser would show it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD');
}

function quoted(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `“${short}”`;
}

export interface DecodedSearch {
  search: ExplorerSearch;
  /** Plain sentences saying what was dropped or corrected, for the reader. */
  problems: string[];
}

/** Reads raw query values (strings, or anything a hand-edited URL produced). Never throws. */
export function decodeSearch(raw: Record<string, unknown>): DecodedSearch {
  const problems: string[] = [];
  const text = (key: string): string | undefined => {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map(String).join(',');
    return String(value);
  };
  const search: ExplorerSearch = { actors: [], match: 'any', q: '' };

  const actors = text('actors');
  if (actors !== undefined) {
    const ids = actors.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = ids.filter((id) => !ID_PATTERN.test(id));
    if (bad.length) problems.push(`Ignored ${bad.length === 1 ? 'an actor' : 'actors'} that could not be read: ${bad.slice(0, 3).map(quoted).join(', ')}.`);
    const good = [...new Set(ids.filter((id) => ID_PATTERN.test(id)))];
    if (good.length > MAX_ACTORS) problems.push(`Only the first ${MAX_ACTORS} actors in the link are used.`);
    search.actors = good.slice(0, MAX_ACTORS);
  }

  const match = text('match');
  if (match !== undefined) {
    if (match === 'all' || match === 'any') search.match = match;
    else problems.push(`The match mode ${quoted(match)} is not “any” or “all”, so events with any selected actor are shown.`);
  }

  const q = text('q');
  if (q !== undefined) {
    if (q.length > MAX_QUERY_LENGTH) problems.push(`The search text was cut to its first ${MAX_QUERY_LENGTH} characters.`);
    search.q = wellFormed(q.slice(0, MAX_QUERY_LENGTH));
  }

  const from = text('from');
  const to = text('to');
  if (from !== undefined || to !== undefined) {
    if (from === undefined || to === undefined) {
      problems.push('The visible range needs both “from” and “to”, so the whole timeline is shown.');
    } else if (!isRealDay(from) || !isRealDay(to)) {
      problems.push(`The visible range ${quoted(`${from} – ${to}`)} is not two dates (YYYY-MM-DD), so the whole timeline is shown.`);
    } else if (from > to) {
      // Both days are inclusive: from = to is a one-day view.
      problems.push('The visible range ends before it starts, so the whole timeline is shown.');
    } else {
      search.from = from;
      search.to = to;
    }
  }

  const quote = text('quote');
  if (quote !== undefined) {
    if (ID_PATTERN.test(quote)) search.quote = quote;
    else problems.push(`The quote ${quoted(quote)} in the link could not be read, so no quote is highlighted.`);
  }

  const data = text('data');
  if (data !== undefined) {
    if (DATA_PATH.test(data) && !data.split('/').includes('..')) search.data = data;
    else problems.push(`The dataset ${quoted(data)} is not a .json file on this site, so the bundled dataset is shown.`);
  }

  return { search, problems };
}

/** The query-string values for a state, with defaults left out. */
export function encodeSearch(search: ExplorerSearch): Record<string, string> {
  const { actors, ...rest } = compactSearch(search);
  return { ...(actors ? { actors: actors.join(',') } : {}), ...rest } as Record<string, string>;
}

// Commas and slashes are left readable: ids never contain them, and they are legal in a query.
function encodeValue(value: string): string {
  return encodeURIComponent(wellFormed(value)).replace(/%2C/gi, ',').replace(/%2F/gi, '/');
}

/** `?actors=pompeo,lavrov&match=all` — the router's `stringifySearch`. */
export function stringifySearch(search: Record<string, unknown>): string {
  const { search: valid } = decodeSearch(search);
  const pairs = Object.entries(encodeSearch(valid)).map(([k, v]) => `${k}=${encodeValue(v)}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** The router's `parseSearch`: raw strings only, the last of repeated keys wins. Never throws. */
export function parseSearch(searchStr: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(searchStr)) out[key] = value;
  return out;
}
