import type { Excerpt, Quote } from '../model/dataset';
import { resolveTextQuote } from './text-quote';

/** A stretch of a text, offsets in UTF-16 code units, end exclusive. */
export interface TextRange {
  id: string;
  start: number;
  end: number;
}

/** A run of text covered by the same set of ranges. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Every range covering the segment, by range start, then longer first (outermost first when nested). */
  ids: string[];
}

/** One line of the text (the '\n' itself belongs to no paragraph), with its segments clipped to it. */
export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

/** A run of plain text, or a marked range holding further nodes; one range may be split over several marks. */
export type MarkNode =
  | { kind: 'text'; start: number; end: number; text: string }
  | {
      kind: 'mark';
      id: string;
      start: number;
      end: number;
      /** This piece begins the range / ends the range (false for the other pieces of a split range). */
      opens: boolean;
      closes: boolean;
      children: MarkNode[];
    };

function byStartThenLonger(a: TextRange, b: TextRange): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Splits `text` at every range boundary. Concatenating the segments' texts gives `text` back;
 * empty ranges cover nothing and ranges are clipped to the text.
 */
export function segmentText(text: string, ranges: readonly TextRange[]): Segment[] {
  const clipped = ranges
    .map((r) => ({ id: r.id, start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.start < r.end)
    .sort(byStartThenLonger);
  const cuts = new Set([0, text.length]);
  for (const r of clipped) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const ids = clipped.filter((r) => r.start <= start && r.end >= end).map((r) => r.id);
    segments.push({ start, end, text: text.slice(start, end), ids });
  }
  return segments;
}

/** Where each passage's selector lands in `text`; passages not found exactly once are left out. */
export function anchorPassages(text: string, passages: readonly (Excerpt | Quote)[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const passage of passages) {
    const match = resolveTextQuote(text, passage.selector);
    if (match.status === 'found') ranges.push({ id: passage.id, start: match.start, end: match.end });
  }
  return ranges;
}

/** Splits segments (of the whole `text`) into lines at each '\n'; a segment crossing a line break is cut in two. */
export function paragraphs(segments: readonly Segment[], text: string): Paragraph[] {
  const result: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const pieces: Segment[] = [];
    for (const s of segments) {
      const from = Math.max(s.start, start);
      const to = Math.min(s.end, end);
      if (from < to) pieces.push({ start: from, end: to, text: text.slice(from, to), ids: s.ids });
    }
    result.push({ start, end, segments: pieces });
    start = end + 1;
  }
  return result;
}

/**
 * Turns consecutive segments into nested marks: segments sharing their outermost range go into one
 * mark, recursively. Nested ranges give one mark each; a range that only partly overlaps an earlier
 * one is split into pieces (see `opens` / `closes`).
 */
export function nestSegments(segments: readonly Segment[], ranges: readonly TextRange[]): MarkNode[] {
  const rangeById = new Map(ranges.map((r) => [r.id, r]));
  function build(list: readonly Segment[], depth: number): MarkNode[] {
    const nodes: MarkNode[] = [];
    let i = 0;
    while (i < list.length) {
      const first = list[i] as Segment;
      const id = first.ids[depth];
      if (id === undefined) {
        nodes.push({ kind: 'text', start: first.start, end: first.end, text: first.text });
        i++;
        continue;
      }
      let j = i + 1;
      while (j < list.length && list[j]?.ids[depth] === id && list[j]?.start === list[j - 1]?.end) j++;
      const group = list.slice(i, j);
      const start = first.start;
      const end = (group[group.length - 1] as Segment).end;
      const range = rangeById.get(id);
      nodes.push({
        kind: 'mark',
        id,
        start,
        end,
        opens: range ? range.start === start : true,
        closes: range ? range.end === end : true,
        children: build(group, depth + 1),
      });
      i = j;
    }
    return nodes;
  }
  return build(segments, 0);
}

/** The event links that follow one passage. */
export interface EventLinks {
  events: string[];
  /** The same events as the links just before, in the same paragraph: a reader already knows them. */
  repeat: boolean;
}

/**
 * Which events to link after each passage, given the nested marks of each paragraph in reading order.
 * A passage inside others links only the events they do not (theirs follow shortly); a passage left
 * with none gets no entry.
 */
export function planEventLinks(
  lines: readonly (readonly MarkNode[])[],
  eventsOf: (passageId: string) => readonly string[],
): Map<string, EventLinks> {
  const plan = new Map<string, EventLinks>();
  for (const nodes of lines) {
    let previous: string | undefined;
    const visit = (list: readonly MarkNode[], around: readonly string[]): void => {
      for (const node of list) {
        if (node.kind === 'text') continue;
        visit(node.children, [...around, node.id]);
        if (!node.closes) continue;
        const covered = new Set(around.flatMap(eventsOf));
        const events = [...new Set(eventsOf(node.id))].filter((e) => !covered.has(e));
        if (events.length === 0) continue;
        const key = events.join(' ');
        plan.set(node.id, { events, repeat: key === previous });
        previous = key;
      }
    };
    visit(nodes, []);
  }
  return plan;
}
