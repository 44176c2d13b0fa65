import type { TextQuoteSelector } from '../model/dataset';

/** Where a text-quote selector lands in a text: offsets of `exact` (end exclusive), in UTF-16 code units. */
export type QuoteMatch =
  | { status: 'found'; start: number; end: number }
  | { status: 'not-found' }
  | { status: 'ambiguous'; count: number };

function occurrences(text: string, needle: string, limit = Infinity): number[] {
  const found: number[] = [];
  let from = 0;
  while (found.length < limit) {
    const at = text.indexOf(needle, from);
    if (at < 0) break;
    found.push(at);
    from = at + 1;
  }
  return found;
}

/**
 * Resolves a W3C text-quote selector: `prefix + exact + suffix` must occur exactly once in `text`.
 * Comparison is character for character: no case folding, no quote or white-space normalisation.
 */
export function resolveTextQuote(text: string, selector: TextQuoteSelector): QuoteMatch {
  const prefix = selector.prefix ?? '';
  const whole = prefix + selector.exact + (selector.suffix ?? '');
  const hits = occurrences(text, whole, 2);
  if (hits.length === 0) return { status: 'not-found' };
  if (hits.length > 1) return { status: 'ambiguous', count: occurrences(text, whole).length };
  const start = (hits[0] as number) + prefix.length;
  return { status: 'found', start, end: start + selector.exact.length };
}

/** Why `exact` is not verbatim in the source, as `explainMismatch` finds it. */
export type Mismatch =
  /** It would match if quotation marks and apostrophes were ignored (straight vs curly). */
  | { kind: 'quote-marks' }
  /** Not even its first character occurs. */
  | { kind: 'absent' }
  /** The longest leading part that occurs ends with `agreed`; then the source and the dataset differ. */
  | { kind: 'diverges'; agreed: string; sourceNext: string; datasetNext: string };

const QUOTE_LIKE = /[\u2018\u2019\u201A\u201B\u2032'\u201C\u201D\u201E\u201F\u2033"]/g;

function foldQuoteMarks(s: string): string {
  return s.replace(QUOTE_LIKE, (c) => ("\u2018\u2019\u201A\u201B\u2032'".includes(c) ? "'" : '"'));
}

/**
 * Why `exact` is not in `text`, for a person fixing a misquote: either the quotation marks differ
 * (straight vs curly), or the longest leading part that does occur and where it diverges.
 */
export function explainMismatch(text: string, exact: string): Mismatch {
  if (foldQuoteMarks(text).includes(foldQuoteMarks(exact))) return { kind: 'quote-marks' };
  let lo = 0;
  let hi = exact.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(exact.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return { kind: 'absent' };
  const at = text.indexOf(exact.slice(0, lo)) + lo;
  return {
    kind: 'diverges',
    agreed: exact.slice(Math.max(0, lo - 30), lo),
    sourceNext: text.slice(at, at + 12),
    datasetNext: exact.slice(lo, lo + 12),
  };
}
