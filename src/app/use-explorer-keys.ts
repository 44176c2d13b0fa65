import { useEffect, useEffectEvent } from 'react';

interface Handlers {
  onPrevious: () => void;
  onNext: () => void;
  onClose: () => void;
}

/** Keys that mean nothing else where they were pressed: not while typing, in a dialog or a widget that uses arrows. */
function isFreeTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  if (target.closest('input, textarea, select, [contenteditable="true"], dialog, [role="slider"], [role="radiogroup"], .timeline-plot')) return false;
  return true;
}

/** ← / → step through the events and Esc closes the reader, from anywhere on the page. */
export function useExplorerKeys({ onPrevious, onNext, onClose }: Handlers): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'Escape') {
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      onClose();
    } else if (event.key === 'ArrowLeft' && isFreeTarget(event.target)) {
      event.preventDefault();
      onPrevious();
    } else if (event.key === 'ArrowRight' && isFreeTarget(event.target)) {
      event.preventDefault();
      onNext();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
