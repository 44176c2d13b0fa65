import { isId } from '../domain/model/ids';
import { isValidCalendarDate } from '../domain/time/calendar';
import { excerptOf, rawText, wellFormed, type Decoded, type UrlProblem } from './url-problems';

/** The explorer's state in the query string, shared by the timeline and every event page. */
export interface ExplorerSearch {
  /** Selected actor ids, in the order chosen; absent = no actor filter. */
  actors?: string[];
  /** Absent = "any". */
  match?: 'all';
  /** Free-text search; absent = none. */
  q?: string;
  /** Visible time range, inclusive calendar days (YYYY-MM-DD), both or neither. */
  from?: string;
  to?: string;
}

export const MAX_QUERY_LENGTH = 200;
export const MAX_ACTORS = 100;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day written YYYY-MM-DD (not a month or a year: a range is drawn to the day). */
const isRealDay = (value: string): boolean => DAY.test(value) && isValidCalendarDate(value);

/**
 * Reads the explorer's raw query values. Every key is in the result, undefined when absent or
 * unusable: the router spreads this over the raw values, so a key left out would let a raw,
 * unvalidated string through. Never throws.
 */
export function decodeExplorerSearch(raw: Record<string, unknown>): Decoded<ExplorerSearch> {
  const problems: UrlProblem[] = [];
  const search: ExplorerSearch = {
    actors: undefined,
    match: undefined,
    q: undefined,
    from: undefined,
    to: undefined,
  };

  const actors = rawText(raw, 'actors');
  if (actors !== undefined) {
    const ids = actors.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = ids.filter((id) => !isId(id));
    if (bad.length) problems.push({ code: 'actors-unreadable', values: bad.slice(0, 3).map((v) => excerptOf(v)), count: bad.length });
    const good = [...new Set(ids.filter(isId))];
    if (good.length > MAX_ACTORS) problems.push({ code: 'actors-too-many', max: MAX_ACTORS });
    if (good.length) search.actors = good.slice(0, MAX_ACTORS);
  }

  const match = rawText(raw, 'match');
  if (match !== undefined) {
    if (match === 'all') search.match = 'all';
    else if (match !== 'any') problems.push({ code: 'match-invalid', value: excerptOf(match) });
  }

  const q = rawText(raw, 'q');
  if (q !== undefined) {
    if (q.length > MAX_QUERY_LENGTH) problems.push({ code: 'query-too-long', max: MAX_QUERY_LENGTH });
    const text = wellFormed(q.slice(0, MAX_QUERY_LENGTH));
    if (text) search.q = text;
  }

  const from = rawText(raw, 'from');
  const to = rawText(raw, 'to');
  if (from !== undefined || to !== undefined) {
    if (from === undefined || to === undefined) problems.push({ code: 'range-incomplete' });
    else if (!isRealDay(from) || !isRealDay(to)) problems.push({ code: 'range-invalid', from: excerptOf(from, 20), to: excerptOf(to, 20) });
    // Both days are inclusive: from = to is a one-day view.
    else if (from > to) problems.push({ code: 'range-backwards' });
    else {
      search.from = from;
      search.to = to;
    }
  }
  return { search, problems };
}

/** The filter the explorer's search names, with its defaults. */
export function filterFromSearch(search: Pick<ExplorerSearch, 'actors' | 'match' | 'q'>): { actors: string[]; match: 'any' | 'all'; query: string } {
  return { actors: search.actors ?? [], match: search.match ?? 'any', query: search.q ?? '' };
}
