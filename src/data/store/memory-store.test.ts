import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../domain/model/dataset';
import { bundledDataset } from '../../test/fixtures/bundled-dataset';
import { minimalDataset } from '../../test/fixtures/minimal-dataset';
import type { EventFilter } from './event-store';
import { MemoryEventStore } from './memory-store';

const bundled = new MemoryEventStore(bundledDataset(), 'bundled');
const minimal = () => new MemoryEventStore(minimalDataset(), 'minimal');
const ids = (events: readonly { event: { id: string } }[]) => events.map((e) => e.event.id);
const NO_FILTER: EventFilter = { actors: [], match: 'any', query: '' };

describe('MemoryEventStore', () => {
  it('describes its dataset', () => {
    const store = new MemoryEventStore(minimalDataset(), 'data/x.json', 'abc123');
    expect(store.key).toBe('data/x.json');
    expect(store.digest).toBe('abc123');
    expect(store.info).toEqual({
      title: 'Test dataset',
      description: 'Two events for tests.',
      eventCount: 2,
      extent: { start: Date.UTC(2019, 4, 14), end: Date.UTC(2019, 5, 3) },
    });
    expect(minimal().digest).toBeNull();
  });

  describe('select', () => {
    it('gives every event, chronological, without a filter', async () => {
      const selection = await bundled.select(NO_FILTER);
      expect(selection.events).toHaveLength(bundled.info.eventCount);
      const starts = selection.events.map((e) => e.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(selection).toMatchObject({ actors: [], unknownActors: [], search: null });
    });

    it('keeps events with any, or with all, of the selected actors', async () => {
      expect(ids((await bundled.select({ ...NO_FILTER, actors: ['sergey-lavrov', 'vladimir-putin'] })).events)).toEqual([
        'vladivostok-kim-putin-summit',
        'sochi-pompeo-lavrov-talks',
      ]);
      expect(ids((await bundled.select({ ...NO_FILTER, actors: ['mike-pompeo', 'sergey-lavrov'], match: 'all' })).events)).toEqual([
        'sochi-pompeo-lavrov-talks',
      ]);
    });

    it('reports actor ids the dataset does not have, and does not apply them', async () => {
      const selection = await bundled.select({ ...NO_FILTER, actors: ['nobody', 'vladimir-putin', 'nemo'], match: 'all' });
      expect(selection.actors).toEqual(['vladimir-putin']);
      expect(selection.unknownActors).toEqual(['nobody', 'nemo']);
      expect(ids(selection.events)).toEqual(['vladivostok-kim-putin-summit']);

      const onlyUnknown = await bundled.select({ ...NO_FILTER, actors: ['nobody'] });
      expect(onlyUnknown.unknownActors).toEqual(['nobody']);
      expect(onlyUnknown.events).toHaveLength(bundled.info.eventCount);
    });

    it('searches the text, and says how many events match and which words to mark', async () => {
      const selection = await bundled.select({ ...NO_FILTER, query: 'sanctoins' });
      expect([...ids(selection.events)].sort()).toEqual([
        'hanoi-summit',
        'sochi-pompeo-lavrov-talks',
        'state-department-press-conference',
        'un-panel-report-dispute',
        'vladivostok-kim-putin-summit',
      ]);
      expect(selection.search).toEqual({ count: 5, terms: ['sanctions'] });
      const starts = selection.events.map((e) => e.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });

    it('combines the search with the actor filter', async () => {
      const selection = await bundled.select({ actors: ['sergey-lavrov'], match: 'any', query: 'sanctions' });
      expect(ids(selection.events)).toEqual(['sochi-pompeo-lavrov-talks']);
      // The count is the search's own, before the actor filter.
      expect(selection.search?.count).toBe(5);
    });

    it('treats a blank query as no search', async () => {
      const selection = await bundled.select({ ...NO_FILTER, query: ' \t ' });
      expect(selection.search).toBeNull();
      expect(selection.events).toHaveLength(bundled.info.eventCount);
    });

    it('searches titles, summaries, excerpts, quotes, places and actor names and aliases', async () => {
      const store = minimal();
      const found = async (query: string) => ids((await store.select({ ...NO_FILTER, query })).events);
      expect(await found('first')).toEqual(['first-talks']);
      expect(await found('met again')).toEqual(['second-talks']);
      expect(await found('went well')).toEqual(['first-talks']);
      expect(await found('agree goal')).toEqual(['first-talks']);
      expect(await found('capital')).toEqual(['first-talks']);
      expect(await found('minister')).toEqual(['first-talks']);
      expect(await found('a-land')).toEqual(['second-talks']);
      expect(await found('zzzz')).toEqual([]);
    });

    it('answers a search while the background index is still being built', async () => {
      const store = minimal();
      store.prepareSearch();
      expect(ids((await store.select({ ...NO_FILTER, query: 'june' })).events)).toEqual(['second-talks']);
    });
  });

  describe('event', () => {
    it('gives the event with its actors, quotes, excerpts and related events', async () => {
      const detail = await minimal().event('first-talks');
      expect(detail?.item.event.title).toBe('First talks');
      expect(detail?.actors).toEqual([{ id: 'minister-a', actor: expect.objectContaining({ name: 'Minister A' }), role: 'participant' }]);
      expect(detail?.quotes).toHaveLength(1);
      const [quote] = detail?.quotes ?? [];
      expect(quote?.quote.id).toBe('q-goal');
      expect(quote?.speaker?.name).toBe('Minister A');
      expect(quote?.saidAt?.event.id).toBe('first-talks');
      expect(quote?.source?.publisher).toBe('Test Wire');
      expect(detail?.excerptsBySource.map((g) => [g.sourceId, g.source?.headline, g.excerpts.map((x) => x.id)])).toEqual([
        ['wire-story', 'Ministers meet', ['x-talks']],
      ]);
      expect(detail?.related.map((r) => [r.item.event.id, r.relation])).toEqual([['second-talks', 'followed by']]);
    });

    it('groups excerpts by source, in the order the sources are first cited', async () => {
      const dataset: Dataset = minimalDataset();
      dataset.sources.push({ ...dataset.sources[0]!, id: 'second-story', headline: 'Again', text: 'They met. Then again.' });
      dataset.excerpts = [
        { id: 'x-1', source: 'second-story', selector: { exact: 'They met.' }, events: ['first-talks'] },
        { id: 'x-2', source: 'wire-story', selector: { exact: 'Both sides met again in June.' }, events: ['first-talks'] },
        { id: 'x-3', source: 'second-story', selector: { exact: 'Then again.' }, events: ['first-talks'] },
      ];
      const detail = await new MemoryEventStore(dataset, 'two-sources').event('first-talks');
      expect(detail?.excerptsBySource.map((g) => [g.sourceId, g.excerpts.map((x) => x.id)])).toEqual([
        ['second-story', ['x-1', 'x-3']],
        ['wire-story', ['x-2']],
      ]);
    });

    it('leaves out what the dataset lacks rather than fail', async () => {
      const dataset = minimalDataset();
      dataset.events[0]!.actors.push({ actor: 'ghost', role: 'mentioned' });
      dataset.events[0]!.related.push({ event: 'no-such-event', relation: 'echoes' });
      dataset.quotes[0]!.speaker = 'ghost';
      const detail = await new MemoryEventStore(dataset, 'gaps').event('first-talks');
      expect(detail?.actors.map((a) => [a.id, a.actor?.name])).toEqual([
        ['minister-a', 'Minister A'],
        ['ghost', undefined],
      ]);
      expect(detail?.quotes[0]?.speaker).toBeUndefined();
      expect(detail?.related.map((r) => r.item.event.id)).toEqual(['second-talks']);
    });

    it('is null for an id the dataset does not have', async () => {
      expect(await minimal().event('no-such-event')).toBeNull();
    });
  });

  describe('source', () => {
    it('gives the article, every passage anchored in it, and the titles of their events', async () => {
      const detail = await minimal().source('wire-story');
      expect(detail?.source.headline).toBe('Ministers meet');
      expect(detail?.passages.map((p) => p.id).sort()).toEqual(['q-goal', 'x-june', 'x-talks']);
      expect(Object.fromEntries(detail?.eventTitles ?? [])).toEqual({ 'first-talks': 'First talks', 'second-talks': 'Second talks' });
    });

    it('is null for an unknown id', async () => {
      expect(await minimal().source('no-such-source')).toBeNull();
    });
  });

  describe('actorGroups', () => {
    it('groups actors by kind, most events first, ties by id', async () => {
      const groups = await bundled.actorGroups();
      expect(groups.map((g) => g.kind)).toEqual(['person', 'state', 'organisation']);
      expect(groups[0]?.actors.map(({ actor, count }) => `${actor.id} ${count}`)).toEqual([
        'kim-jong-un 4',
        'mike-pompeo 4',
        'donald-trump 3',
        'sergey-lavrov 1',
        'vladimir-putin 1',
      ]);
    });
  });

  describe('nearestEvents', () => {
    it('suggests the events whose id or title is nearest to a mistyped id, nearest first', async () => {
      expect(ids(await bundled.nearestEvents('hanoi-sumit', 1))).toEqual(['hanoi-summit']);
      expect(ids(await minimal().nearestEvents('second-tlaks', 2))).toEqual(['second-talks', 'first-talks']);
      expect(await bundled.nearestEvents('anything', 3)).toHaveLength(3);
    });
  });
});
