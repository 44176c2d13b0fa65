import { createContext, use, type ReactNode } from 'react';
import type { I18n } from './i18n';

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return <I18nContext value={i18n}>{children}</I18nContext>;
}

/** The reader's language: its messages (`t`) and formats. */
export function useI18n(): I18n {
  const i18n = use(I18nContext);
  if (!i18n) throw new Error('useI18n: no I18nProvider above this component');
  return i18n;
}
