import type { Actor, Excerpt, Passage, Quote, Source } from '../../domain/model/dataset';
import type { IndexedEvent } from '../../domain/model/indexed-event';
import type { ActorGroup, ActorMatch } from '../../domain/explore/filter';

/**
 * What every screen asks of a dataset, whatever holds it: today an in-memory index of a parsed
 * file; a worker, a columnar file or a query engine can answer the same questions. Screens never
 * read a store's internals, only these answers, through the query options in `queries.ts` (so every
 * answer is cached by TanStack Query under a key that names all of its inputs).
 */
export interface EventStore {
  /** Names this dataset in query keys: the same dataset opened twice has the same key. */
  readonly key: string;
  readonly info: DatasetInfo;
  /** The events passing a filter, chronological. */
  select(filter: EventFilter): Promise<EventSelection>;
  /** Everything the reader shows of one event, or null for an id the dataset does not have. */
  event(id: string): Promise<EventDetail | null>;
  /** An article with every passage anchored in it, or null for an unknown id. */
  source(id: string): Promise<SourceDetail | null>;
  /** Actors by kind with their event counts, most events first (ties by id: the view orders names for its reader). */
  actorGroups(): Promise<ActorGroup[]>;
  /** The events whose id or title is nearest to a mistyped id, nearest first. */
  nearestEvents(id: string, limit: number): Promise<IndexedEvent[]>;
  /** SHA-256 of the file the store was read from, when it was computed: tells whether a page was prerendered from this very file. */
  readonly digest: string | null;
  /** Starts work that a later search will need (building the search index), off the critical path. */
  prepareSearch(): void;
}

export interface DatasetInfo {
  title: string;
  description: string;
  eventCount: number;
  /** The whole dataset's span, UTC ms, end exclusive. */
  extent: { start: number; end: number };
}

export interface EventFilter {
  /** Actor ids as the URL gives them; ids the dataset does not have are reported, not applied. */
  actors: readonly string[];
  match: ActorMatch;
  /** Free-text search; blank = none. */
  query: string;
}

export interface EventSelection {
  /** Events passing every filter, chronological. */
  events: readonly IndexedEvent[];
  /** The filter's actor ids that this dataset has, in the filter's order, and the ones it does not. */
  actors: string[];
  unknownActors: string[];
  /** The text search's outcome, or null without a query. */
  search: { count: number; terms: string[] } | null;
}

export interface EventDetail {
  item: IndexedEvent;
  /** Each of the event's actors (undefined where the dataset lacks it) with the role. */
  actors: { id: string; actor: Actor | undefined; role: IndexedEvent['event']['actors'][number]['role'] }[];
  quotes: QuoteDetail[];
  /** Excerpts grouped by their source, in the order the sources are first cited. */
  excerptsBySource: { sourceId: string; source: Source | undefined; excerpts: Excerpt[] }[];
  related: { item: IndexedEvent; relation: string }[];
}

/** A quote with who said it, where, and who reported it. */
export interface QuoteDetail {
  quote: Quote;
  speaker: Actor | undefined;
  saidAt: IndexedEvent | undefined;
  source: Source | undefined;
}

export interface SourceDetail {
  source: Source;
  /** Every excerpt and quote that points into this source. */
  passages: Passage[];
  /** Titles of the events those passages report. */
  eventTitles: ReadonlyMap<string, string>;
}
