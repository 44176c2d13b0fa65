import { QueryClient } from '@tanstack/react-query';

/** One client for the page's lifetime; the dataset never goes stale while the page is open. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false, staleTime: Infinity } },
  });
}
