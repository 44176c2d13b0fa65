import type { KeyboardEvent } from 'react';

export type TimelineCommand =
  | { kind: 'zoom'; factor: number }
  | { kind: 'pan'; fraction: number }
  | { kind: 'fit' }
  | { kind: 'step'; direction: -1 | 1 }
  | { kind: 'edge'; direction: -1 | 1 };

/** The timeline's keyboard map; null for keys it leaves alone. */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): TimelineCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case '+':
    case '=':
      return { kind: 'zoom', factor: 1.6 };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / 1.6 };
    case '0':
      return { kind: 'fit' };
    case 'ArrowLeft':
      return event.shiftKey ? { kind: 'pan', fraction: -0.25 } : { kind: 'step', direction: -1 };
    case 'ArrowRight':
      return event.shiftKey ? { kind: 'pan', fraction: 0.25 } : { kind: 'step', direction: 1 };
    case 'PageUp':
      return { kind: 'pan', fraction: -0.8 };
    case 'PageDown':
      return { kind: 'pan', fraction: 0.8 };
    case 'Home':
      return { kind: 'edge', direction: -1 };
    case 'End':
      return { kind: 'edge', direction: 1 };
    default:
      return null;
  }
}
