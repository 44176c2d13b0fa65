import { createContext, use, useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';

/**
 * Elements that can take the focus on request, by a name the page understands ("the event
 * hanoi-summit on the timeline"). A part registers its own elements; the page asks for a name
 * without knowing which part drew it or how: no page-wide query on another part's attributes.
 */
interface FocusTargets {
  register(name: string, element: HTMLElement | SVGElement): () => void;
  /** Focuses the first of `names` that is on the page; false when none is. */
  focus(names: readonly string[]): boolean;
}

const FocusTargetsContext = createContext<FocusTargets | null>(null);

export function FocusTargetsProvider({ children }: { children: ReactNode }) {
  const targets = useRef(new Map<string, HTMLElement | SVGElement>());
  const value = useMemo<FocusTargets>(
    () => ({
      register(name, element) {
        targets.current.set(name, element);
        return () => {
          if (targets.current.get(name) === element) targets.current.delete(name);
        };
      },
      focus(names) {
        for (const name of names) {
          const element = targets.current.get(name);
          if (element?.isConnected) {
            element.focus();
            return true;
          }
        }
        return false;
      },
    }),
    [],
  );
  return <FocusTargetsContext value={value}>{children}</FocusTargetsContext>;
}

/** A ref callback that registers the element under `name` while it is mounted. */
export function useFocusTarget<T extends HTMLElement | SVGElement>(name: string): (element: T | null) => void {
  const targets = use(FocusTargetsContext);
  const cleanup = useRef<(() => void) | null>(null);
  useEffect(() => () => cleanup.current?.(), []);
  return useCallback(
    (element: T | null) => {
      cleanup.current?.();
      cleanup.current = element && targets ? targets.register(name, element) : null;
    },
    [targets, name],
  );
}

/** Asks for one of the named elements to take the focus. */
export function useFocusRequest(): (names: readonly string[]) => boolean {
  const targets = use(FocusTargetsContext);
  return useCallback((names) => targets?.focus(names) ?? false, [targets]);
}

/** The names the explorer's parts register their event elements under. */
export const focusName = {
  timelineEvent: (id: string) => `timeline-event:${id}`,
  listEvent: (id: string) => `list-event:${id}`,
};
