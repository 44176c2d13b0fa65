import { buildDatasetIndex, type DatasetIndex } from '../../domain/explore/dataset-index';
import { actorsByKind, filterEvents, knownActorIds } from '../../domain/explore/filter';
import type * as SearchCode from '../../domain/explore/search';
import type { EventSearch, SearchDocuments } from '../../domain/explore/search';
import type { Dataset } from '../../domain/model/dataset';
import { nearest } from '../../domain/text/nearest';
import type { EventDetail, EventFilter, EventSelection, EventStore, SourceDetail } from './event-store';

type SearchModule = typeof SearchCode;
let searchCode: Promise<SearchModule> | undefined;

/** The full-text search code, fetched once; it is not in the first bundle. */
export function loadSearchCode(): Promise<SearchModule> {
  searchCode ??= import('../../domain/explore/search');
  return searchCode;
}

/** Each event's searchable text: title, summary, excerpts and quotes, place, actor names. */
function searchDocuments(index: DatasetIndex): SearchDocuments {
  return {
    count: index.events.length,
    textsOf(position) {
      const { event } = index.events[position]!;
      const texts = [event.title, event.summary.text];
      for (const excerpt of index.excerptsByEvent.get(event.id) ?? []) texts.push(excerpt.selector.exact);
      for (const quote of index.quotesByEvent.get(event.id) ?? []) texts.push(quote.selector.exact);
      if (event.place) texts.push(event.place);
      for (const { actor: id } of event.actors) {
        const actor = index.actorById.get(id);
        if (actor) texts.push(actor.name, ...actor.aliases);
      }
      return texts;
    },
  };
}

/**
 * The event store over a dataset held in memory, indexed once. Answers at once (its promises are
 * already settled, but for a search, which first fetches its code and builds its index).
 */
export class MemoryEventStore implements EventStore {
  readonly key: string;
  readonly info;
  readonly digest: string | null;
  readonly #index: DatasetIndex;
  #search: Promise<EventSearch> | undefined;
  readonly #searchPriority = { urgent: false };

  constructor(dataset: Dataset, key: string, digest: string | null = null) {
    this.key = key;
    this.digest = digest;
    this.#index = buildDatasetIndex(dataset);
    this.info = {
      title: dataset.title,
      description: dataset.description,
      eventCount: this.#index.events.length,
      extent: this.#index.extent,
    };
  }

  #searchIndex(background: boolean): Promise<EventSearch> {
    // One build per dataset: a query that arrives while the background build runs waits for it.
    // A query that arrives during the background build makes it finish without yielding.
    if (!background) this.#searchPriority.urgent = true;
    this.#search ??= loadSearchCode().then((code) =>
      background
        ? code.createSearchIndexInSlices(searchDocuments(this.#index), 8, this.#searchPriority)
        : code.createSearchIndex(searchDocuments(this.#index)),
    );
    return this.#search;
  }

  prepareSearch(): void {
    void this.#searchIndex(true);
  }

  async select(filter: EventFilter): Promise<EventSelection> {
    const index = this.#index;
    const actors = knownActorIds(index, filter.actors);
    const unknownActors = filter.actors.filter((id) => !actors.includes(id));
    const result = filter.query.trim() ? (await this.#searchIndex(false)).search(filter.query) : null;
    const events = filterEvents(index, { actors, match: filter.match, matches: result?.matches ?? null });
    return { events, actors, unknownActors, search: result && { count: result.count, terms: result.terms } };
  }

  async event(id: string): Promise<EventDetail | null> {
    const index = this.#index;
    const item = index.eventById.get(id);
    if (!item) return null;
    const { event } = item;
    const bySource = new Map<string, EventDetail['excerptsBySource'][number]>();
    for (const excerpt of index.excerptsByEvent.get(id) ?? []) {
      let group = bySource.get(excerpt.source);
      if (!group) bySource.set(excerpt.source, (group = { sourceId: excerpt.source, source: index.sourceById.get(excerpt.source), excerpts: [] }));
      group.excerpts.push(excerpt);
    }
    return {
      item,
      actors: event.actors.map(({ actor, role }) => ({ id: actor, actor: index.actorById.get(actor), role })),
      quotes: (index.quotesByEvent.get(id) ?? []).map((quote) => ({
        quote,
        speaker: index.actorById.get(quote.speaker),
        saidAt: index.eventById.get(quote.saidAt),
        source: index.sourceById.get(quote.source),
      })),
      excerptsBySource: [...bySource.values()],
      related: event.related.flatMap(({ event: relatedId, relation }) => {
        const related = index.eventById.get(relatedId);
        return related ? [{ item: related, relation }] : [];
      }),
    };
  }

  async source(id: string): Promise<SourceDetail | null> {
    const index = this.#index;
    const source = index.sourceById.get(id);
    if (!source) return null;
    const passages = index.passagesBySource.get(id) ?? [];
    const eventTitles = new Map<string, string>();
    for (const passage of passages) {
      for (const eventId of passage.events) eventTitles.set(eventId, index.eventById.get(eventId)?.event.title ?? eventId);
    }
    return { source, passages, eventTitles };
  }

  async actorGroups() {
    return actorsByKind(this.#index);
  }

  async nearestEvents(id: string, limit: number) {
    return nearest(id, this.#index.events, (e) => `${e.event.id} ${e.event.title}`, limit);
  }
}
