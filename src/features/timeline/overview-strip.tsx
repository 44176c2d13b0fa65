import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { TimeSortedEvents } from '../../domain/timeline/timeline-layout';
import { px, type Px } from '../../domain/model/units';
import { DAY_MS, panDomain, pixelsToMs, timeToPx, type TimeDomain } from '../../domain/time/time-scale';
import { useI18n } from '../../i18n/i18n-context';

interface Props {
  events: TimeSortedEvents;
  /** The span the strip shows: every (filtered) event. */
  bounds: TimeDomain;
  /** The visible window, drawn as the brush. */
  domain: TimeDomain;
  width: Px;
  onChange: (domain: TimeDomain, phase: 'move' | 'end') => void;
}

const HEIGHT = 36;
const BIN_PX = 3;

/** The whole span as a density strip with the visible window as a draggable, keyboard-movable brush. */
export function OverviewStrip({ events, bounds, domain, width, onChange }: Props) {
  const { t, dates } = useI18n();
  const strip: TimeDomain = [Math.min(bounds[0], domain[0]), Math.max(bounds[1], domain[1])];
  const [s0, s1] = strip;
  const bins = useMemo(() => {
    const counts = new Uint32Array(Math.max(1, Math.ceil(width / BIN_PX)));
    for (const e of events.events) {
      const bin = Math.floor(timeToPx([s0, s1], width, e.start) / BIN_PX);
      if (bin >= 0 && bin < counts.length) counts[bin] = (counts[bin] ?? 0) + 1;
    }
    const max = Math.max(1, ...counts);
    return Array.from(counts, (count, i) => ({ i, h: count ? 3 + (HEIGHT - 10) * Math.sqrt(count / max) : 0 })).filter((b) => b.h > 0);
  }, [events, s0, s1, width]);

  const drag = useRef<{ x: Px; domain: TimeDomain } | null>(null);
  const x0 = timeToPx(strip, width, domain[0]);
  const x1 = timeToPx(strip, width, domain[1]);
  const brushX = Math.max(0, Math.min(x0, width - 8));
  const brushW = Math.max(8, Math.min(x1, width) - brushX);

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    const x = px(event.clientX - event.currentTarget.getBoundingClientRect().left);
    let start = domain;
    if (x < x0 || x > x1) {
      // Clicking outside the brush centres the window there first.
      start = panDomain(domain, pixelsToMs(strip, width, px(x - (x0 + x1) / 2)), strip);
      onChange(start, 'move');
    }
    drag.current = { x, domain: start };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!drag.current) return;
    const x = px(event.clientX - event.currentTarget.getBoundingClientRect().left);
    onChange(panDomain(drag.current.domain, pixelsToMs(strip, width, px(x - drag.current.x)), strip), 'move');
  };
  const onPointerUp = () => {
    if (drag.current) onChange(domain, 'end');
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<SVGRectElement>) => {
    const step = (domain[1] - domain[0]) * (event.shiftKey ? 0.5 : 0.1);
    const delta = { ArrowLeft: -step, ArrowDown: -step, ArrowRight: step, ArrowUp: step }[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    onChange(panDomain(domain, delta, strip), 'end');
  };

  return (
    <svg
      className="overview-strip"
      role="presentation"
      width={width}
      height={HEIGHT}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <rect className="overview-track" x={0} y={0} width={width} height={HEIGHT} rx={4} />
      {bins.map((b) => (
        <rect key={b.i} className="overview-bin" x={b.i * BIN_PX} y={HEIGHT - 4 - b.h} width={BIN_PX - 1} height={b.h} />
      ))}
      <rect
        className="overview-brush"
        x={brushX}
        y={1}
        width={brushW}
        height={HEIGHT - 2}
        rx={4}
        role="slider"
        tabIndex={0}
        aria-label={t('timeline.brush')}
        aria-valuemin={Math.floor(s0 / DAY_MS)}
        aria-valuemax={Math.floor(s1 / DAY_MS)}
        aria-valuenow={Math.floor((domain[0] + domain[1]) / 2 / DAY_MS)}
        aria-valuetext={t('timeline.span', { from: dates.day(domain[0]), to: dates.day(domain[1] - 1) })}
        onKeyDown={onKeyDown}
      />
    </svg>
  );
}
