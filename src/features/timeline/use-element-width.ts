import { useLayoutEffect, useState, type RefObject } from 'react';
import { px, type Px } from '../../domain/model/units';

/** The element's content width in px, kept current with a ResizeObserver; `fallback` before layout. */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): Px {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.max(1, Math.round(element.clientWidth)) || fallback);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(1, Math.round(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return px(width);
}
