import type { Actor, Dataset, Excerpt, Passage, Quote, Source } from '../model/dataset';
import type { IndexedEvent } from '../model/indexed-event';
import { eventInterval } from '../time/calendar';

/** Lookups over one dataset, built once: what the in-memory event store answers from. */
export interface DatasetIndex {
  dataset: Dataset;
  /** Chronological: by start, then end, then title, then id. */
  events: IndexedEvent[];
  eventById: Map<string, IndexedEvent>;
  actorById: Map<string, Actor>;
  sourceById: Map<string, Source>;
  /** Quotes whose `events` include the event, in dataset order. */
  quotesByEvent: Map<string, Quote[]>;
  excerptsByEvent: Map<string, Excerpt[]>;
  /** Every excerpt and quote anchored in a source. */
  passagesBySource: Map<string, Passage[]>;
  passageById: Map<string, Passage>;
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

// Ties in time are broken by code units, not a collator: the order must be the same in every locale.
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const events: IndexedEvent[] = dataset.events
    .map((event) => ({ event, ...eventInterval(event), order: 0 }))
    .sort((a, b) => a.start - b.start || a.end - b.end || byCodeUnits(a.event.title, b.event.title) || byCodeUnits(a.event.id, b.event.id));
  events.forEach((e, i) => (e.order = i));

  const quotesByEvent = new Map<string, Quote[]>();
  const excerptsByEvent = new Map<string, Excerpt[]>();
  const passagesBySource = new Map<string, Passage[]>();
  const passageById = new Map<string, Passage>();
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
