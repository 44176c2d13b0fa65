import { useEffect, useRef, type RefObject } from 'react';

/** The address the page was opened at (this module runs once, when the app starts). */
const LANDING_URL = typeof window === 'undefined' ? '' : window.location.href;

/**
 * Brings the reader into view when it is out of it: an event chosen from below (the list on a
 * phone), or a shared link to an event opened on a phone, where the reader sits below the timeline
 * and the list. For the address the page was opened at, only if the reader has not scrolled already
 * (before the app took over), and not when a quote link scrolls to its quote. When what had focus
 * went away with the previous event (a link in a closed dialog), focus moves to the new heading.
 */
export function useRevealOnOpen(articleRef: RefObject<HTMLElement | null>, eventId: string, openedWithQuote: boolean): void {
  const shownBefore = useRef(false);
  const withQuote = useRef(openedWithQuote);
  useEffect(() => {
    const firstRender = !shownBefore.current;
    shownBefore.current = true;
    const pageLoad = window.location.href === LANDING_URL;
    if (firstRender && pageLoad && (window.scrollY > 0 || withQuote.current)) return;
    const article = articleRef.current;
    const top = article?.getBoundingClientRect().top ?? 0;
    if (top < 0 || top > window.innerHeight * 0.8) article?.scrollIntoView({ block: 'start' });
    if (firstRender) return;
    const active = article?.ownerDocument.activeElement;
    if (!active || active === article?.ownerDocument.body) article?.querySelector<HTMLElement>('h2')?.focus();
  }, [articleRef, eventId]);
}
