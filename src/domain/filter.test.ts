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
    expect(ids(filterEvents(all, { actors: [], match: 'any' }))).toEqual(ids(all));
    expect(ids(filterEvents(all, { actors: [], match: 'all', matchingIds: null }))).toEqual(ids(all));
  });

  it('with "any", keeps events where at least one selected actor takes part', () => {
    const result = filterEvents(all, { actors: ['sergey-lavrov', 'vladimir-putin'], match: 'any' });
    expect(ids(result)).toEqual(['vladivostok-kim-putin-summit', 'sochi-pompeo-lavrov-talks']);
  });

  it('with "all", keeps only events where every selected actor takes part', () => {
    expect(ids(filterEvents(all, { actors: ['mike-pompeo', 'sergey-lavrov'], match: 'all' }))).toEqual([
      'sochi-pompeo-lavrov-talks',
    ]);
    expect(ids(filterEvents(all, { actors: ['mike-pompeo', 'sergey-lavrov'], match: 'any' }))).toHaveLength(4);
  });

  it('treats an actor id that no event has as matching nothing', () => {
    expect(filterEvents(all, { actors: ['nobody'], match: 'any' })).toEqual([]);
    expect(ids(filterEvents(all, { actors: ['nobody', 'vladimir-putin'], match: 'any' }))).toEqual([
      'vladivostok-kim-putin-summit',
    ]);
    expect(filterEvents(all, { actors: ['nobody', 'vladimir-putin'], match: 'all' })).toEqual([]);
    expect(knownActorIds(bundled, ['nobody', 'vladimir-putin'])).toEqual(['vladimir-putin']);
  });

  it('combines the actor filter with the text matches', () => {
    const matchingIds = new Set(['singapore-summit', 'sochi-pompeo-lavrov-talks', 'no-such-event']);
    expect(ids(filterEvents(all, { actors: [], match: 'any', matchingIds }))).toEqual([
      'singapore-summit',
      'sochi-pompeo-lavrov-talks',
    ]);
    expect(ids(filterEvents(all, { actors: ['kim-jong-un'], match: 'any', matchingIds }))).toEqual(['singapore-summit']);
    expect(filterEvents(all, { actors: [], match: 'any', matchingIds: new Set() })).toEqual([]);
  });

  it('returns a subsequence of its input, in the same order, for any selection', () => {
    const actorIds = [...bundled.actorById.keys(), 'nobody'];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(actorIds),
        fc.constantFrom('any' as const, 'all' as const),
        fc.shuffledSubarray(all),
        (actors, match, events) => {
          const result = filterEvents(events, { actors, match });
          let at = 0;
          for (const kept of result) {
            at = events.indexOf(kept, at) + 1;
            expect(at).toBeGreaterThan(0);
          }
        },
      ),
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
