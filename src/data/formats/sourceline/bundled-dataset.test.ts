import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, TextQuoteSelector } from '../../../domain/model/dataset';
import { sourcelineFileV1Schema } from './schema';

/**
 * Fidelity of the bundled dataset (public/data/dprk-diplomacy.json) to the two articles it is built
 * from. The fixtures in __fixtures__/seeds are byte-exact copies of the seed articles.
 */

const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8');

const raw: unknown = JSON.parse(read('../../../../public/data/dprk-diplomacy.json'));
const dataset: Dataset = sourcelineFileV1Schema.parse(raw);

/** Source id → fixture file, with the quotation marks that article uses. */
const SEEDS = {
  'yonhap-pompeo-lavrov-sochi': { file: '000_7e6ddb891c8783c8.txt', open: '\u201C', close: '\u201D', spans: 6 },
  'yonhap-pompeo-sanctions-russia': { file: '004_908e5ed00d866e4a.txt', open: '"', close: '"', spans: 5 },
} as const;
type SeedId = keyof typeof SEEDS;
const seedIds = Object.keys(SEEDS) as SeedId[];
const seedText = (id: SeedId) => read(`./__fixtures__/seeds/${SEEDS[id].file}`);

interface Span {
  start: number; // offset of the first character inside the marks
  text: string; // the characters between the marks
}

/**
 * Every quoted span: each opening mark paired with the next closing mark. Only double quotation marks
 * count; apostrophes (' and ’) are not quotation marks. Throws on an unpaired mark.
 */
function quotedSpans(text: string, open: string, close: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (;;) {
    const o = text.indexOf(open, from);
    if (o < 0) break;
    const c = text.indexOf(close, o + 1);
    if (c < 0) throw new Error(`unpaired ${open} at offset ${o}`);
    const inner = text.slice(o + 1, c);
    if (open !== close && inner.includes(open)) throw new Error(`nested or unpaired ${open} at offset ${o}`);
    spans.push({ start: o + 1, text: inner });
    from = c + 1;
  }
  if (open !== close && text.indexOf(close, from) >= 0) throw new Error(`unpaired ${close} after offset ${from}`);
  return spans;
}

