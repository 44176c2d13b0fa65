/** Vertical layout of the plot, px. */
export const LANE_HEIGHT = 30;
export const PLOT_TOP = 8;
export const AXIS_HEIGHT = 30;
export const DOT_RADIUS = 6;

export function laneY(lane: number): number {
  return PLOT_TOP + lane * LANE_HEIGHT + LANE_HEIGHT / 2;
}

export function plotHeight(laneCount: number): number {
  return PLOT_TOP + Math.max(laneCount, 1) * LANE_HEIGHT + 6;
}
