import fc from 'fast-check';
import { bundled } from './bundled';

/**
 * Addresses a reader could paste, mistype or be sent: paths under / and /events/, query strings with
 * known and unknown keys, percent-encodings (some malformed), very long values, unicode, emoji, RTL
 * text and encoded null bytes. Deterministic for a given seed.
 */

const KNOWN_KEYS = ['actors', 'match', 'q', 'from', 'to', 'quote', 'data'];
const MALFORMED = ['%E0%A4%A', '%', '%%', '%zz', '%G0', '%E0%A4', '%C3', '%ED%A0%80', '%FF%FE', '%u202E', '%2', '%%41'];
const ENCODED_ODDITIES = ['%00', '%00%00', 'a%00b', '%0A%0D', '%09', '%7F', '%EF%BF%BF', '%E2%80%AE', '%F0%9F%92%A9', '%2F..%2F..%2Fetc%2Fpasswd', '%3Cscript%3Ealert(1)%3C%2Fscript%3E'];
const TEXTS = ['مرحبا بالعالم', 'שלום', '\u202Egnp.exe', '🇰🇵🇺🇸', '👨‍👩‍👧‍👦', '∑∆√', '\u0000', 'Ω≈ç√', 'null', 'undefined', '[object Object]', '__proto__', 'constructor', '<b>x</b>', '"\'`', '../../', 'javascript:alert(1)', ' ', '+', '&&&', '==', '#frag'];

const eventIds = bundled.events.map((e) => e.id);
const actorIds = bundled.actors.map((a) => a.id);
const quoteIds = [...bundled.quotes, ...bundled.excerpts].map((p) => p.id);

/** Raw text, percent-encoded for a URL; unicode units include emoji, RTL marks and lone surrogates. */
const encodedText = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom(...TEXTS),
  )
  .map((s) => {
    try {
      return encodeURIComponent(s);
    } catch {
      // A lone surrogate cannot be encoded: send it as the escape a hand-edited URL might have.
      return '%ED%A0%80';
    }
  });

/** 5,000–6,000 characters as they stand in the address (escapes already made, so the length is real). */
const longValue = fc
  .tuple(fc.integer({ min: 5_000, max: 6_000 }), fc.constantFrom('a', '%41', '%C3%A9', 'x,', '%F0%9F%99%82', '%E0%A4%A', 'mike-pompeo,', '%D8%B4'))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)));

const value = fc.oneof(
  { weight: 3, arbitrary: encodedText },
  { weight: 2, arbitrary: fc.constantFrom(...MALFORMED, ...ENCODED_ODDITIES) },
  { weight: 2, arbitrary: fc.constantFrom(...actorIds, ...eventIds, ...quoteIds, 'all', 'any', '2018-06-01', '2019-13-40', 'data/dprk-diplomacy.json', '') },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...actorIds, 'nobody', '%E0%A4%A', ''), { maxLength: 6 }).map((ids) => ids.join(',')) },
  { weight: 1, arbitrary: longValue },
);

const key = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...KNOWN_KEYS) }, { weight: 1, arbitrary: encodedText }, { weight: 1, arbitrary: fc.constantFrom(...MALFORMED, '', 'actors[]', 'q.x') });

const query = fc
  .array(fc.tuple(key, value), { maxLength: 6 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));

const segment = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...eventIds) },
  { weight: 3, arbitrary: encodedText },
  { weight: 1, arbitrary: fc.constantFrom(...MALFORMED, ...ENCODED_ODDITIES, '', '.', '..', 'index.html', 'events') },
  { weight: 1, arbitrary: longValue.map((v) => v.replace(/[,%]/g, 'b')) },
);

const path = fc.oneof(
  fc.constant('/'),
  segment.map((s) => `/events/${s}`),
  fc.tuple(segment, segment).map(([a, b]) => `/events/${a}/${b}`),
  fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => `/${parts.join('/')}`),
);

/**
 * A path and query. At most 7,000 characters once the browser has escaped it: every request the page
 * makes repeats the address in its Referer header, and Node's server refuses headers over 16 kB.
 */
export const fuzzUrl = fc
  .tuple(path, query)
  // A leading "//" would name another host.
  .map(([p, q]) => `${p.replace(/^\/+/, '/')}${q}`)
  .filter((url) => !url.includes('#') && new URL(url, 'http://127.0.0.1').href.length <= 7_000);

/**
 * Addresses a static file server may answer with its own 404 before the app can run: a path (not the
 * query) that cannot be percent-decoded, with a segment longer than a file name can be (255 bytes),
 * or whose last segment looks like a file name (has an extension), for which no page is served.
 */
export function serverMayRefuse(url: string): boolean {
  const segments = new URL(url, 'http://127.0.0.1').pathname.split('/');
  try {
    const decoded = segments.map((segment) => decodeURIComponent(segment));
    return decoded.some((segment) => Buffer.byteLength(segment) > 255) || decoded.at(-1)!.includes('.');
  } catch {
    return true;
  }
}