function occurrences(text: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/** Offset of `exact` if prefix + exact + suffix occurs exactly once in `text`, else null. */
function resolve(text: string, selector: TextQuoteSelector): number | null {
  const prefix = selector.prefix ?? '';
  const hits = occurrences(text, prefix + selector.exact + (selector.suffix ?? ''));
  return hits.length === 1 ? (hits[0] as number) + prefix.length : null;
}

/** Problems with passages whose selector does not resolve verbatim and uniquely in its source. */
function verbatimProblems(data: Dataset): string[] {
  const texts = new Map(data.sources.map((s) => [s.id, s.text]));
  const problems: string[] = [];
  for (const [kind, passages] of [['excerpts', data.excerpts], ['quotes', data.quotes]] as const) {
    passages.forEach((p, i) => {
      const text = texts.get(p.source);
      if (text === undefined) problems.push(`${kind}[${i}] (${p.id}): unknown source ${p.source}`);
      else if (resolve(text, p.selector) === null) {
        const n = occurrences(text, (p.selector.prefix ?? '') + p.selector.exact + (p.selector.suffix ?? '')).length;
        problems.push(`${kind}[${i}] (${p.id}): prefix+exact+suffix occurs ${n} times, not once`);
      }
    });
  }
  return problems;
}

describe('bundled dataset', () => {
  it('validates against sourcelineFileV1Schema', () => {
    expect(sourcelineFileV1Schema.safeParse(raw).success).toBe(true);
  });

  it('keeps each article text exactly as in its seed file', () => {
    expect(dataset.sources.map((s) => s.id).sort()).toEqual([...seedIds].sort());
    for (const id of seedIds) {
      const source = dataset.sources.find((s) => s.id === id);
      expect(source?.text, id).toBe(seedText(id));
    }
  });

  describe.each(seedIds)('quotation coverage of %s', (id) => {
    const { open, close, spans: expectedCount } = SEEDS[id];
    const text = seedText(id);
    const spans = quotedSpans(text, open, close);

    it(`finds the ${expectedCount} quoted spans counted by hand`, () => {
      expect(spans).toHaveLength(expectedCount);
      for (const span of spans) expect(span.text).not.toMatch(/^\s|\s$/);
    });

    it('covers every quoted span with a quote resolving to exactly that span', () => {
      const quotes = dataset.quotes.filter((q) => q.source === id);
      for (const span of spans) {
        const covering = quotes.filter((q) => q.selector.exact === span.text && resolve(text, q.selector) === span.start);
        expect(covering.map((q) => q.id), `no quote for ${open}${span.text}${close}`).toHaveLength(1);
      }
    });
  });

  it('has every excerpt and quote verbatim in its source, uniquely', () => {
    expect(verbatimProblems(dataset)).toEqual([]);
  });

  it('fails the verbatim check on a quote with one character changed', () => {
    const broken = structuredClone(dataset);
    const quote = broken.quotes.find((q) => q.id === 'q-pompeo-full-implementation');
    expect(quote).toBeDefined();
    if (!quote) return;
    quote.selector.exact = quote.selector.exact.replace('full implementation', 'full implementations');
    expect(verbatimProblems(broken)).toEqual([
      `quotes[${broken.quotes.indexOf(quote)}] (q-pompeo-full-implementation): prefix+exact+suffix occurs 0 times, not once`,
    ]);

    const curly = structuredClone(dataset);
    const withApostrophe = curly.quotes.find((q) => q.id === 'q-pompeo-central-to-efforts');
    if (!withApostrophe) throw new Error('fixture quote missing');
    withApostrophe.selector.exact = withApostrophe.selector.exact.replace("'", '\u2019'); // straight → curly
    expect(verbatimProblems(curly)).toHaveLength(1);
  });

  it('gives every event at least one excerpt or quote', () => {
    const cited = new Set([...dataset.excerpts, ...dataset.quotes].flatMap((p) => p.events));
    for (const event of dataset.events) expect(cited.has(event.id), event.id).toBe(true);
  });

  it('resolves every id reference and has no duplicate ids', () => {
    const ids = (items: { id: string }[]) => new Set(items.map((i) => i.id));
    const sources = ids(dataset.sources);
    const actors = ids(dataset.actors);
    const events = ids(dataset.events);
    expect(sources.size).toBe(dataset.sources.length);
    expect(actors.size).toBe(dataset.actors.length);
    expect(events.size).toBe(dataset.events.length);
    expect(ids([...dataset.excerpts, ...dataset.quotes]).size).toBe(dataset.excerpts.length + dataset.quotes.length);

    const missing: string[] = [];
    const need = (set: Set<string>, id: string | null | undefined, where: string) => {
      if (id != null && !set.has(id)) missing.push(`${where}: ${id}`);
    };
    for (const a of dataset.actors) need(actors, a.affiliation, `actor ${a.id} affiliation`);
    for (const e of dataset.events) {
      for (const a of e.actors) need(actors, a.actor, `event ${e.id} actor`);
      for (const r of e.related) need(events, r.event, `event ${e.id} related`);
    }
    for (const p of [...dataset.excerpts, ...dataset.quotes]) {
      need(sources, p.source, `${p.id} source`);
      for (const e of p.events) need(events, e, `${p.id} events`);
    }
    for (const x of dataset.excerpts) for (const a of x.positionOf ?? []) need(actors, a, `${x.id} positionOf`);
    for (const q of dataset.quotes) {
      need(actors, q.speaker, `${q.id} speaker`);
      need(events, q.saidAt, `${q.id} saidAt`);
    }
    expect(missing).toEqual([]);
  });

  it('names every actor of a quote among the actors of the event it was said at', () => {
    for (const q of dataset.quotes) {
      const at = dataset.events.find((e) => e.id === q.saidAt);
      expect(at?.actors.some((a) => a.actor === q.speaker), `${q.id}: ${q.speaker} at ${q.saidAt}`).toBe(true);
    }
  });
});
