import { useState } from 'react';
import type { TickChoice } from '../../domain/time/ticks';
import type { ClusterMark as Cluster, TimelineLayout } from '../../domain/timeline/timeline-layout';
import { ClusterMark } from './cluster-mark';
import { EventMark } from './event-mark';
import { MarkTooltip } from './mark-tooltip';
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
  const revealedMark = revealed ? layout.marks.find((m) => m.item.event.id === revealed && m.label === null) : undefined;
  return (
    <svg className="timeline-svg" width={width} height={height + AXIS_HEIGHT} role="presentation">
      <TimeAxis ticks={ticks} width={width} y={height} height={AXIS_HEIGHT} />
      <g className="timeline-marks">
        {layout.marks.map((mark) => (
          <EventMark
            key={mark.item.event.id}
            mark={mark}
            selected={mark.item.event.id === selectedId}
            focusable={mark.item.event.id === tabStop}
            onReveal={setRevealed}
          />
        ))}
        {layout.clusters.map((cluster, i) => (
          <ClusterMark key={cluster.key} cluster={cluster} focusable={tabStop === null && i === 0} onZoom={onZoomCluster} />
        ))}
      </g>
      {/* The label of an unlabelled mark under the pointer or focus, drawn above everything else. */}
      {revealedMark && <MarkTooltip mark={revealedMark} width={width} />}
    </svg>
  );
}
