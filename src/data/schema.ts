import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini keeps the bundle small (about 8 kB against 90 kB for classic zod); it ships without
// messages, so load the English ones once.
z.config(en());

/**
 * The one schema of a Sourceline dataset. It gives both the TypeScript types (via `z.infer`) and the
 * run-time structural check; cross-reference and verbatim checks live in `check-dataset.ts`.
 */

/** Lower-case words joined by single hyphens: safe in a URL path segment without escaping. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .check(z.regex(ID_PATTERN, { error: 'id must be lower-case letters, digits and single hyphens (URL-safe)' }));

/** A calendar day, month or year as written: "2019", "2019-02" or "2019-02-27". No time, no zone. */
export const calendarDateSchema = z
  .string()
  .check(z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { error: 'date must be YYYY, YYYY-MM or YYYY-MM-DD' }));

const nonEmpty = z.string().check(z.minLength(1));

export const precisionSchema = z.enum(['day', 'month', 'year']);

/** How sure the dataset is of a date or an identification. */
export const certaintySchema = z.enum(['established', 'inferred']);

export const basisSchema = z.object({
  certainty: certaintySchema,
  /** How the fact was established, in plain words, naming the public reporting it rests on. */
  note: nonEmpty,
});

export const publicationDateSchema = z.object({
  date: calendarDateSchema,
  precision: precisionSchema,
  basis: basisSchema,
});

export const sourceSchema = z.object({
  id: idSchema,
  /** `null` when the article as kept has no headline. */
  headline: z.nullable(nonEmpty),
  publisher: nonEmpty,
  /** Where it appeared, when known (a republishing outlet, a photo agency …). */
  outlet: z.nullable(nonEmpty),
  published: publicationDateSchema,
  url: z.nullable(z.url()),
  /** BCP 47 language tag. */
  language: z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'language must be a BCP 47 tag' })),
  /** The full article text, verbatim: every excerpt and quote is checked against it. */
  text: nonEmpty,
});

export const actorKindSchema = z.enum(['person', 'state', 'organisation']);

export const actorSchema = z.object({
  id: idSchema,
  name: nonEmpty,
  kind: actorKindSchema,
  /** Role or title at the time of the events, e.g. "U.S. Secretary of State". */
  role: z.nullable(nonEmpty),
  /** The actor this one belongs to or serves (a minister's state, a committee's council). */
  affiliation: z.nullable(idSchema),
  aliases: z.array(nonEmpty),
});

export const eventActorRoleSchema = z.enum(['participant', 'subject', 'mentioned']);

export const eventSchema = z.object({
  id: idSchema,
  title: nonEmpty,
  start: calendarDateSchema,
  /** Inclusive last day of a ranged event; absent for a point event. */
  end: z.optional(calendarDateSchema),
  precision: precisionSchema,
  basis: basisSchema,
  place: z.nullable(nonEmpty),
  actors: z.array(z.object({ actor: idSchema, role: eventActorRoleSchema })),
  /** Written by the dataset's editors, not by the sources; always shown marked as editorial. */
  summary: z.object({ text: nonEmpty, editorial: z.literal(true) }),
  tags: z.array(nonEmpty),
  related: z.array(z.object({ event: idSchema, relation: nonEmpty })),
});

/**
 * A W3C Web Annotation text-quote selector: `exact` must occur in the source; `prefix` / `suffix`
 * (text immediately before / after) are required only where `exact` alone is not unique.
 */
export const textQuoteSelectorSchema = z.object({
  exact: nonEmpty,
  prefix: z.optional(nonEmpty),
  suffix: z.optional(nonEmpty),
});

const passageFields = {
  id: idSchema,
  source: idSchema,
  selector: textQuoteSelectorSchema,
  /** Events the passage reports or mentions; the first is the one it is chiefly about. */
  events: z.array(idSchema).check(z.minLength(1)),
};

export const excerptSchema = z.object({
  ...passageFields,
  /** Actors whose position the passage describes, if it describes one. */
  positionOf: z.optional(z.array(idSchema)),
});

export const quoteSchema = z.object({
  ...passageFields,
  speaker: idSchema,
  /** The event at which the words were said. */
  saidAt: idSchema,
  /** True where the source says the words came through an interpreter. */
  interpreted: z.boolean(),
});

export const datasetSchema = z.object({
  version: z.literal(1),
  title: nonEmpty,
  description: nonEmpty,
  sources: z.array(sourceSchema).check(z.minLength(1)),
  actors: z.array(actorSchema),
  events: z.array(eventSchema).check(z.minLength(1)),
  excerpts: z.array(excerptSchema),
  quotes: z.array(quoteSchema),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type ActorKind = z.infer<typeof actorKindSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type EventActorRole = z.infer<typeof eventActorRoleSchema>;
export type Excerpt = z.infer<typeof excerptSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;
export type Precision = z.infer<typeof precisionSchema>;
export type Basis = z.infer<typeof basisSchema>;
