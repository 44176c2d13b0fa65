import type { EventMark } from '../../domain/timeline/timeline-layout';
import { DOT_RADIUS, laneY } from './geometry';
import { measureLabel } from './measure-label';

/** The title of a mark that had no room for a label, shown while it is hovered or focused. */
export function MarkTooltip({ mark, width }: { mark: EventMark; width: number }) {
  const text = mark.item.event.title;
  const w = measureLabel(text);
  const y = laneY(mark.lane);
  const toRight = mark.x0 < width / 2;
  const x = toRight ? Math.max(mark.x0, 0) + DOT_RADIUS + 6 : Math.min(mark.x0, width) - DOT_RADIUS - 6 - w;
  const left = Math.max(0, Math.min(x, width - w));
  return (
    <g className="mark-tooltip" aria-hidden="true" pointerEvents="none">
      <rect x={left - 4} y={y - 11} width={w + 8} height={22} rx={4} />
      <text x={left} y={y} dy="0.35em">
        {text}
      </text>
    </g>
  );
}
