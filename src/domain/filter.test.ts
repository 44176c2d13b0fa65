import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalDataset } from '../data/__fixtures__/minimal-dataset';
import { datasetSchema } from '../data/schema';
import { buildDatasetIndex } from './dataset-index';
import { actorsByKind, filterEvents, knownActorIds } from './filter';

const bundled = buildDatasetIndex(
  datasetSchema.parse(JSON.parse(readFileSync(new URL('../../public/data/dprk-diplomacy.json', import.meta.url), 'utf8'))),
);
const ids = (events: readonly { event: { id: string } }[]) => events.map((e) => e.event.id);
const all = bundled.events;

describe('filterEvents', () => {
  it('keeps every event when no actor is selected and there is no text filter', () => {
    expect(ids(filterEvents(bundled, { actors: [], match: 'any' }))).toEqual(ids(all));
    expect(ids(filterEvents(bundled, { actors: [], match: 'all', matchingIds: null }))).toEqual(ids(all));
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
    const matchingIds = new Set(['singapore-summit', 'sochi-pompeo-lavrov-talks', 'no-such-event']);
    expect(ids(filterEvents(bundled, { actors: [], match: 'any', matchingIds }))).toEqual([
      'singapore-summit',
      'sochi-pompeo-lavrov-talks',
    ]);
    expect(ids(filterEvents(bundled, { actors: ['kim-jong-un'], match: 'any', matchingIds }))).toEqual(['singapore-summit']);
    expect(filterEvents(bundled, { actors: [], match: 'any', matchingIds: new Set() })).toEqual([]);
  });

  it('agrees, for any selection, with checking each event’s own actor list', () => {
    const actorIds = [...bundled.actorById.keys(), 'nobody'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...actorIds), { maxLength: 6 }),
        fc.constantFrom('any' as const, 'all' as const),
        fc.option(fc.subarray(ids(all)).map((list) => new Set(list))),
        (actors, match, matchingIds) => {
          const takesPart = (e: (typeof all)[number], id: string) => e.event.actors.some((a) => a.actor === id);
          const expected = all.filter(
            (e) =>
              (matchingIds === null || matchingIds.has(e.event.id)) &&
              (actors.length === 0 || (match === 'all' ? actors.every((id) => takesPart(e, id)) : actors.some((id) => takesPart(e, id)))),
          );
          expect(ids(filterEvents(bundled, { actors, match, matchingIds }))).toEqual(ids(expected));
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
  it('groups people, states and organisations, most events first, then by name', () => {
    const groups = actorsByKind(bundled);
    expect(groups.map((g) => g.label)).toEqual(['People', 'States', 'Organisations']);
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
    expect(groups.map((g) => [g.label, g.actors.map((a) => a.actor.id)])).toEqual([
      ['People', ['minister-a']],
      ['States', ['state-a']],
    ]);
  });
});
