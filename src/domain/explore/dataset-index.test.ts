import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../model/dataset';
import { minimalDataset } from '../../test/fixtures/minimal-dataset';
import { buildDatasetIndex } from './dataset-index';

function withEvents(...events: Pick<TimelineEvent, 'id' | 'title' | 'start' | 'end'>[]) {
  const dataset = minimalDataset();
  const { end: _end, ...template } = dataset.events[1]!;
  dataset.events = events.map((e) => ({ ...structuredClone(template), related: [], ...e }));
  return dataset;
}

describe('buildDatasetIndex', () => {
  it('orders events by start, then end, then title and id by code units (the same in every locale)', () => {
    const index = buildDatasetIndex(
      withEvents(
        { id: 'later', title: 'A', start: '2019-03-01' },
        { id: 'long', title: 'A', start: '2019-02-01', end: '2019-02-10' },
        { id: 'accented', title: 'Émile', start: '2019-02-01' },
        { id: 'upper', title: 'Zeta', start: '2019-02-01' },
        { id: 'lower', title: 'alpha', start: '2019-02-01' },
        { id: 'twin-b', title: 'Twin', start: '2019-02-01' },
        { id: 'twin-a', title: 'Twin', start: '2019-02-01' },
      ),
    );
    // 'Z' < 'a' < 'É' in code units, where a collator would say alpha, Émile, Twin, Zeta.
    expect(index.events.map((e) => e.event.id)).toEqual(['twin-a', 'twin-b', 'upper', 'lower', 'accented', 'long', 'later']);
    expect(index.events.map((e) => e.order)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(index.eventById.get('long')).toBe(index.events[5]);
  });

  it('gives each event its interval, end exclusive, and the dataset its extent', () => {
    const index = buildDatasetIndex(minimalDataset());
    expect(index.eventById.get('second-talks')).toMatchObject({ start: Date.UTC(2019, 5, 1), end: Date.UTC(2019, 5, 3) });
    expect(index.extent).toEqual({ start: Date.UTC(2019, 4, 14), end: Date.UTC(2019, 5, 3) });
  });

  it('lists the passages of each event and source, and the events of each actor by position', () => {
    const index = buildDatasetIndex(minimalDataset());
    expect(index.quotesByEvent.get('first-talks')?.map((q) => q.id)).toEqual(['q-goal']);
    expect(index.excerptsByEvent.get('second-talks')?.map((x) => x.id)).toEqual(['x-june']);
    expect(index.passagesBySource.get('wire-story')?.map((p) => p.id).sort()).toEqual(['q-goal', 'x-june', 'x-talks']);
    expect(index.passageById.get('q-goal')?.source).toBe('wire-story');
    expect([...(index.eventOrdersByActor.get('state-a') ?? [])]).toEqual([1]);
    expect(index.eventCountByActor.get('minister-a')).toBe(1);
  });
});
