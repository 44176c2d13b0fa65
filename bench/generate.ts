/**
 * Deterministic synthetic datasets in Sourceline's own schema, for `npm run bench`: `n` events over
 * 35 years (1990–2024), exactly 20 % of them ranges, 12–50 actors, one source per ~50 events whose
 * text is built from the very sentences the excerpts and quotes cite. Same options → same JSON.
 */
import type { SourcelineFileV1 } from '../src/data/formats/sourceline/schema';
import type { Actor, Excerpt, Precision, Quote, Source, TimelineEvent } from '../src/domain/model/dataset';
import {
  ADJECTIVES, CITIES, FIRST_NAMES, LAST_NAMES, ORGANISATIONS, PERSON_ROLES, PUBLISHERS, QUOTE_OPENINGS,
  RELATIONS, REPORT_VERBS, STATES, TITLE_TEMPLATES, TOPICS, VENUES, WORDS,
} from './vocabulary';

/** Bump when the output changes, so cached files in bench/.data are regenerated. */
export const GENERATOR_VERSION = 2;
/** A word in some titles of every generated dataset (and of the bundled one): what the bench types. */
export const SEARCH_WORD = 'summit';
export const EVENTS_PER_SOURCE = 50;
export const RANGE_SHARE = 0.2;
const FIRST_YEAR = 1990;
const LAST_YEAR = 2024;

export interface GenerateOptions {
  events: number;
  seed?: number;
  /**
   * 12–50. The same for every size by default, so that comparing sizes changes only the number of
   * events (the actor filter lists every actor: more actors, more DOM).
   */
  actors?: number;
}

export const DEFAULT_ACTORS = 30;
export const MIN_ACTORS = 12;
export const MAX_ACTORS = 50;

/** mulberry32: a small, fast, seedable PRNG; good enough to vary text, not for cryptography. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof createRandom>;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A date as units of its precision: days since 1970, months since year 0, or years. */
interface UnitDate {
  precision: Precision;
  unit: number;
}

const DAY_MS = 86_400_000;
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
const FIRST_DAY = dayOf(FIRST_YEAR, 1, 1);
const LAST_DAY = dayOf(LAST_YEAR, 12, 31);
const LIMIT: Record<Precision, number> = { day: LAST_DAY, month: LAST_YEAR * 12 + 11, year: LAST_YEAR };

function toUnit(day: number, precision: Precision): number {
  const date = new Date(day * DAY_MS);
  if (precision === 'day') return day;
  if (precision === 'month') return date.getUTCFullYear() * 12 + date.getUTCMonth();
  return date.getUTCFullYear();
}

