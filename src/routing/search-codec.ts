import { wellFormed } from './url-problems';

/**
 * The router's `parseSearch` / `stringifySearch`: query strings as readable as the app can make
 * them (`?actors=mike-pompeo,sergey-lavrov&match=all`). Parsing only splits the string; each
 * route's schema decides what a value means. Writing lists every key in one order, so the same view
 * always has the same address.
 */

/** Every key a route reads, in the order links write them; other keys are not written. */
export const SEARCH_KEYS = ['actors', 'match', 'q', 'from', 'to', 'quote', 'data'] as const;

/** Raw strings only, the last of repeated keys wins. Never throws. */
export function parseSearch(searchStr: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(searchStr)) out[key] = value;
  return out;
}

// Commas and slashes are left readable: ids never contain them, and they are legal in a query.
function encodeValue(value: string): string {
  return encodeURIComponent(wellFormed(value)).replace(/%2C/gi, ',').replace(/%2F/gi, '/');
}

/** A validated search state as a query string: lists joined with commas, absent and empty values left out. */
export function stringifySearch(search: Record<string, unknown>): string {
  const pairs: string[] = [];
  for (const key of SEARCH_KEYS) {
    const value = search[key];
    if (value === undefined || value === null || value === '') continue;
    const text = Array.isArray(value) ? value.map(String).join(',') : String(value);
    if (text) pairs.push(`${key}=${encodeValue(text)}`);
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
}
