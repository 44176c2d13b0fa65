import type * as z from 'zod/mini';
import { calendarDateEnd, calendarDateStart, isValidCalendarDate } from '../domain/dates';
import { explainMismatch, resolveTextQuote } from '../domain/text-quote';
import { datasetSchema, type Dataset, type Precision, type TextQuoteSelector } from './schema';

/** One thing wrong with a dataset, located by a path such as `events[3].actors[1].actor`. */
export interface DatasetProblem {
  path: string;
  message: string;
}

export type DatasetCheck = { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

export function formatProblem(problem: DatasetProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/** `["events", 3, "actors"]` → `events[3].actors`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function schemaProblems(error: z.core.$ZodError): DatasetProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

const PRECISION_PATTERN: Record<Precision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

function checkIds(
  items: readonly { id: string }[],
  collection: string,
  seen: Map<string, string>,
  problems: DatasetProblem[],
): void {
  items.forEach((item, i) => {
    const here = `${collection}[${i}]`;
    const earlier = seen.get(item.id);
    if (earlier) problems.push({ path: `${here}.id`, message: `duplicate id "${item.id}" (also ${earlier})` });
    else seen.set(item.id, here);
  });
}

/**
 * Checks a parsed JSON value as a Sourceline dataset: the schema, unique ids, references, dates, and
 * that every excerpt and quote occurs verbatim (and unambiguously) in its source.
 */
export function checkDataset(input: unknown): DatasetCheck {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const data = parsed.data;
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

  const ref = (ids: Map<string, string>, kind: string, id: string | null | undefined, path: string) => {
    if (id != null && !ids.has(id)) problems.push({ path, message: `unknown ${kind} "${id}"` });
  };

  data.actors.forEach((actor, i) => {
    ref(actorIds, 'actor', actor.affiliation, `actors[${i}].affiliation`);
    if (actor.affiliation === actor.id) {
      problems.push({ path: `actors[${i}].affiliation`, message: 'an actor cannot be affiliated with itself' });
    }
  });

  data.events.forEach((event, i) => {
    const here = `events[${i}]`;
    checkEventDates(event.start, event.end, event.precision, here, problems);
    event.actors.forEach((a, j) => ref(actorIds, 'actor', a.actor, `${here}.actors[${j}].actor`));
    event.related.forEach((r, j) => {
      ref(eventIds, 'event', r.event, `${here}.related[${j}].event`);
      if (r.event === event.id) problems.push({ path: `${here}.related[${j}].event`, message: 'an event cannot relate to itself' });
    });
  });

  data.sources.forEach((source, i) => {
    const p = source.published;
    if (!isValidCalendarDate(p.date)) {
      problems.push({ path: `sources[${i}].published.date`, message: `"${p.date}" is not a real calendar date` });
    }
  });

  const texts = new Map(data.sources.map((s) => [s.id, s.text]));
  const checkPassage = (
    passage: { source: string; selector: TextQuoteSelector; events: string[] },
    here: string,
  ) => {
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

  return problems.length ? { ok: false, problems } : { ok: true, dataset: data };
}

function checkEventDates(
  start: string,
  end: string | undefined,
  precision: Precision,
  here: string,
  problems: DatasetProblem[],
): void {
  let valid = true;
  for (const [field, value] of [['start', start], ['end', end]] as const) {
    if (value === undefined) continue;
    if (!isValidCalendarDate(value)) {
      problems.push({ path: `${here}.${field}`, message: `"${value}" is not a real calendar date` });
      valid = false;
    } else if (!PRECISION_PATTERN[precision].test(value)) {
      problems.push({ path: `${here}.${field}`, message: `"${value}" does not match precision "${precision}"` });
    }
  }
  if (valid && end !== undefined && calendarDateEnd(end) <= calendarDateStart(start)) {
    problems.push({ path: `${here}.end`, message: `ends (${end}) before it starts (${start})` });
  }
}

function checkSelector(
  text: string,
  sourceId: string,
  selector: TextQuoteSelector,
  here: string,
  problems: DatasetProblem[],
): void {
  const match = resolveTextQuote(text, selector);
  if (match.status === 'found') return;
  if (match.status === 'ambiguous') {
    problems.push({
      path: `${here}.exact`,
      message: `text occurs ${match.count} times in source "${sourceId}": add a prefix or suffix that makes it unique`,
    });
    return;
  }
  if (!text.includes(selector.exact)) {
    problems.push({
      path: `${here}.exact`,
      message: `text not found verbatim in source "${sourceId}": ${explainMismatch(text, selector.exact)}`,
    });
    return;
  }
  problems.push({
    path: here,
    message: `prefix/suffix do not surround the text in source "${sourceId}" (the exact text occurs, its context does not)`,
  });
}
