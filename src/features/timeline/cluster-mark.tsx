import { formatCalendarDate, toIsoDate } from '../../domain/dates';
import type { ClusterMark as Cluster } from '../../domain/timeline-layout';
import { laneY } from './geometry';

interface Props {
  cluster: Cluster;
  focusable: boolean;
  onZoom: (cluster: Cluster) => void;
}

/** Events too close to draw apart: says how many it holds, and zooms in on them when activated. */
export function ClusterMark({ cluster, focusable, onZoom }: Props) {
  const y = laneY(cluster.lane);
  const from = formatCalendarDate(toIsoDate(cluster.start), 'day');
  const to = formatCalendarDate(toIsoDate(cluster.end - 1), 'day');
  const r = Math.min(14, 7 + Math.log10(cluster.count) * 3);
  return (
    <g
      className="cluster-mark"
      role="button"
      tabIndex={focusable ? 0 : -1}
      data-nav-x={cluster.x}
      aria-label={`${cluster.count} events, ${from} to ${to}: zoom in`}
      onClick={() => onZoom(cluster)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onZoom(cluster);
        }
      }}
    >
      <circle cx={cluster.x} cy={y} r={r} />
      <text x={cluster.x} y={y} dy="0.35em" textAnchor="middle" aria-hidden="true">
        {cluster.count > 999 ? `${Math.round(cluster.count / 1000)}k` : cluster.count}
      </text>
    </g>
  );
}
