import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../model/dataset';
import { minimalDataset } from '../../test/fixtures/minimal-dataset';
import {
  anchorPassages,
  nestSegments,
  paragraphs,
  planEventLinks,
  segmentText,
  type MarkNode,
  type TextRange,
} from './passage-segments';

const TEXT = 'abcdefghij';

function pieces(text: string, ranges: TextRange[]): [string, string[]][] {
  return segmentText(text, ranges).map((s) => [s.text, s.ids]);
}

describe('segmentText', () => {
  it('returns the whole text as one unmarked segment when there are no ranges', () => {
    expect(segmentText(TEXT, [])).toEqual([{ start: 0, end: 10, text: TEXT, ids: [] }]);
  });

  it('returns nothing for an empty text', () => {
    expect(segmentText('', [{ id: 'a', start: 0, end: 0 }])).toEqual([]);
  });

  it('splits at disjoint ranges', () => {
    expect(pieces(TEXT, [{ id: 'b', start: 6, end: 8 }, { id: 'a', start: 1, end: 3 }])).toEqual([
      ['a', []],
      ['bc', ['a']],
      ['def', []],
      ['gh', ['b']],
      ['ij', []],
    ]);
  });

  it('lists the outer range first for nested ranges', () => {
    expect(pieces(TEXT, [{ id: 'quote', start: 3, end: 5 }, { id: 'excerpt', start: 1, end: 8 }])).toEqual([
      ['a', []],
      ['bc', ['excerpt']],
      ['de', ['excerpt', 'quote']],
      ['fgh', ['excerpt']],
      ['ij', []],
    ]);
  });

  it('puts the longer range first when nested ranges start together', () => {
    expect(pieces(TEXT, [{ id: 'short', start: 0, end: 2 }, { id: 'long', start: 0, end: 5 }])).toEqual([
      ['ab', ['long', 'short']],
      ['cde', ['long']],
      ['fghij', []],
    ]);
  });

  it('splits overlapping ranges into the part each covers alone and the part both cover', () => {
    expect(pieces(TEXT, [{ id: 'b', start: 4, end: 9 }, { id: 'a', start: 2, end: 6 }])).toEqual([
      ['ab', []],
      ['cd', ['a']],
      ['ef', ['a', 'b']],
      ['ghi', ['b']],
      ['j', []],
    ]);
  });

  it('keeps adjacent ranges apart', () => {
    expect(pieces(TEXT, [{ id: 'a', start: 2, end: 5 }, { id: 'b', start: 5, end: 7 }])).toEqual([
      ['ab', []],
      ['cde', ['a']],
      ['fg', ['b']],
      ['hij', []],
    ]);
  });

  it('handles ranges at both edges of the text and a range covering all of it', () => {
    expect(pieces(TEXT, [{ id: 'head', start: 0, end: 2 }, { id: 'tail', start: 8, end: 10 }])).toEqual([
      ['ab', ['head']],
      ['cdefgh', []],
      ['ij', ['tail']],
    ]);
    expect(pieces(TEXT, [{ id: 'all', start: 0, end: 10 }])).toEqual([[TEXT, ['all']]]);
  });

  it('ignores empty ranges and clips ranges to the text', () => {
    expect(pieces(TEXT, [{ id: 'empty', start: 4, end: 4 }, { id: 'over', start: 8, end: 20 }])).toEqual([
      ['abcdefgh', []],
      ['ij', ['over']],
    ]);
  });

  const textAndRanges = fc.string({ minLength: 1, maxLength: 40 }).chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(
        fc
          .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
          .map(([x, y]) => ({ start: Math.min(x, y), end: Math.max(x, y) })),
        { maxLength: 8 },
      ),
    ),
  );

  it('gives the text back and lists exactly the ranges covering each segment (property)', () => {
    fc.assert(
      fc.property(textAndRanges, ([text, spans]) => {
        const ranges = spans.map((s, i) => ({ id: `r${i}`, ...s }));
        const segments = segmentText(text, ranges);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        let at = 0;
        for (const segment of segments) {
          expect(segment.start).toBe(at);
          expect(segment.end).toBeGreaterThan(segment.start);
          at = segment.end;
          const covering = ranges.filter((r) => r.start <= segment.start && r.end >= segment.end && r.start < r.end);
          expect([...segment.ids].sort()).toEqual(covering.map((r) => r.id).sort());
          // No (non-empty) range starts or ends strictly inside a segment.
          for (const r of ranges.filter((x) => x.start < x.end)) {
            expect(r.start > segment.start && r.start < segment.end).toBe(false);
            expect(r.end > segment.start && r.end < segment.end).toBe(false);
          }
        }
        expect(at).toBe(text.length);
      }),
    );
  });
});

describe('anchorPassages', () => {
  it('resolves each selector, using prefix and suffix to pick the right occurrence', () => {
    const dataset = minimalDataset();
    const text = dataset.sources[0]?.text ?? '';
    const ranges = anchorPassages(text, [...dataset.excerpts, ...dataset.quotes]);
    expect(ranges.map((r) => [r.id, text.slice(r.start, r.end)])).toEqual([
      ['x-talks', 'The minister said Tuesday talks went well.'],
      ['x-june', 'Both sides met again in June.'],
      ['q-goal', 'We agree on the goal,'],
    ]);
    expect(text.slice((ranges[2]?.end ?? 0), (ranges[2]?.end ?? 0) + 9)).toBe('” he said');
  });

  it('leaves out passages that are not found or are ambiguous', () => {
    const missing: Excerpt = { id: 'x-missing', source: 's', selector: { exact: 'nowhere' }, events: ['e'] };
    const twice: Excerpt = { id: 'x-twice', source: 's', selector: { exact: 'ab' }, events: ['e'] };
    expect(anchorPassages('ab ab', [missing, twice])).toEqual([]);
  });
});

