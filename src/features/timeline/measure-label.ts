import { useHydrated } from '../../ui/use-hydrated';
import { estimateMarkLabel as estimateLabel } from '../../domain/timeline/timeline-layout';
import { MARK_LABEL_FONT } from '../../styles/shared-constants';

const cache = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;


/** The rendered width of an event label in px (canvas text metrics, cached; an estimate without canvas). */
export function measureLabel(text: string): number {
  const known = cache.get(text);
  if (known !== undefined) return known;
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
    if (context) context.font = MARK_LABEL_FONT;
  }
  const width = context ? Math.ceil(context.measureText(text).width) + 2 : estimateLabel(text);
  if (cache.size > 20_000) cache.clear();
  cache.set(text, width);
  return width;
}

/**
 * How to size labels in this render: estimates on the server and while React adopts prerendered
 * markup (so the lanes match the HTML it adopts), measured text everywhere else.
 */
export function useLabelWidth(): (text: string) => number {
  return useHydrated() ? measureLabel : estimateLabel;
}