function formatUnit({ precision, unit }: UnitDate): string {
  if (precision === 'year') return String(unit);
  if (precision === 'month') return `${Math.floor(unit / 12)}-${pad((unit % 12) + 1)}`;
  const date = new Date(unit * DAY_MS);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function spokenDate({ precision, unit }: UnitDate): string {
  if (precision === 'year') return `in ${unit}`;
  if (precision === 'month') return `in ${MONTHS[unit % 12]} ${Math.floor(unit / 12)}`;
  const date = new Date(unit * DAY_MS);
  return `on ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The last calendar day a unit date covers, as days since 1970. */
function lastDayOf({ precision, unit }: UnitDate): number {
  if (precision === 'day') return unit;
  if (precision === 'month') return dayOf(Math.floor(unit / 12), (unit % 12) + 2, 0);
  return dayOf(unit, 12, 31);
}

function buildActors(count: number, random: Random): Actor[] {
  const states = Math.max(3, Math.round(count * 0.3));
  const orgs = Math.max(2, Math.min(ORGANISATIONS.length, Math.round(count * 0.15)));
  const actors: Actor[] = [];
  const used = new Set<string>();
  for (let i = 0; i < states; i++) {
    const name = STATES[i % STATES.length] + (i >= STATES.length ? ` ${Math.floor(i / STATES.length) + 1}` : '');
    actors.push({ id: slug(name), name, kind: 'state', role: null, affiliation: null, aliases: [`the ${name} government`] });
  }
  for (let i = 0; i < orgs; i++) {
    const name = ORGANISATIONS[i] as string;
    const acronym = name.split(' ').filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
    actors.push({ id: slug(name), name, kind: 'organisation', role: null, affiliation: null, aliases: [acronym] });
  }
  while (actors.length < count) {
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    if (used.has(name)) continue;
    used.add(name);
    const state = actors[random.int(0, states - 1)] as Actor;
    const role = `${random.pick(PERSON_ROLES)} of ${state.name}`;
    const last = name.split(' ')[1] as string;
    actors.push({ id: slug(name), name, kind: 'person', role, affiliation: state.id, aliases: [last, `${role.split(' of ')[0]} ${last}`] });
  }
  return actors;
}

/** Picks distinct items, favouring the front of the list (a few actors are in most of the news). */
function pickWeighted<T>(items: readonly T[], count: number, random: Random): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) {
    const rank = Math.floor(items.length * random.next() ** 1.8);
    chosen.add(items[rank] as T);
  }
  return [...chosen];
}

interface Storyline {
  topic: (typeof TOPICS)[number];
  centre: number;
  spread: number;
  cast: Actor[];
  events: string[];
}

function words(random: Random, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(i % 2 === 0 ? random.pick(ADJECTIVES) : random.pick(WORDS));
  return out.join(' ');
}

function fillTitle(template: string, actors: Actor[], topic: string, city: string): string {
  const people = actors.filter((a) => a.kind !== 'organisation');
  const org = actors.find((a) => a.kind === 'organisation');
  return template
    .replace('{a}', people[0]?.name ?? '')
    .replace('{b}', people[1]?.name ?? '')
    .replace('{org}', org?.name ?? '')
    .replace('{topic}', topic)
    .replace('{city}', city);
}

function canFill(template: string, actors: Actor[]): boolean {
  const people = actors.filter((a) => a.kind !== 'organisation').length;
  if (template.includes('{b}') && people < 2) return false;
  if (template.includes('{a}') && people < 1) return false;
  return !template.includes('{org}') || actors.some((a) => a.kind === 'organisation');
}

interface Draft {
  event: TimelineEvent;
  start: UnitDate;
  lastDay: number;
  topic: Storyline['topic'];
  city: string;
  cast: Actor[];
}

function buildEvent(index: number, ranged: boolean, story: Storyline, actors: Actor[], random: Random): Draft {
  const precision: Precision = random.chance(0.85) ? 'day' : random.chance(0.8) ? 'month' : 'year';
  const inStory = random.chance(0.65);
  const jitter = (random.next() + random.next() + random.next() - 1.5) * story.spread;
  const day = Math.round(inStory ? story.centre + jitter : FIRST_DAY + random.next() * (LAST_DAY - FIRST_DAY));
  let startUnit = toUnit(Math.max(FIRST_DAY, Math.min(LAST_DAY, day)), precision);
  let endUnit: number | undefined;
  if (ranged) {
    const length = precision === 'day' ? random.int(1, 45) : precision === 'month' ? random.int(1, 6) : random.int(1, 2);
    endUnit = Math.min(startUnit + length, LIMIT[precision]);
    startUnit = Math.min(startUnit, endUnit - 1);
  }
  const start: UnitDate = { precision, unit: startUnit };
  const end: UnitDate | undefined = endUnit === undefined ? undefined : { precision, unit: endUnit };

  const castSize = random.int(1, 4);
  const cast = [...new Set([...pickWeighted(story.cast, Math.min(castSize, 2), random), ...pickWeighted(actors, castSize, random)])].slice(0, castSize);
  const templates = TITLE_TEMPLATES.filter((t) => canFill(t, cast));
  const city = random.pick(CITIES);
  const title = fillTitle(templates.length ? random.pick(templates) : '{topic} talks continue in {city}', cast, story.topic.noun, city);
  const fixedTitle = title.charAt(0).toUpperCase() + title.slice(1);
  const id = `${slug(fixedTitle).split('-').slice(0, 4).join('-')}-${index.toString(36)}`;
  const established = random.chance(0.85);
  const publisher = random.pick(PUBLISHERS);
  const note = established
    ? `${publisher} report and communiqué, both dated ${formatUnit(start)}.`
    : `Inferred: ${publisher} says only "last ${precision === 'day' ? 'week' : precision}".`;
  const lead = cast[0] as Actor;
  const summary =
    `${lead.name} ${random.pick(['discussed', 'raised', 'set out a position on', 'pressed for progress on'])} ${story.topic.subject} ${spokenDate(start)}. ` +
    (random.chance(0.4) ? `Officials called it a ${words(random, 2)}.` : '');
  const related: TimelineEvent['related'] = [];
  const earlier = story.events.at(-1 - random.int(0, 3));
  if (earlier && random.chance(0.25)) related.push({ event: earlier, relation: random.pick(RELATIONS) });
  story.events.push(id);

  const event: TimelineEvent = {
    id,
    title: fixedTitle,
    start: formatUnit(start),
    ...(end ? { end: formatUnit(end) } : {}),
    precision,
    basis: { certainty: established ? 'established' : 'inferred', note },
    place: random.chance(0.8) ? (random.chance(0.4) ? `${random.pick(VENUES)}, ${city}` : city) : null,
    actors: cast.map((actor, i) => ({ actor: actor.id, role: i === 0 ? 'participant' : random.pick(['participant', 'subject', 'mentioned'] as const) })),
    summary: { text: summary.trim(), editorial: true },
    tags: [...new Set([story.topic.tag, ...(random.chance(0.3) ? [random.pick(TOPICS).tag] : [])])],
    related,
  };
  return { event, start, lastDay: lastDayOf(end ?? start), topic: story.topic, city, cast };
}

/** Where a passage landed in its source text while the text was being written. */
interface Placed {
  exact: string;
  at: number;
  passage: Excerpt | Quote;
}

/** Adds a prefix to any selector whose `exact` occurs more than once, so each resolves exactly once. */
function disambiguate(text: string, placed: Placed[]): void {
  for (const { exact, at, passage } of placed) {
    if (text.indexOf(exact) === text.lastIndexOf(exact)) continue;
    for (let k = 8; k <= at; k += 8) {
      const prefix = text.slice(at - k, at);
      const whole = prefix + exact;
      if (text.indexOf(whole) === text.lastIndexOf(whole)) {
        passage.selector = { prefix, exact };
        break;
      }
    }
  }
}

function buildSource(k: number, drafts: Draft[], random: Random): { source: Source; excerpts: Excerpt[]; quotes: Quote[] } {
  const publisher = random.pick(PUBLISHERS);
  const id = `${slug(publisher)}-digest-${k.toString(36)}`;
  const first = drafts[0] as Draft;
  const lastDay = Math.max(...drafts.map((d) => d.lastDay));
  const published: UnitDate = { precision: 'day', unit: lastDay + random.int(1, 3) };
  const headline = `${first.topic.noun.charAt(0).toUpperCase()}${first.topic.noun.slice(1)} and other developments, ${spokenDate({ precision: 'month', unit: toUnit(lastDay, 'month') }).slice(3)}`;
  let text = `${headline}\n`;
  const placed: Placed[] = [];
  const excerpts: Excerpt[] = [];
  const quotes: Quote[] = [];
  let inParagraph = 0;
  const write = (sentence: string): number => {
    const separator = inParagraph === 0 ? '\n' : ' ';
    text += separator;
    const at = text.length;
    text += sentence;
    inParagraph = inParagraph >= random.int(2, 4) ? 0 : inParagraph + 1;
    return at;
  };
  for (const draft of drafts) {
    const { event, cast } = draft;
    const names = cast.slice(0, 2).map((a) => a.name).join(' and ');
    const sentence =
      `${spokenDate(draft.start).replace(/^./, (c) => c.toUpperCase())}, ${names} ${random.pick(['met', 'spoke', 'clashed', 'negotiated', 'appeared'])} in ${draft.city} over ${draft.topic.subject}` +
      (random.chance(0.5) ? `, calling it ${words(random, 2)}.` : '.');
    const excerpt: Excerpt = {
      id: `x-${event.id}`,
      source: id,
      selector: { exact: sentence },
      events: [event.id, ...event.related.map((r) => r.event)].slice(0, 2),
      ...(random.chance(0.3) ? { positionOf: [(cast[0] as Actor).id] } : {}),
    };
    placed.push({ exact: sentence, at: write(sentence), passage: excerpt });
    excerpts.push(excerpt);

    const speaker = cast.find((a) => a.kind === 'person');
    if (speaker && random.chance(0.4)) {
      const inside = `${random.pick(QUOTE_OPENINGS)} ${words(random, random.int(3, 9))},`;
      const quote: Quote = { id: `q-${event.id}`, source: id, selector: { exact: inside }, events: [event.id], speaker: speaker.id, saidAt: event.id, interpreted: random.chance(0.1) };
      const at = write(`\u201c${inside}\u201d ${speaker.name} ${random.pick(REPORT_VERBS)} ${spokenDate(draft.start).replace(/^(on|in) /, '')}.`) + 1;
      placed.push({ exact: inside, at, passage: quote });
      quotes.push(quote);
    }
    if (random.chance(0.2)) write(random.pick(['Officials declined to comment further.', 'The talks were closed to the press.', 'No joint statement was issued.']));
  }
  disambiguate(text, placed);
  const source: Source = {
    id,
    headline,
    publisher,
    outlet: random.chance(0.3) ? random.pick(PUBLISHERS) : null,
    published: { date: formatUnit(published), precision: 'day', basis: { certainty: 'established', note: `Dateline of the ${publisher} digest.` } },
    url: random.chance(0.8) ? `https://news.example.org/${id}` : null,
    language: 'en',
    text,
  };
  return { source, excerpts, quotes };
}

