import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * False on the server and while React adopts prerendered markup (`hydrateRoot`), true in every
 * other render in the browser. What depends on the browser (its APIs, measured text) must read this
 * rather than `typeof window`, so the first render matches the HTML React adopts; React renders
 * again right after adopting it. A page rendered in the browser from scratch gets true at once.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
