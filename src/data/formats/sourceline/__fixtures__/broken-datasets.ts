import type { Dataset } from '../../../../domain/model/dataset';
import { minimalDataset } from '../../../../test/fixtures/minimal-dataset';

/** A broken dataset file and the problem lines `check:data` must print for it (substrings). */
export interface BrokenDataset {
  name: string;
  raw: string;
  expected: string[];
}

function mutate(change: (d: Dataset) => void): string {
  const data = minimalDataset();
  change(data);
  return JSON.stringify(data, null, 2);
}

function hugeDataset(): string {
  // About 20 MB: many valid-looking events whose actor reference dangles at the very end.
  const data = minimalDataset();
  const filler = 'x'.repeat(2000);
  for (let i = 0; i < 10_000; i++) {
    data.events.push({ ...structuredClone(data.events[1]!), id: `bulk-${i}`, title: `Bulk ${i}`, related: [], summary: { text: filler, editorial: true } });
  }
  data.events.at(-1)!.actors = [{ actor: 'nobody', role: 'subject' }];
  return JSON.stringify(data);
}

/** The corpus of broken datasets; every case fails the check with a located message. */
export function brokenDatasets(): BrokenDataset[] {
  return [
    { name: 'empty file', raw: '', expected: ['the dataset file is empty'] },
    { name: 'invalid JSON', raw: '{"version": 1, "title": ', expected: ['not valid JSON'] },
    { name: 'HTML instead of JSON', raw: '<!doctype html><html><body>Not found</body></html>', expected: ['HTML, not JSON'] },
    { name: 'JSON but not an object', raw: '[1, 2, 3]', expected: [': expected object'] },
    {
      name: 'wrong types',
      raw: mutate((d) => ((d.events[0] as unknown as { title: number }).title = 42)),
      expected: ['events[0].title: Invalid input: expected string, received number'],
    },
    {
      name: 'missing source text',
      raw: mutate((d) => delete (d.sources[0] as Partial<Dataset['sources'][number]>).text),
      expected: ['sources[0].text:'],
    },
    {
      name: 'misquote (one character changed)',
      raw: mutate((d) => (d.quotes[0]!.selector.exact = 'We agree on the goals,')),
      expected: ['quotes[0].selector.exact: text not found verbatim in source "wire-story"'],
    },
    {
      name: 'curly-quote mismatch',
      raw: mutate((d) => {
        d.quotes[0]!.selector = { exact: 'We agree on the goal,', suffix: '" he said' };
      }),
      expected: ['quotes[0].selector: prefix/suffix do not surround the text'],
    },
    {
      name: 'straight apostrophe where the source has a curly one',
      raw: mutate((d) => {
        d.sources[0]!.text += ' It’s done.';
        d.excerpts[1]!.selector.exact = "It's done.";
      }),
      expected: ['excerpts[1].selector.exact: text not found verbatim', 'quotation marks and apostrophes'],
    },
    {
      name: 'ambiguous quote without prefix or suffix',
      raw: mutate((d) => delete d.quotes[0]!.selector.suffix),
      expected: ['quotes[0].selector.exact: text occurs 2 times in source "wire-story"'],
    },
    {
      name: 'dangling actor',
      raw: mutate((d) => (d.events[0]!.actors[0]!.actor = 'minster-a')),
      expected: ['events[0].actors[0].actor: unknown actor "minster-a"'],
    },
    {
      name: 'dangling related event and speaker',
      raw: mutate((d) => {
        d.events[0]!.related[0]!.event = 'third-talks';
        d.quotes[0]!.speaker = 'nobody';
      }),
      expected: ['events[0].related[0].event: unknown event "third-talks"', 'quotes[0].speaker: unknown actor "nobody"'],
    },
    {
      name: 'duplicate id',
      raw: mutate((d) => (d.events[1]!.id = 'first-talks')),
      expected: ['events[1].id: duplicate id "first-talks" (also events[0])'],
    },
    {
      name: 'id that is not URL-safe',
      raw: mutate((d) => (d.events[1]!.id = 'Second Talks/2')),
      expected: ['events[1].id: id must be lower-case letters, digits and single hyphens'],
    },
    {
      name: 'end before start',
      raw: mutate((d) => (d.events[1]!.end = '2019-05-01')),
      expected: ['events[1].end: ends (2019-05-01) before it starts (2019-06-01)'],
    },
    {
      name: 'date that does not exist',
      raw: mutate((d) => (d.events[0]!.start = '2019-02-30')),
      expected: ['events[0].start: "2019-02-30" is not a real calendar date'],
    },
    {
      name: 'unknown source on an excerpt',
      raw: mutate((d) => (d.excerpts[0]!.source = 'other-story')),
      expected: ['excerpts[0].source: unknown source "other-story"'],
    },
    {
      name: 'summary not marked editorial',
      raw: mutate((d) => ((d.events[0]!.summary as { editorial: boolean }).editorial = false)),
      expected: ['events[0].summary.editorial:'],
    },
    {
      name: 'HTML and script in text fields, with a dangling actor',
      raw: mutate((d) => {
        d.events[0]!.title = '<img src=x onerror=alert(1)><script>alert(2)</script>';
        d.events[0]!.actors[0]!.actor = 'ghost';
      }),
      expected: ['events[0].actors[0].actor: unknown actor "ghost"'],
    },
    { name: '20 MB file with one dangling actor at the end', raw: hugeDataset(), expected: ['events[10001].actors[0].actor: unknown actor "nobody"'] },
  ];
}
