import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import type * as Model from '../../../domain/model/dataset';
import { ID_PATTERN } from '../../../domain/model/ids';

// zod/mini keeps the bundle small (about 8 kB against 90 kB for classic zod); it ships without
// messages, so load the English ones once.
z.config(en());

/**
 * The Sourceline JSON file, version 1: the wire format of the model in `src/domain/model`. Each
 * schema is typed against the model type it produces (see `Exactly` below), so the two cannot drift
 * apart: a field added to the model without its schema, or the other way round, fails to compile.
 */

/** Compiles only when the schema's output is exactly `T`. */
type Exactly<T, S extends z.ZodMiniType> = [z.infer<S>] extends [T] ? ([T] extends [z.infer<S>] ? S : never) : never;
const exactly = <T>() => <S extends z.ZodMiniType>(schema: Exactly<T, S>): S => schema;

export const idSchema = z.string().check(z.regex(ID_PATTERN, { error: 'id must be lower-case letters, digits and single hyphens (URL-safe)' }));

/** A calendar day, month or year as written: "2019", "2019-02" or "2019-02-27". No time, no zone. */
export const calendarDateSchema = z.string().check(z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { error: 'date must be YYYY, YYYY-MM or YYYY-MM-DD' }));

const nonEmpty = z.string().check(z.minLength(1));

const precisionSchema = z.enum(['day', 'month', 'year']);

const basisSchema = exactly<Model.Basis>()(z.object({ certainty: z.enum(['established', 'inferred']), note: nonEmpty }));

const sourceSchema = exactly<Model.Source>()(
  z.object({
    id: idSchema,
    headline: z.nullable(nonEmpty),
    publisher: nonEmpty,
    outlet: z.nullable(nonEmpty),
    published: z.object({ date: calendarDateSchema, precision: precisionSchema, basis: basisSchema }),
    url: z.nullable(z.url()),
    language: z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'language must be a BCP 47 tag' })),
    text: nonEmpty,
  }),
);

const actorSchema = exactly<Model.Actor>()(
  z.object({
    id: idSchema,
    name: nonEmpty,
    kind: z.enum(['person', 'state', 'organisation']),
    role: z.nullable(nonEmpty),
    affiliation: z.nullable(idSchema),
    aliases: z.array(nonEmpty),
  }),
);

const eventSchema = exactly<Model.TimelineEvent>()(
  z.object({
    id: idSchema,
    title: nonEmpty,
    start: calendarDateSchema,
    end: z.optional(calendarDateSchema),
    precision: precisionSchema,
    basis: basisSchema,
    place: z.nullable(nonEmpty),
    actors: z.array(z.object({ actor: idSchema, role: z.enum(['participant', 'subject', 'mentioned']) })),
    summary: z.object({ text: nonEmpty, editorial: z.literal(true) }),
    tags: z.array(nonEmpty),
    related: z.array(z.object({ event: idSchema, relation: nonEmpty })),
  }),
);

const selectorSchema = exactly<Model.TextQuoteSelector>()(
  z.object({ exact: nonEmpty, prefix: z.optional(nonEmpty), suffix: z.optional(nonEmpty) }),
);

const passageFields = {
  id: idSchema,
  source: idSchema,
  selector: selectorSchema,
  events: z.array(idSchema).check(z.minLength(1)),
};

const excerptSchema = exactly<Model.Excerpt>()(z.object({ ...passageFields, positionOf: z.optional(z.array(idSchema)) }));

const quoteSchema = exactly<Model.Quote>()(z.object({ ...passageFields, speaker: idSchema, saidAt: idSchema, interpreted: z.boolean() }));

/** Version 1 of the file: the model's dataset plus its version number. */
export type SourcelineFileV1 = Model.Dataset & { version: 1 };

export const sourcelineFileV1Schema = exactly<SourcelineFileV1>()(
  z.object({
    version: z.literal(1),
    title: nonEmpty,
    description: nonEmpty,
    sources: z.array(sourceSchema).check(z.minLength(1)),
    actors: z.array(actorSchema),
    events: z.array(eventSchema).check(z.minLength(1)),
    excerpts: z.array(excerptSchema),
    quotes: z.array(quoteSchema),
  }),
);
