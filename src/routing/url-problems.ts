/**
 * What in an address could not be used, as values. The explorer shows them as plain sentences (the
 * i18n layer words them) with a link to the same view without them.
 */
export type UrlProblem =
  | { code: 'actors-unreadable'; values: string[]; count: number }
  | { code: 'actors-too-many'; max: number }
  | { code: 'actors-unknown'; ids: string[] }
  | { code: 'match-invalid'; value: string }
  | { code: 'query-too-long'; max: number }
  | { code: 'range-incomplete' }
  | { code: 'range-invalid'; from: string; to: string }
  | { code: 'range-backwards' }
  | { code: 'quote-unreadable'; value: string }
  | { code: 'quote-not-in-event'; id: string }
  | { code: 'data-invalid'; value: string };

/** What a route's search decoder gives: the usable values, and what it dropped. */
export interface Decoded<T> {
  search: T;
  problems: UrlProblem[];
}

/** Any value as text, whatever it is (an object whose `toString` is not a function included). Never throws. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(asText).join(',');
  try {
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** A raw query value as a string (a hand-edited URL, or code calling the router, can produce anything). */
export function rawText(raw: Record<string, unknown>, key: string): string | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  return asText(value);
}

// A lone UTF-16 surrogate cannot be percent-encoded; it becomes U+FFFD, as a browser would show it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD');
}

/** A value echoed back to the reader, cut to a readable length. */
export function excerptOf(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
