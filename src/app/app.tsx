import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import type { I18n } from '../i18n/i18n';
import { I18nProvider } from '../i18n/i18n-context';
import type { createAppRouter } from './router';

interface Props {
  queryClient: QueryClient;
  router: ReturnType<typeof createAppRouter>;
  i18n: I18n;
}

/** The whole app: its query cache, its language and its router, the same in the browser and the prerender. */
export function App({ queryClient, router, i18n }: Props) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider i18n={i18n}>
          <RouterProvider router={router} />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}
