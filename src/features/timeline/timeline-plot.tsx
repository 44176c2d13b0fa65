import { useState } from 'react';
import type { TickChoice } from '../../domain/ticks';
import type { ClusterMark as Cluster, TimelineLayout } from '../../domain/timeline-layout';
import { ClusterMark } from './cluster-mark';
import { EventMark } from './event-mark';
import { AXIS_HEIGHT, plotHeight } from './geometry';
import { TimeAxis } from './time-axis';

interface Props {
  layout: TimelineLayout;
  ticks: TickChoice;
  width: number;
  selectedId: string | undefined;
  onZoomCluster: (cluster: Cluster) => void;
}

/** The SVG: axis, event marks in their lanes, clusters. Every coordinate comes from the layout. */
export function TimelinePlot({ layout, ticks, width, selectedId, onZoomCluster }: Props) {
  const [revealed, setRevealed] = useState<string | null>(null);
  const height = plotHeight(layout.laneCount);
  const selectedShown = layout.marks.some((m) => m.item.event.id === selectedId);
  // Roving tab stop: one item in the tab order, arrows move between the rest.
  const tabStop = selectedShown ? selectedId : (layout.marks[0]?.item.event.id ?? null);
  // Draw the revealed (hovered or focused) mark last, so its label sits on top.
  const marks = revealed ? [...layout.marks.filter((m) => m.item.event.id !== revealed), ...layout.marks.filter((m) => m.item.event.id === revealed)] : layout.marks;
  return (
    <svg className="timeline-svg" width={width} height={height + AXIS_HEIGHT} role="presentation">
      <TimeAxis ticks={ticks} width={width} y={height} height={AXIS_HEIGHT} />
      <g className="timeline-marks">
        {marks.map((mark) => (
          <EventMark
            key={mark.item.event.id}
            mark={mark}
            width={width}
            selected={mark.item.event.id === selectedId}
            focusable={mark.item.event.id === tabStop}
            revealLabel={revealed === mark.item.event.id}
            onReveal={setRevealed}
          />
        ))}
        {layout.clusters.map((cluster, i) => (
          <ClusterMark key={cluster.key} cluster={cluster} focusable={tabStop === null && i === 0} onZoom={onZoomCluster} />
        ))}
      </g>
    </svg>
  );
}
