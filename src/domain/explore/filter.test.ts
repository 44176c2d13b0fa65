import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../test/fixtures/bundled-dataset';
import { minimalDataset } from '../../test/fixtures/minimal-dataset';
import { buildDatasetIndex, type DatasetIndex } from './dataset-index';
import { actorsByKind, filterEvents, knownActorIds } from './filter';

const bundled = buildDatasetIndex(bundledDataset());
const ids = (events: readonly { event: { id: string } }[]) => events.map((e) => e.event.id);
const all = bundled.events;

/** The text-search mask that marks the events with these ids (by chronological position). */
function maskOf(index: Pick<DatasetIndex, 'events'>, eventIds: Iterable<string>): Uint8Array {
  const wanted = new Set(eventIds);
  return Uint8Array.from(index.events, (e) => (wanted.has(e.event.id) ? 1 : 0));
}

describe('filterEvents', () => {
  it('keeps every event when no actor is selected and there is no text filter', () => {
    expect(ids(filterEvents(bundled, { actors: [], match: 'any' }))).toEqual(ids(all));
    expect(ids(filterEvents(bundled, { actors: [], match: 'all', matches: null }))).toEqual(ids(all));
  });

  it('with "any", keeps events where at least one selected actor takes part', () => {
    const result = filterEvents(bundled, { actors: ['sergey-lavrov', 'vladimir-putin'], match: 'any' });
    expect(ids(result)).toEqual(['vladivostok-kim-putin-summit', 'sochi-pompeo-lavrov-talks']);
  });

  it('with "all", keeps only events where every selected actor takes part', () => {
    expect(ids(filterEvents(bundled, { actors: ['mike-pompeo', 'sergey-lavrov'], match: 'all' }))).toEqual([
      'sochi-pompeo-lavrov-talks',
    ]);
    expect(ids(filterEvents(bundled, { actors: ['mike-pompeo', 'sergey-lavrov'], match: 'any' }))).toHaveLength(4);
  });

  it('treats an actor id that no event has as matching nothing', () => {
    expect(filterEvents(bundled, { actors: ['nobody'], match: 'any' })).toEqual([]);
    expect(ids(filterEvents(bundled, { actors: ['nobody', 'vladimir-putin'], match: 'any' }))).toEqual([
      'vladivostok-kim-putin-summit',
    ]);
    expect(filterEvents(bundled, { actors: ['nobody', 'vladimir-putin'], match: 'all' })).toEqual([]);
    expect(knownActorIds(bundled, ['nobody', 'vladimir-putin'])).toEqual(['vladimir-putin']);
  });

  it('combines the actor filter with the text matches', () => {
    const matches = maskOf(bundled, ['sochi-pompeo-lavrov-talks', 'singapore-summit']);
    expect(ids(filterEvents(bundled, { actors: [], match: 'any', matches }))).toEqual([
      'singapore-summit',
      'sochi-pompeo-lavrov-talks',
    ]);
    expect(ids(filterEvents(bundled, { actors: ['kim-jong-un'], match: 'any', matches }))).toEqual(['singapore-summit']);
    expect(filterEvents(bundled, { actors: [], match: 'any', matches: new Uint8Array(all.length) })).toEqual([]);
    expect(filterEvents(bundled, { actors: ['kim-jong-un'], match: 'any', matches: new Uint8Array(all.length) })).toEqual([]);
  });

  it('agrees, for any selection, with checking each event’s own actor list', () => {
    const actorIds = [...bundled.actorById.keys(), 'nobody'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...actorIds), { maxLength: 6 }),
        fc.constantFrom('any' as const, 'all' as const),
        fc.option(fc.subarray(ids(all)).map((list) => new Set(list))),
        (actors, match, matchingIds) => {
          const matches = matchingIds && maskOf(bundled, matchingIds);
          const takesPart = (e: (typeof all)[number], id: string) => e.event.actors.some((a) => a.actor === id);
          const expected = all.filter(
            (e) =>
              (matchingIds === null || matchingIds.has(e.event.id)) &&
              (actors.length === 0 || (match === 'all' ? actors.every((id) => takesPart(e, id)) : actors.some((id) => takesPart(e, id)))),
          );
          expect(ids(filterEvents(bundled, { actors, match, matches }))).toEqual(ids(expected));
        },
      ),
    );
  });

  it('counts an actor listed twice in one event (in two roles) once', () => {
    const dataset = structuredClone(bundled.dataset);
    const hanoi = dataset.events.find((e) => e.id === 'hanoi-summit');
    const trump = hanoi?.actors.find((a) => a.actor === 'donald-trump');
    if (!hanoi || !trump) throw new Error('the bundled dataset changed: Trump at the Hanoi summit is gone');
    hanoi.actors.push({ ...trump, role: trump.role === 'subject' ? 'participant' : 'subject' });
    const index = buildDatasetIndex(dataset);
    expect(index.eventCountByActor.get('donald-trump')).toBe(bundled.eventCountByActor.get('donald-trump'));
    expect(ids(filterEvents(index, { actors: ['donald-trump', 'donald-trump'], match: 'all' }))).toEqual(
      ids(filterEvents(bundled, { actors: ['donald-trump'], match: 'any' })),
    );
  });
});

describe('actorsByKind', () => {
  it('groups people, states and organisations, most events first, then by id', () => {
    const groups = actorsByKind(bundled);
    expect(groups.map((g) => g.kind)).toEqual(['person', 'state', 'organisation']);
    const people = groups[0]?.actors.map(({ actor, count }) => `${actor.name} ${count}`);
    expect(people).toEqual(['Kim Jong-un 4', 'Mike Pompeo 4', 'Donald Trump 3', 'Sergey Lavrov 1', 'Vladimir Putin 1']);
    for (const group of groups) {
      expect(group.actors.every(({ actor }) => actor.kind === group.kind)).toBe(true);
    }
  });

  it('leaves out actors in no event and kinds with no actors', () => {
    const dataset = minimalDataset();
    dataset.actors.push({ id: 'idle-org', name: 'Idle Org', kind: 'organisation', role: null, affiliation: null, aliases: [] });
    const groups = actorsByKind(buildDatasetIndex(dataset));
    expect(groups.map((g) => [g.kind, g.actors.map((a) => a.actor.id)])).toEqual([
      ['person', ['minister-a']],
      ['state', ['state-a']],
    ]);
  });

  it('breaks ties by id, not by name (a view orders names for its reader), whatever the dataset order', () => {
    const dataset = minimalDataset();
    dataset.actors.push(
      { id: 'b-abe', name: 'Abe', kind: 'person', role: null, affiliation: null, aliases: [] },
      { id: 'a-zed', name: 'Zed', kind: 'person', role: null, affiliation: null, aliases: [] },
    );
    dataset.events[1]!.actors.push({ actor: 'b-abe', role: 'mentioned' }, { actor: 'a-zed', role: 'mentioned' });
    const people = actorsByKind(buildDatasetIndex(dataset))[0];
    expect(people?.actors.map(({ actor, count }) => `${actor.id} ${count}`)).toEqual(['a-zed 1', 'b-abe 1', 'minister-a 1']);
  });
});
