/**
 * The Sourceline dataset as the rest of the app sees it: hand-written types that every format
 * (Sourceline JSON, TimelineJS, spreadsheets) is mapped onto, and that verification, the stores and
 * the screens share. The wire formats live in `src/data/formats`; nothing here knows how a dataset
 * was stored or fetched.
 */

/** A calendar day, month or year as written: "2019", "2019-02" or "2019-02-27". */
export type CalendarDate = string;

export type Precision = 'day' | 'month' | 'year';

/** How sure the dataset is of a date or an identification. */
export type Certainty = 'established' | 'inferred';

export interface Basis {
  certainty: Certainty;
  /** How the fact was established, in plain words, naming the public reporting it rests on. */
  note: string;
}

export interface PublicationDate {
  date: CalendarDate;
  precision: Precision;
  basis: Basis;
}

export interface Source {
  id: string;
  /** `null` when the article as kept has no headline. */
  headline: string | null;
  publisher: string;
  /** Where it appeared, when known (a republishing outlet, a photo agency …). */
  outlet: string | null;
  published: PublicationDate;
  url: string | null;
  /** BCP 47 language tag of the text. */
  language: string;
  /** The full article text, verbatim: every excerpt and quote is checked against it. */
  text: string;
}

export type ActorKind = 'person' | 'state' | 'organisation';

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  /** Role or title at the time of the events, e.g. "U.S. Secretary of State". */
  role: string | null;
  /** The actor this one belongs to or serves (a minister's state, a committee's council). */
  affiliation: string | null;
  aliases: string[];
}

export type EventActorRole = 'participant' | 'subject' | 'mentioned';

export interface EventActor {
  actor: string;
  role: EventActorRole;
}

export interface RelatedEvent {
  event: string;
  relation: string;
}

export interface TimelineEvent {
  id: string;
  title: string;
  start: CalendarDate;
  /** Inclusive last day, month or year of a ranged event; absent for a point event. */
  end?: CalendarDate;
  precision: Precision;
  basis: Basis;
  place: string | null;
  actors: EventActor[];
  /** Written by the dataset's editors, not by the sources; always shown marked as editorial. */
  summary: { text: string; editorial: true };
  tags: string[];
  related: RelatedEvent[];
}

/**
 * A W3C Web Annotation text-quote selector: `exact` must occur in the source; `prefix` / `suffix`
 * (text immediately before / after) are needed only where `exact` alone is not unique.
 */
export interface TextQuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
}

interface PassageFields {
  id: string;
  source: string;
  selector: TextQuoteSelector;
  /** Events the passage reports or mentions; the first is the one it is chiefly about. */
  events: string[];
}

/** Sentences of a source that report or mention events. */
export interface Excerpt extends PassageFields {
  /** Actors whose position the passage describes, if it describes one. */
  positionOf?: string[];
}

/** The words inside a pair of quotation marks, and who said them where. */
export interface Quote extends PassageFields {
  speaker: string;
  /** The event at which the words were said. */
  saidAt: string;
  /** True where the source says the words came through an interpreter. */
  interpreted: boolean;
}

export type Passage = Excerpt | Quote;

export function isQuote(passage: Passage): passage is Quote {
  return 'speaker' in passage;
}

export interface Dataset {
  title: string;
  description: string;
  sources: Source[];
  actors: Actor[];
  events: TimelineEvent[];
  excerpts: Excerpt[];
  quotes: Quote[];
}
