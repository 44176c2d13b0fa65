import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createI18n } from '../i18n/i18n';
import { I18nProvider } from '../i18n/i18n-context';

/** The app's English i18n, built once for every test that renders components. */
export const testI18n = createI18n();

/** Wraps components in the i18n context the app gives them (English). */
export function WithI18n({ children }: { children: ReactNode }) {
  return <I18nProvider i18n={testI18n}>{children}</I18nProvider>;
}

/** `render` inside the English i18n context; `rerender` keeps the context. */
export function renderWithI18n(ui: ReactElement, options: Omit<RenderOptions, 'wrapper'> = {}) {
  return render(ui, { ...options, wrapper: WithI18n });
}
