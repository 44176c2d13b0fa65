import type { Dataset, Precision, TextQuoteSelector } from '../model/dataset';
import { explainMismatch, resolveTextQuote } from '../text/text-quote';
import { calendarDateEnd, calendarDateStart, isValidCalendarDate } from '../time/calendar';
import type { DatasetProblem } from './problems';

const PRECISION_PATTERN: Record<Precision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

function checkIds(items: readonly { id: string }[], collection: string, seen: Map<string, string>, problems: DatasetProblem[]): void {
  items.forEach((item, i) => {
    const here = `${collection}[${i}]`;
    const earlier = seen.get(item.id);
    if (earlier) problems.push({ path: `${here}.id`, code: 'duplicate-id', id: item.id, earlier });
    else seen.set(item.id, here);
  });
}

/**
 * The checks a dataset must pass beyond its shape: unique ids, references that resolve, real dates
 * that match their precision and run forwards, and every excerpt and quote verbatim (and
 * unambiguous) in its source. Works on the model, whatever format the dataset came in; an empty list
 * means the dataset can be shown.
 */
export function verifyDataset(data: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];

  const sourceIds = new Map<string, string>();
  const actorIds = new Map<string, string>();
  const eventIds = new Map<string, string>();
  const passageIds = new Map<string, string>();
  checkIds(data.sources, 'sources', sourceIds, problems);
  checkIds(data.actors, 'actors', actorIds, problems);
  checkIds(data.events, 'events', eventIds, problems);
  // Excerpts and quotes share one namespace: a quote link names a passage id alone.
  checkIds(data.excerpts, 'excerpts', passageIds, problems);
  checkIds(data.quotes, 'quotes', passageIds, problems);

  const ref = (ids: Map<string, string>, kind: 'actor' | 'event' | 'source', id: string | null | undefined, path: string) => {
    if (id != null && !ids.has(id)) problems.push({ path, code: 'unknown-reference', kind, id });
  };

  data.actors.forEach((actor, i) => {
    ref(actorIds, 'actor', actor.affiliation, `actors[${i}].affiliation`);
    if (actor.affiliation === actor.id) problems.push({ path: `actors[${i}].affiliation`, code: 'self-affiliation' });
  });

  data.events.forEach((event, i) => {
    const here = `events[${i}]`;
    checkEventDates(event.start, event.end, event.precision, here, problems);
    event.actors.forEach((a, j) => ref(actorIds, 'actor', a.actor, `${here}.actors[${j}].actor`));
    event.related.forEach((r, j) => {
      ref(eventIds, 'event', r.event, `${here}.related[${j}].event`);
      if (r.event === event.id) problems.push({ path: `${here}.related[${j}].event`, code: 'self-relation' });
    });
  });

  data.sources.forEach((source, i) => {
    const { date } = source.published;
    if (!isValidCalendarDate(date)) problems.push({ path: `sources[${i}].published.date`, code: 'not-a-date', value: date });
  });

  const texts = new Map(data.sources.map((s) => [s.id, s.text]));
  const checkPassage = (passage: { source: string; selector: TextQuoteSelector; events: string[] }, here: string) => {
    ref(sourceIds, 'source', passage.source, `${here}.source`);
    passage.events.forEach((id, j) => ref(eventIds, 'event', id, `${here}.events[${j}]`));
    const text = texts.get(passage.source);
    if (text !== undefined) checkSelector(text, passage.source, passage.selector, `${here}.selector`, problems);
  };
  data.excerpts.forEach((excerpt, i) => {
    const here = `excerpts[${i}]`;
    checkPassage(excerpt, here);
    excerpt.positionOf?.forEach((id, j) => ref(actorIds, 'actor', id, `${here}.positionOf[${j}]`));
  });
  data.quotes.forEach((quote, i) => {
    const here = `quotes[${i}]`;
    checkPassage(quote, here);
    ref(actorIds, 'actor', quote.speaker, `${here}.speaker`);
    ref(eventIds, 'event', quote.saidAt, `${here}.saidAt`);
  });

  return problems;
}

function checkEventDates(start: string, end: string | undefined, precision: Precision, here: string, problems: DatasetProblem[]): void {
  let valid = true;
  for (const [field, value] of [['start', start], ['end', end]] as const) {
    if (value === undefined) continue;
    if (!isValidCalendarDate(value)) {
      problems.push({ path: `${here}.${field}`, code: 'not-a-date', value });
      valid = false;
    } else if (!PRECISION_PATTERN[precision].test(value)) {
      problems.push({ path: `${here}.${field}`, code: 'precision-mismatch', value, precision });
    }
  }
  if (valid && end !== undefined && calendarDateEnd(end) <= calendarDateStart(start)) {
    problems.push({ path: `${here}.end`, code: 'ends-before-start', start, end });
  }
}

function checkSelector(text: string, source: string, selector: TextQuoteSelector, here: string, problems: DatasetProblem[]): void {
  const match = resolveTextQuote(text, selector);
  if (match.status === 'found') return;
  if (match.status === 'ambiguous') {
    problems.push({ path: `${here}.exact`, code: 'passage-ambiguous', source, count: match.count });
  } else if (!text.includes(selector.exact)) {
    problems.push({ path: `${here}.exact`, code: 'passage-not-verbatim', source, mismatch: explainMismatch(text, selector.exact) });
  } else {
    problems.push({ path: here, code: 'passage-context', source });
  }
}
