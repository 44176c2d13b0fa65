import type { Actor, ActorKind, TimelineEvent } from '../data/schema';
import type { DatasetIndex, IndexedEvent } from './dataset-index';

export type ActorMatch = 'any' | 'all';

export interface EventFilter {
  /** Selected actor ids; empty = no actor filter. An id no event has matches nothing. */
  actors: readonly string[];
  match: ActorMatch;
  /** Ids of events matching the text search; null or absent = no text filter. */
  matchingIds?: ReadonlySet<string> | null;
}

function hasActor(event: TimelineEvent, actorId: string): boolean {
  for (const a of event.actors) if (a.actor === actorId) return true;
  return false;
}

/**
 * The events that pass both the actor filter and the text search, in their given order. One pass,
 * no per-event allocation: "any" keeps an event with at least one selected actor, "all" one with
 * every selected actor (so "all" with an id that no event has keeps nothing).
 */
export function filterEvents(events: readonly IndexedEvent[], filter: EventFilter): IndexedEvent[] {
  const { actors, match } = filter;
  const matchingIds = filter.matchingIds ?? null;
  if (actors.length === 0 && matchingIds === null) return events.slice();
  const selected = new Set(actors);
  const out: IndexedEvent[] = [];
  for (const indexed of events) {
    const { event } = indexed;
    if (matchingIds !== null && !matchingIds.has(event.id)) continue;
    if (selected.size > 0) {
      let keep: boolean;
      if (match === 'all') {
        keep = true;
        for (const id of selected) {
          if (!hasActor(event, id)) {
            keep = false;
            break;
          }
        }
      } else {
        keep = false;
        for (const a of event.actors) {
          if (selected.has(a.actor)) {
            keep = true;
            break;
          }
        }
      }
      if (!keep) continue;
    }
    out.push(indexed);
  }
  return out;
}

/** The selected ids that name an actor in the dataset, in their given order (for stale links). */
export function knownActorIds(index: DatasetIndex, ids: readonly string[]): string[] {
  return ids.filter((id) => index.actorById.has(id));
}

export type ActorKindLabel = 'People' | 'States' | 'Organisations';

export interface ActorGroup {
  kind: ActorKind;
  label: ActorKindLabel;
  actors: { actor: Actor; count: number }[];
}

const KINDS: { kind: ActorKind; label: ActorKindLabel }[] = [
  { kind: 'person', label: 'People' },
  { kind: 'state', label: 'States' },
  { kind: 'organisation', label: 'Organisations' },
];

/**
 * Actors grouped by kind (people, states, organisations), each with the number of events they take
 * part in, most events first, then by name. Actors in no event are left out: their checkbox could
 * only empty the list. Kinds with no actors are left out too.
 */
export function actorsByKind(index: DatasetIndex): ActorGroup[] {
  const groups: ActorGroup[] = [];
  for (const { kind, label } of KINDS) {
    const actors = index.dataset.actors
      .filter((actor) => actor.kind === kind)
      .map((actor) => ({ actor, count: index.eventCountByActor.get(actor.id) ?? 0 }))
      .filter(({ count }) => count > 0)
      .sort((a, b) => b.count - a.count || a.actor.name.localeCompare(b.actor.name, 'en'));
    if (actors.length) groups.push({ kind, label, actors });
  }
  return groups;
}
