import { createContext, use, type RefObject } from 'react';

/** The element the app is rendered into: what page-level behaviour (keys, "interactive") is scoped to. */
export const AppRootContext = createContext<RefObject<HTMLElement | null> | null>(null);

export function useAppRoot(): RefObject<HTMLElement | null> {
  const root = use(AppRootContext);
  if (!root) throw new Error('useAppRoot: no AppRootContext above this component');
  return root;
}
