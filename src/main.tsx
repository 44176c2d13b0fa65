/**
 * The entry: as small as it can be, so that a prerendered page (every event page, and the first
 * screen) is painted before any of the app's code runs. The app itself (`boot.tsx`) is preloaded
 * from the HTML while the page paints, and started right after.
 */
import 'virtual:sourceline-constants.css';
import './styles/tokens.css';
import './styles/base.css';

/** Resolves after the browser has rendered a frame, or after `fallbackMs` if it renders none (a tab in the background). */
function afterNextPaint(fallbackMs: number): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, fallbackMs);
  });
}

if (document.getElementById('root')?.hasAttribute('data-prerendered')) await afterNextPaint(100);
await import('./boot');
