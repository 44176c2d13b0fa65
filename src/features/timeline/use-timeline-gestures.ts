import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { px, type Px } from '../../domain/model/units';
import { panDomain, pixelsToMs, pxToTime, zoomDomain, type TimeDomain } from '../../domain/time/time-scale';

interface Options {
  domain: TimeDomain;
  bounds: TimeDomain;
  width: Px;
  /** Called at frame rate while a gesture runs; `end` once it is over. */
  onChange: (domain: TimeDomain, phase: 'move' | 'end') => void;
}

const DRAG_THRESHOLD_PX = 4;

function wheelPixels(event: WheelEvent, delta: number): number {
  if (event.deltaMode === WheelEvent.DOM_DELTA_LINE) return delta * 16;
  if (event.deltaMode === WheelEvent.DOM_DELTA_PAGE) return delta * 400;
  return delta;
}

/**
 * Wheel and trackpad pinch zoom about the pointer, horizontal wheel and drag to pan, two-finger
 * touch pinch. The maths is in src/domain/time-scale; this hook only turns events into calls.
 * Returns a ref that is true just after a drag, so the click that ends it can be ignored.
 */
export function useTimelineGestures(target: RefObject<HTMLElement | null>, options: Options): RefObject<boolean> {
  const dragged = useRef(false);
  const onWheel = useEffectEvent((event: WheelEvent) => {
    const { domain, bounds, width, onChange } = options;
    const rect = target.current?.getBoundingClientRect();
    if (!rect) return;
    event.preventDefault();
    const dx = wheelPixels(event, event.deltaX);
    const dy = wheelPixels(event, event.deltaY);
    if (!event.ctrlKey && Math.abs(dx) > Math.abs(dy)) {
      onChange(panDomain(domain, pixelsToMs(domain, width, px(dx)), bounds), 'move');
      return;
    }
    // A trackpad pinch arrives as a wheel event with ctrlKey and small deltas: zoom faster for it.
    const factor = Math.exp(-dy * (event.ctrlKey ? 0.01 : 0.0015));
    const anchor = pxToTime(domain, width, px(event.clientX - rect.left));
    onChange(zoomDomain(domain, factor, anchor, bounds), 'move');
  });

  const pointers = useRef(new Map<number, number>());
  const start = useRef<{ domain: TimeDomain; x: number; distance: number; mid: number } | null>(null);

  const begin = useEffectEvent(() => {
    const xs = [...pointers.current.values()];
    const x = xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
    const distance = xs.length >= 2 ? Math.abs((xs[0] ?? 0) - (xs[1] ?? 0)) : 0;
    start.current = { domain: options.domain, x, distance, mid: x };
  });

  const onPointerDown = useEffectEvent((event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const rect = target.current?.getBoundingClientRect();
    if (!rect) return;
    pointers.current.set(event.pointerId, event.clientX - rect.left);
    dragged.current = false;
    begin();
  });

  const onPointerMove = useEffectEvent((event: PointerEvent) => {
    const rect = target.current?.getBoundingClientRect();
    if (!rect || !pointers.current.has(event.pointerId) || !start.current) return;
    pointers.current.set(event.pointerId, event.clientX - rect.left);
    const xs = [...pointers.current.values()];
    const { domain: from, x: x0, distance } = start.current;
    const { bounds, width, onChange } = options;
    if (xs.length >= 2 && distance > 0) {
      const now = Math.abs((xs[0] ?? 0) - (xs[1] ?? 0));
      const anchor = pxToTime(from, width, px(start.current.mid));
      dragged.current = true;
      onChange(zoomDomain(from, now / distance, anchor, bounds), 'move');
      return;
    }
    const dx = (xs[0] ?? x0) - x0;
    if (!dragged.current && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
    if (!dragged.current) target.current?.setPointerCapture(event.pointerId);
    dragged.current = true;
    onChange(panDomain(from, -pixelsToMs(from, width, px(dx)), bounds), 'move');
  });

  const onPointerUp = useEffectEvent((event: PointerEvent) => {
    if (!pointers.current.delete(event.pointerId)) return;
    if (pointers.current.size > 0) begin();
    else {
      start.current = null;
      if (dragged.current) options.onChange(options.domain, 'end');
    }
  });

  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const wheel = (e: WheelEvent) => onWheel(e);
    const down = (e: PointerEvent) => onPointerDown(e);
    const move = (e: PointerEvent) => onPointerMove(e);
    const up = (e: PointerEvent) => onPointerUp(e);
    // Wheel must be non-passive to keep the page from scrolling while the timeline zooms.
    element.addEventListener('wheel', wheel, { passive: false });
    element.addEventListener('pointerdown', down);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', up);
    return () => {
      element.removeEventListener('wheel', wheel);
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', up);
    };
  }, [target]);

  return dragged;
}
