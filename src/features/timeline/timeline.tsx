import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { IndexedEvent } from '../../domain/model/indexed-event';
import { calendarDateEnd, calendarDateStart } from '../../domain/time/calendar';
import { chooseTicks, estimateLabelWidth } from '../../domain/time/ticks';
import { layoutTimeline, sortByStart, visibleSlice, type ClusterMark } from '../../domain/timeline/timeline-layout';
import { DAY_MS, fitDomain, focusDomain, panDomain, zoomDomain, type TimeDomain } from '../../domain/time/time-scale';
import { useI18n } from '../../i18n/i18n-context';
import { useLabelWidth } from './measure-label';
import { OverviewStrip } from './overview-strip';
import { commandForKey } from './timeline-keys';
import { TimelinePlot } from './timeline-plot';
import { TimelineToolbar } from './timeline-toolbar';
import { useElementWidth } from './use-element-width';
import { useTimelineGestures } from './use-timeline-gestures';
import { useViewDomain, type DayRange } from './use-view-domain';
import './timeline.css';

interface Props {
  /** The events to show (already filtered), chronological. */
  events: readonly IndexedEvent[];
  /** Every event in the dataset: sets how far one can pan and zoom out. */
  extent: { start: number; end: number };
  selected: IndexedEvent | undefined;
  /** The visible range from the URL; null = fit the events. */
  range: DayRange | null;
  onRangeChange: (range: DayRange | null) => void;
}

export function Timeline({ events, extent, selected, range, onRangeChange }: Props) {
  const { t, dates, count } = useI18n();
  const plotRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(plotRef, 960);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);

  const sorted = useMemo(() => sortByStart(events), [events]);
  const fitted = useMemo(() => fitDomain(events, 0.04, extent.start), [events, extent.start]);
  const bounds = useMemo<TimeDomain>(() => {
    const pad = Math.max((extent.end - extent.start) * 0.25, 30 * DAY_MS);
    return [extent.start - pad, extent.end + pad];
  }, [extent]);
  const from = range?.from;
  const to = range?.to;
  const committed = useMemo<TimeDomain>(
    () => (from && to ? [calendarDateStart(from), calendarDateEnd(to)] : fitted),
    [from, to, fitted],
  );
  const view = useViewDomain(committed, onRangeChange);
  const domain = view.domain;

  const visible = useMemo(() => visibleSlice(sorted, domain), [sorted, domain]);
  const labelWidth = useLabelWidth();
  const layout = useMemo(
    () => layoutTimeline(visible, domain, width, { maxLanes: width < 600 ? 8 : 6, labelWidth }),
    [visible, domain, width, labelWidth],
  );
  const ticks = useMemo(() => {
    const choice = chooseTicks(domain, width, { label: dates.tick });
    const inside = choice.ticks.filter((tick) => tick.x - estimateLabelWidth(tick.label) / 2 >= 0 && tick.x + estimateLabelWidth(tick.label) / 2 <= width);
    return { ...choice, ticks: inside };
  }, [domain, width, dates]);

  const draggedRef = useTimelineGestures(plotRef, {
    domain,
    bounds,
    width,
    onChange: (next, phase) => view.update(next, phase === 'end' ? 'now' : 'settle'),
  });

  useEffect(() => {
    if (!pendingFocus) return;
    const mark = plotRef.current?.querySelector<SVGElement>(`[data-event-id="${CSS.escape(pendingFocus)}"]`);
    if (mark) {
      mark.focus();
      setPendingFocus(null);
    }
  }, [pendingFocus, layout]);

  const centreOn = (item: IndexedEvent) => {
    const span = domain[1] - domain[0];
    const mid = (item.start + item.end) / 2;
    view.update(panDomain(domain, mid - (domain[0] + span / 2), bounds), 'now');
  };

  const moveFocus = (target: IndexedEvent | undefined) => {
    if (!target) return;
    const shown = layout.marks.some((m) => m.item.event.id === target.event.id);
    if (!shown) centreOn(target);
    setPendingFocus(target.event.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const command = commandForKey(event);
    if (!command) return;
    event.preventDefault();
    const centre = (domain[0] + domain[1]) / 2;
    if (command.kind === 'zoom') view.update(zoomDomain(domain, command.factor, centre, bounds), 'now');
    else if (command.kind === 'pan') view.update(panDomain(domain, (domain[1] - domain[0]) * command.fraction, bounds), 'now');
    else if (command.kind === 'fit') view.reset();
    else if (command.kind === 'edge') moveFocus(command.direction < 0 ? events[0] : events.at(-1));
    else {
      const focusedId = (document.activeElement as HTMLElement | null)?.dataset?.eventId;
      const at = events.findIndex((e) => e.event.id === focusedId);
      if (at >= 0) moveFocus(events[at + command.direction]);
      else moveFocus(command.direction > 0 ? (visible[0] ?? events.find((e) => e.start >= domain[1])) : (visible.at(-1) ?? events.findLast((e) => e.end <= domain[0])));
    }
  };

  const zoomToCluster = (cluster: ClusterMark) =>
    view.update(fitDomain([{ start: cluster.start, end: cluster.end }], 0.1), 'now');

  const shown = layout.visibleCount;
  return (
    <section className="timeline" aria-labelledby="timeline-title" aria-describedby="timeline-description">
      <div className="timeline-header">
        <h2 id="timeline-title" className="section-title">
          {t('timeline.title')}
        </h2>
        <p id="timeline-description" className="timeline-description">
          {t('timeline.description', { from: dates.day(domain[0]), to: dates.day(domain[1] - 1), shown: count(shown), count: events.length })}
        </p>
        <TimelineToolbar
          onZoomIn={() => view.update(zoomDomain(domain, 1.6, (domain[0] + domain[1]) / 2, bounds), 'now')}
          onZoomOut={() => view.update(zoomDomain(domain, 1 / 1.6, (domain[0] + domain[1]) / 2, bounds), 'now')}
          onFit={() => view.reset()}
          onZoomToSelected={selected ? () => view.update(focusDomain(selected, 5, bounds), 'now') : undefined}
        />
      </div>
      {/* Keyboard events bubble up from the focusable marks inside; the div itself is not a control. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        ref={plotRef}
        className="timeline-plot"
        onKeyDown={onKeyDown}
        onClickCapture={(event) => {
          if (draggedRef.current) {
            event.preventDefault();
            event.stopPropagation();
            draggedRef.current = false;
          }
        }}
      >
        <TimelinePlot layout={layout} ticks={ticks} width={width} selectedId={selected?.event.id} onZoomCluster={zoomToCluster} />
      </div>
      <OverviewStrip events={sorted} bounds={fitted} domain={domain} width={width} onChange={(next, phase) => view.update(next, phase === 'end' ? 'now' : 'settle')} />
      <p className="timeline-hint">{t('timeline.hint')}</p>
    </section>
  );
}
