import type { RangeSeparators } from './format-date';

/** A language the interface is written in, and how it writes dates. */
export interface LocaleConfig {
  /** BCP 47 tag of the interface language, as `?lang=` names it and `<html lang>` says it. */
  tag: string;
  /** The locale dates and numbers are formatted in (English dates are written day-month-year). */
  formatLocale: string;
  dir: 'ltr' | 'rtl';
  rangeSeparators: RangeSeparators;
}

export const LOCALES = {
  en: { tag: 'en', formatLocale: 'en-GB', dir: 'ltr', rangeSeparators: { tight: '\u2013', spaced: ' \u2013 ' } },
} as const satisfies Record<string, LocaleConfig>;

export type LocaleTag = keyof typeof LOCALES;

export const DEFAULT_LOCALE: LocaleTag = 'en';