export function generateDataset({ events: n, seed = 1, actors: actorCount = DEFAULT_ACTORS }: GenerateOptions): SourcelineFileV1 {
  if (!Number.isInteger(n) || n < 1) throw new Error(`events must be a positive integer, got ${n}`);
  if (!Number.isInteger(actorCount) || actorCount < MIN_ACTORS || actorCount > MAX_ACTORS) {
    throw new Error(`actors must be an integer from ${MIN_ACTORS} to ${MAX_ACTORS}, got ${actorCount}`);
  }
  const random = createRandom(seed * 0x9e3779b1 + n);
  const actors = buildActors(actorCount, random);
  // The first storyline is about summits, so SEARCH_WORD always finds titles.
  const storylines: Storyline[] = Array.from({ length: Math.max(8, Math.round(n / 150)) }, (_, i) => ({
    topic: i === 0 ? TOPICS[0] : random.pick(TOPICS),
    centre: FIRST_DAY + random.next() * (LAST_DAY - FIRST_DAY),
    spread: random.int(20, 700),
    cast: pickWeighted(actors, random.int(2, 5), random),
    events: [],
  }));

  // Exactly 20 % ranges: a seeded shuffle picks which.
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const ranged = new Set(order.slice(0, Math.round(n * RANGE_SHARE)));
  const drafts = Array.from({ length: n }, (_, i) => buildEvent(i, ranged.has(i), random.pick(storylines), actors, random));

  // Each source reports ~50 consecutive events, in the order they happened.
  const chronological = [...drafts].sort((a, b) => a.lastDay - b.lastDay || a.event.id.localeCompare(b.event.id));
  const sources: Source[] = [];
  const excerpts: Excerpt[] = [];
  const quotes: Quote[] = [];
  for (let k = 0; k * EVENTS_PER_SOURCE < n; k++) {
    const built = buildSource(k, chronological.slice(k * EVENTS_PER_SOURCE, (k + 1) * EVENTS_PER_SOURCE), random);
    sources.push(built.source);
    excerpts.push(...built.excerpts);
    quotes.push(...built.quotes);
  }

  return {
    version: 1,
    title: `Synthetic benchmark: ${n.toLocaleString('en-US')} events`,
    description: `Generated by bench/generate.ts (seed ${seed}): ${n} invented events from ${FIRST_YEAR} to ${LAST_YEAR}, for measuring the explorer, not for reading.`,
    sources,
    actors,
    events: drafts.map((d) => d.event),
    excerpts,
    quotes,
  };
}
