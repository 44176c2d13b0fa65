import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { IndexedEvent } from '../../domain/model/indexed-event';
import { LIST_ROW_HEIGHT_PX } from '../../styles/shared-constants';
import { EventListItem } from './event-list-item';

interface Props {
  events: readonly IndexedEvent[];
  selectedId: string | undefined;
  terms: readonly string[];
}

const ROW_HEIGHT = LIST_ROW_HEIGHT_PX;
const OVERSCAN = 6;

/** The first and last rows (exclusive) worth rendering for a scroll position. */
export function visibleRows(scrollTop: number, viewport: number, count: number): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  return [first, Math.max(first, last)];
}

/**
 * A long list drawn a screenful at a time, so the page holds the same few dozen rows whether the
 * dataset has a thousand events or a hundred thousand. Rows keep their list semantics
 * (aria-setsize / aria-posinset), and ↑ ↓ move focus through the whole list, scrolling as they go.
 */
export function WindowedList({ events, selectedId, terms }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const [first, last] = visibleRows(view.top, view.height, events.length);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element) setView({ top: element.scrollTop, height: element.clientHeight || 600 });
  }, []);

  // Bring the selected event into the window when it changes (chosen on the timeline, say).
  const selectedIndex = selectedId ? events.findIndex((e) => e.event.id === selectedId) : -1;
  useEffect(() => {
    const element = scroller.current;
    if (!element || selectedIndex < 0) return;
    const top = selectedIndex * ROW_HEIGHT;
    if (top < element.scrollTop || top + ROW_HEIGHT > element.scrollTop + element.clientHeight) {
      element.scrollTop = top - element.clientHeight / 2 + ROW_HEIGHT / 2;
    }
  }, [selectedIndex]);

  useEffect(() => {
    if (focusIndex === null) return;
    const id = events[focusIndex]?.event.id;
    const link = id ? scroller.current?.querySelector<HTMLElement>(`[data-list-event-id="${CSS.escape(id)}"]`) : null;
    if (link) {
      link.focus();
      setFocusIndex(null);
    }
  }, [focusIndex, first, last, events]);

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLAnchorElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[event.key] ?? (event.key === 'Home' ? -index : event.key === 'End' ? events.length - 1 - index : 0);
    if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const target = Math.max(0, Math.min(events.length - 1, index + step));
    const element = scroller.current;
    if (element && (target * ROW_HEIGHT < element.scrollTop || (target + 1) * ROW_HEIGHT > element.scrollTop + element.clientHeight)) {
      element.scrollTop = target * ROW_HEIGHT - element.clientHeight / 2;
      // Draw the new rows now rather than on the scroll event, so the focus can move at once.
      setView({ top: target * ROW_HEIGHT - element.clientHeight / 2, height: element.clientHeight || 600 });
    }
    setFocusIndex(target);
  };

  return (
    <div
      ref={scroller}
      className="event-list-scroller"
      onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
    >
      {/* Heights and offsets are set through the CSSOM by React, which the CSP allows. */}
      <ol style={{ height: events.length * ROW_HEIGHT, paddingTop: first * ROW_HEIGHT }}>
        {events.slice(first, last).map((item, i) => (
          <EventListItem
            key={item.event.id}
            item={item}
            selected={item.event.id === selectedId}
            terms={terms}
            position={{ index: first + i + 1, size: events.length }}
            onKeyDown={onKeyDown(first + i)}
          />
        ))}
      </ol>
    </div>
  );
}
