import type { Dataset } from '../schema';

/** A small valid dataset for tests: one source with curly quotes, two actors, two events. */
export function minimalDataset(): Dataset {
  return {
    version: 1,
    title: 'Test dataset',
    description: 'Two events for tests.',
    sources: [
      {
        id: 'wire-story',
        headline: 'Ministers meet',
        publisher: 'Test Wire',
        outlet: null,
        published: { date: '2019-05-15', precision: 'day', basis: { certainty: 'inferred', note: 'Day after the talks.' } },
        url: null,
        language: 'en',
        text: 'The minister said Tuesday talks went well. “We agree on the goal,” he said. “We agree on the goal,” she added. Both sides met again in June.',
      },
    ],
    actors: [
      { id: 'minister-a', name: 'Minister A', kind: 'person', role: 'Foreign Minister', affiliation: 'state-a', aliases: [] },
      { id: 'state-a', name: 'State A', kind: 'state', role: null, affiliation: null, aliases: ['A-land'] },
    ],
    events: [
      {
        id: 'first-talks',
        title: 'First talks',
        start: '2019-05-14',
        precision: 'day',
        basis: { certainty: 'established', note: 'Transcript.' },
        place: 'Capital A',
        actors: [{ actor: 'minister-a', role: 'participant' }],
        summary: { text: 'The ministers met.', editorial: true },
        tags: ['talks'],
        related: [{ event: 'second-talks', relation: 'followed by' }],
      },
      {
        id: 'second-talks',
        title: 'Second talks',
        start: '2019-06-01',
        end: '2019-06-02',
        precision: 'day',
        basis: { certainty: 'inferred', note: 'Article says June.' },
        place: null,
        actors: [{ actor: 'state-a', role: 'subject' }],
        summary: { text: 'They met again.', editorial: true },
        tags: [],
        related: [],
      },
    ],
    excerpts: [
      { id: 'x-talks', source: 'wire-story', selector: { exact: 'The minister said Tuesday talks went well.' }, events: ['first-talks'] },
      { id: 'x-june', source: 'wire-story', selector: { exact: 'Both sides met again in June.' }, events: ['second-talks'], positionOf: ['state-a'] },
    ],
    quotes: [
      {
        id: 'q-goal',
        source: 'wire-story',
        selector: { exact: 'We agree on the goal,', suffix: '” he said' },
        events: ['first-talks'],
        speaker: 'minister-a',
        saidAt: 'first-talks',
        interpreted: false,
      },
    ],
  };
}
