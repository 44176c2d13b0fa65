import { setupI18n } from '@lingui/core';
import { messages as enMessages } from './catalogs/en';
import type enCatalogue from './catalogs/en.json';
import { createDateFormatter, type DateFormatter } from './format-date';
import { DEFAULT_LOCALE, LOCALES, type LocaleConfig, type LocaleTag } from './locales';

/** Every message the interface can show, by id: the English catalogue is the list. */
export type MessageId = keyof typeof enCatalogue;

export type MessageValues = Record<string, string | number | undefined>;

/**
 * The interface's words and formats in one language: messages from the catalogue (Lingui, ICU
 * MessageFormat, compiled ahead of time), and dates, numbers, lists and name order from `Intl`.
 * One instance per app (nothing global), so a prerender and an embed can each have their own.
 */
export interface I18n {
  readonly locale: LocaleConfig;
  t(id: MessageId, values?: MessageValues): string;
  readonly dates: DateFormatter;
  /** A count with the language's digit grouping: "1,234". */
  count(n: number): string;
  /** A count in a few characters, for a small mark: "12k". */
  compact(n: number): string;
  /** Orders names as a reader of the language expects. */
  compare(a: string, b: string): number;
  /** "a, b and c". */
  list(items: readonly string[]): string;
}

const CATALOGUES: Record<LocaleTag, typeof enMessages> = { en: enMessages };

/** Builds a value the first time it is asked for, then keeps it. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function createI18n(tag: LocaleTag = DEFAULT_LOCALE): I18n {
  const locale = LOCALES[tag];
  const lingui = setupI18n({ locale: tag, messages: { [tag]: CATALOGUES[tag] } });
  // Each Intl object is built once, and only when first used: building one costs more than
  // formatting with it (an Intl.Collator per comparison once cost 12 ms of start-up), and the first
  // of each kind loads locale data (34 ms of the bundled page's start-up when built eagerly).
  const numbers = once(() => new Intl.NumberFormat(locale.formatLocale));
  const compact = once(() => new Intl.NumberFormat(locale.formatLocale, { notation: 'compact', maximumFractionDigits: 0 }));
  const collator = once(() => new Intl.Collator(locale.formatLocale));
  const lists = once(() => new Intl.ListFormat(locale.formatLocale, { type: 'conjunction' }));
  return {
    locale,
    t: (id, values) => lingui._(id, values),
    dates: createDateFormatter(locale.formatLocale, locale.rangeSeparators),
    count: (n) => numbers().format(n),
    compact: (n) => compact().format(n),
    compare: (a, b) => collator().compare(a, b),
    list: (items) => lists().format(items),
  };
}
