import type { Actor, Dataset, Excerpt, Quote, Source, TimelineEvent } from '../data/schema';
import { compareText } from './collate';
import { eventInterval } from './dates';

/** An event with its interval in UTC ms (end exclusive), computed once. */
export interface IndexedEvent {
  event: TimelineEvent;
  start: number;
  end: number;
  /** Position in chronological order. */
  order: number;
}

/** Lookups the screens need, built once per dataset. */
export interface DatasetIndex {
  dataset: Dataset;
  /** Chronological: by start, then end, then title. */
  events: IndexedEvent[];
  eventById: Map<string, IndexedEvent>;
  actorById: Map<string, Actor>;
  sourceById: Map<string, Source>;
  /** Quotes whose `events` include the event, in source order. */
  quotesByEvent: Map<string, Quote[]>;
  excerptsByEvent: Map<string, Excerpt[]>;
  /** Every excerpt and quote anchored in a source. */
  passagesBySource: Map<string, (Excerpt | Quote)[]>;
  passageById: Map<string, Excerpt | Quote>;
  /** How many events each actor takes part in (any role). */
  eventCountByActor: Map<string, number>;
  /** The positions in `events` of the events each actor takes part in (any role), ascending: what the actor filter counts with. */
  eventOrdersByActor: Map<string, Uint32Array>;
  /** Whole span of the dataset, UTC ms. */
  extent: { start: number; end: number };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function isQuote(passage: Excerpt | Quote): passage is Quote {
  return 'speaker' in passage;
}

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const events = dataset.events
    .map((event) => ({ event, ...eventInterval(event), order: 0 }))
    .sort((a, b) => a.start - b.start || a.end - b.end || compareText(a.event.title, b.event.title));
  events.forEach((e, i) => (e.order = i));

  const quotesByEvent = new Map<string, Quote[]>();
  const excerptsByEvent = new Map<string, Excerpt[]>();
  const passagesBySource = new Map<string, (Excerpt | Quote)[]>();
  const passageById = new Map<string, Excerpt | Quote>();
  for (const quote of dataset.quotes) {
    for (const id of quote.events) push(quotesByEvent, id, quote);
    push(passagesBySource, quote.source, quote);
    passageById.set(quote.id, quote);
  }
  for (const excerpt of dataset.excerpts) {
    for (const id of excerpt.events) push(excerptsByEvent, id, excerpt);
    push(passagesBySource, excerpt.source, excerpt);
    passageById.set(excerpt.id, excerpt);
  }

  const ordersByActor = new Map<string, number[]>();
  for (const { event, order } of events) {
    for (const { actor } of event.actors) {
      const orders = ordersByActor.get(actor);
      // An actor listed twice in one event (two roles) counts once: this event was pushed just now.
      if (!orders) ordersByActor.set(actor, [order]);
      else if (orders[orders.length - 1] !== order) orders.push(order);
    }
  }
  const eventOrdersByActor = new Map<string, Uint32Array>();
  const eventCountByActor = new Map<string, number>();
  for (const [actor, orders] of ordersByActor) {
    eventOrdersByActor.set(actor, Uint32Array.from(orders));
    eventCountByActor.set(actor, orders.length);
  }

  let start = Infinity;
  let end = -Infinity;
  for (const e of events) {
    start = Math.min(start, e.start);
    end = Math.max(end, e.end);
  }

  return {
    dataset,
    events,
    eventById: new Map(events.map((e) => [e.event.id, e])),
    actorById: new Map(dataset.actors.map((a) => [a.id, a])),
    sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
    quotesByEvent,
    excerptsByEvent,
    passagesBySource,
    passageById,
    eventCountByActor,
    eventOrdersByActor,
    extent: { start, end },
  };
}
