import type { ClusterMark as Cluster } from '../../domain/timeline/timeline-layout';
import { useI18n } from '../../i18n/i18n-context';
import { laneY } from './geometry';

interface Props {
  cluster: Cluster;
  focusable: boolean;
  onZoom: (cluster: Cluster) => void;
}

/** Events too close to draw apart: says how many it holds, and zooms in on them when activated. */
export function ClusterMark({ cluster, focusable, onZoom }: Props) {
  const { t, dates, compact } = useI18n();
  const y = laneY(cluster.lane);
  const r = Math.min(14, 7 + Math.log10(cluster.count) * 3);
  return (
    <g
      className="cluster-mark"
      role="button"
      tabIndex={focusable ? 0 : -1}
      data-nav-x={cluster.x}
      aria-label={t('timeline.cluster', { count: cluster.count, from: dates.day(cluster.start), to: dates.day(cluster.end - 1) })}
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
        {compact(cluster.count)}
      </text>
    </g>
  );
}
