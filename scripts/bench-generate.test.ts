import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ACTORS, generateDataset, MAX_ACTORS, MIN_ACTORS, RANGE_SHARE, SEARCH_WORD } from '../bench/generate';
import { decodeSourcelineFile } from '../src/data/formats/sourceline/parse';
import { createI18n } from '../src/i18n/i18n';
import { formatProblem } from '../src/i18n/problem-messages';
import { ID_PATTERN } from '../src/domain/model/ids';

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('bench dataset generator', () => {
  it('gives the same JSON for the same seed, and different JSON for another seed', () => {
    const a = hash(generateDataset({ events: 500, seed: 7 }));
    expect(hash(generateDataset({ events: 500, seed: 7 }))).toBe(a);
    expect(hash(generateDataset({ events: 500, seed: 8 }))).not.toBe(a);
  });

  it.each([1, 120, 2000])('makes exactly %i events, a fifth of them ranges, that pass decodeSourcelineFile', (n) => {
    const dataset = generateDataset({ events: n });
    expect(dataset.events).toHaveLength(n);
    expect(dataset.events.filter((e) => e.end !== undefined)).toHaveLength(Math.round(n * RANGE_SHARE));
    const checked = decodeSourcelineFile(JSON.parse(JSON.stringify(dataset)));
    expect(checked.ok ? [] : checked.problems.map((p) => formatProblem(p, createI18n()))).toEqual([]);
  });

  it('cites every event, keeps sources few, and makes 12 to 50 actors', () => {
    const dataset = generateDataset({ events: 2000 });
    const cited = new Set(dataset.excerpts.flatMap((x) => x.events));
    expect(dataset.events.every((e) => cited.has(e.id))).toBe(true);
    expect(dataset.sources.length).toBe(40);
    expect(dataset.quotes.length).toBeGreaterThan(100);
    expect(dataset.actors.length).toBe(DEFAULT_ACTORS);
    expect(generateDataset({ events: 50, actors: MIN_ACTORS }).actors).toHaveLength(MIN_ACTORS);
    expect(generateDataset({ events: 50, actors: MAX_ACTORS }).actors).toHaveLength(MAX_ACTORS);
    expect(() => generateDataset({ events: 50, actors: MAX_ACTORS + 1 })).toThrow(/actors/);
  });

  it('uses URL-safe unique ids, unique passages, and titles a search can find', () => {
    const dataset = generateDataset({ events: 2000 });
    const ids = dataset.events.map((e) => e.id);
    expect(ids.every((id) => ID_PATTERN.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const passages = [...dataset.excerpts, ...dataset.quotes].map((p) => `${p.source}:${p.selector.exact}`);
    expect(new Set(passages).size).toBe(passages.length);
    expect(dataset.events.some((e) => e.title.toLowerCase().includes(SEARCH_WORD))).toBe(true);
  });
});