describe('paragraphs', () => {
  it('splits at line breaks, leaving the breaks out and cutting a segment that crosses one', () => {
    const text = 'Head\nOne two.\n\nEnd';
    const segments = segmentText(text, [{ id: 'x', start: 2, end: 8 }]);
    const result = paragraphs(segments, text);
    expect(result.map((p) => p.segments.map((s) => [s.text, s.ids]))).toEqual([
      [['He', []], ['ad', ['x']]],
      [['One', ['x']], [' two.', []]],
      [],
      [['End', []]],
    ]);
    expect(result.map((p) => text.slice(p.start, p.end)).join('\n')).toBe(text);
  });

  it('gives one empty paragraph for an empty text and keeps a trailing empty line', () => {
    expect(paragraphs([], '')).toEqual([{ start: 0, end: 0, segments: [] }]);
    expect(paragraphs(segmentText('a\n', []), 'a\n').map((p) => p.segments.map((s) => s.text))).toEqual([['a'], []]);
  });
});

function describeNodes(nodes: MarkNode[]): unknown[] {
  return nodes.map((n) =>
    n.kind === 'text' ? n.text : { id: n.id, opens: n.opens, closes: n.closes, children: describeNodes(n.children) },
  );
}

describe('nestSegments', () => {
  it('nests a quote inside its excerpt as one mark each', () => {
    const ranges = [
      { id: 'excerpt', start: 1, end: 8 },
      { id: 'quote', start: 3, end: 5 },
    ];
    expect(describeNodes(nestSegments(segmentText(TEXT, ranges), ranges))).toEqual([
      'a',
      { id: 'excerpt', opens: true, closes: true, children: ['bc', { id: 'quote', opens: true, closes: true, children: ['de'] }, 'fgh'] },
      'ij',
    ]);
  });

  it('splits the later of two overlapping ranges into pieces', () => {
    const ranges = [
      { id: 'a', start: 2, end: 6 },
      { id: 'b', start: 4, end: 9 },
    ];
    expect(describeNodes(nestSegments(segmentText(TEXT, ranges), ranges))).toEqual([
      'ab',
      { id: 'a', opens: true, closes: true, children: ['cd', { id: 'b', opens: true, closes: false, children: ['ef'] }] },
      { id: 'b', opens: false, closes: true, children: ['ghi'] },
      'j',
    ]);
  });

  it('marks the pieces of a range cut by a line break', () => {
    const text = 'ab\ncd';
    const ranges = [{ id: 'x', start: 1, end: 4 }];
    const [first, second] = paragraphs(segmentText(text, ranges), text).map((p) => describeNodes(nestSegments(p.segments, ranges)));
    expect(first).toEqual(['a', { id: 'x', opens: true, closes: false, children: ['b'] }]);
    expect(second).toEqual([{ id: 'x', opens: false, closes: true, children: ['c'] }, 'd']);
  });

  it('keeps the text in order (property)', () => {
    const flatten = (nodes: MarkNode[]): string => nodes.map((n) => (n.kind === 'text' ? n.text : flatten(n.children))).join('');
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { maxLength: 6 }), (text, spans) => {
        const ranges = spans.map(([x, y], i) => ({ id: `r${i}`, start: Math.min(x, y), end: Math.max(x, y) }));
        expect(flatten(nestSegments(segmentText(text, ranges), ranges))).toBe(text);
      }),
    );
  });
});

describe('planEventLinks', () => {
  const events: Record<string, string[]> = {
    excerpt: ['talks'],
    quote: ['talks'],
    other: ['summit', 'talks'],
    next: ['summit', 'talks'],
    last: ['talks'],
  };
  const eventsOf = (id: string) => events[id] ?? [];
  const plan = (text: string, ranges: TextRange[]) =>
    Object.fromEntries(
      planEventLinks(
        paragraphs(segmentText(text, ranges), text).map((p) => nestSegments(p.segments, ranges)),
        eventsOf,
      ),
    );

  it('links a nested passage only to events the passage around it does not link', () => {
    const ranges = [
      { id: 'excerpt', start: 0, end: 6 },
      { id: 'quote', start: 1, end: 3 },
      { id: 'other', start: 7, end: 10 },
      { id: 'last', start: 8, end: 9 },
    ];
    expect(plan(TEXT, ranges)).toEqual({
      excerpt: { events: ['talks'], repeat: false },
      other: { events: ['summit', 'talks'], repeat: false },
    });
  });

  it('flags links that repeat the previous ones in the same paragraph, not across paragraphs', () => {
    const text = 'aa bb cc\ndd';
    const ranges = [
      { id: 'other', start: 0, end: 2 },
      { id: 'next', start: 3, end: 5 },
      { id: 'last', start: 6, end: 8 },
      { id: 'excerpt', start: 9, end: 11 },
    ];
    expect(plan(text, ranges)).toEqual({
      other: { events: ['summit', 'talks'], repeat: false },
      next: { events: ['summit', 'talks'], repeat: true },
      last: { events: ['talks'], repeat: false },
      excerpt: { events: ['talks'], repeat: false },
    });
  });

  it('puts the links of a passage cut by a line break after its last piece', () => {
    const text = 'ab\ncd';
    const ranges = [{ id: 'excerpt', start: 1, end: 4 }];
    const lines = paragraphs(segmentText(text, ranges), text).map((p) => nestSegments(p.segments, ranges));
    expect([...planEventLinks(lines, eventsOf)]).toEqual([['excerpt', { events: ['talks'], repeat: false }]]);
  });
});
