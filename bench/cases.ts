/** What is measured: the app on the bundled dataset and on each generated size, and the baseline page. */
import type { DatasetFile } from './datasets';
import { sitePath } from './datasets';
import type { ProbeConfig } from './probe';

export interface BenchCase {
  id: string;
  label: string;
  kind: 'app' | 'baseline';
  events: number;
  /** Path and query on the site. */
  path: string;
  probe: ProbeConfig;
  /** The baseline case this one is compared with (the baseline with as many events; 100 for bundled). */
  baselineId: string | null;
  data: DatasetFile | null;
  /** Where zoom and pan happen. */
  plotSelector: string;
}

export const BASELINE_REFERENCE_EVENTS = 100;

export function baselineCase(data: DatasetFile): BenchCase {
  return {
    id: `baseline-${data.events}`,
    label: `baseline ${data.events.toLocaleString('en-US')}`,
    kind: 'baseline',
    events: data.events,
    path: `/baseline/?data=${sitePath(data.events)}`,
    probe: { kind: 'baseline', expectTitle: null },
    baselineId: null,
    data,
    plotSelector: '.baseline-plot',
  };
}

export function bundledCase(events: number): BenchCase {
  return {
    id: 'bundled',
    label: `bundled (${events} events)`,
    kind: 'app',
    events,
    path: '/',
    probe: { kind: 'app', expectTitle: null },
    baselineId: `baseline-${BASELINE_REFERENCE_EVENTS}`,
    data: null,
    plotSelector: '.timeline-plot',
  };
}

export function appCase(data: DatasetFile): BenchCase {
  return {
    id: String(data.events),
    label: `${data.events.toLocaleString('en-US')} events`,
    kind: 'app',
    events: data.events,
    path: `/?data=${sitePath(data.events)}`,
    // The prerendered home page shows the bundled dataset; only this title proves the right one is up.
    probe: { kind: 'app', expectTitle: data.title },
    baselineId: `baseline-${data.events}`,
    data,
    plotSelector: '.timeline-plot',
  };
}
