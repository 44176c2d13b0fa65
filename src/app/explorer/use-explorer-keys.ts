import { useEffect, useEffectEvent } from 'react';
import { useAppRoot } from '../shell/app-root';

interface Handlers {
  onPrevious: () => void;
  onNext: () => void;
  onClose: () => void;
}

/**
 * Keys that mean nothing else where they were pressed: not while typing, in a dialog, or in a
 * widget that uses the arrows itself (it says so with `data-arrow-keys`, as the timeline does).
 */
function isFreeTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  return !target.closest('input, textarea, select, [contenteditable="true"], dialog, [role="slider"], [role="radiogroup"], [data-arrow-keys]');
}

/**
 * ← / → step through the events and Esc closes the reader, wherever the focus is in this app (or on
 * the page's body, where a click on nothing leaves it); keys meant for another app on the page are left alone.
 */
export function useExplorerKeys({ onPrevious, onNext, onClose }: Handlers): void {
  const root = useAppRoot();
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const element = root.current;
    const target = event.target;
    const ours = element && target instanceof Node && (element.contains(target) || target === element.ownerDocument.body || target === element.ownerDocument.documentElement);
    if (!ours) return;
    if (event.key === 'Escape') {
      if (target instanceof Element && target.closest('dialog')) return;
      onClose();
    } else if (event.key === 'ArrowLeft' && isFreeTarget(target)) {
      event.preventDefault();
      onPrevious();
    } else if (event.key === 'ArrowRight' && isFreeTarget(target)) {
      event.preventDefault();
      onNext();
    }
  });
  useEffect(() => {
    const doc = root.current?.ownerDocument;
    if (!doc) return;
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    doc.addEventListener('keydown', listener);
    return () => doc.removeEventListener('keydown', listener);
  }, [root]);
}
