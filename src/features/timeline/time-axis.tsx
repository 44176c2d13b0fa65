import type { TickChoice } from '../../domain/time/ticks';

interface Props {
  ticks: TickChoice;
  width: number;
  y: number;
  height: number;
}

/** Tick lines across the plot and their labels along the bottom; d3 chose them, React draws them. */
export function TimeAxis({ ticks, width, y, height }: Props) {
  return (
    <g className="time-axis" aria-hidden="true">
      <line className="axis-baseline" x1={0} x2={width} y1={y} y2={y} />
      {ticks.ticks.map((tick) => (
        <g key={tick.t}>
          <line className="axis-grid" x1={tick.x} x2={tick.x} y1={0} y2={y} />
          <line className="axis-tick" x1={tick.x} x2={tick.x} y1={y} y2={y + 5} />
          <text className="axis-label" x={tick.x} y={y + height - 8} textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}
