/** The results as a markdown table and as JSON under bench/results/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchOptions } from './options';
import type { Machine } from './machine';
import { CHANGE_TIMEOUT_MS } from './measure-controls';
import { METRICS, median, type CaseSummary, type MetricSummary } from './metrics';
import type { RunProfile } from './measure-run';
import type { ProfileSummary } from './profile';
import type { TargetResult } from './targets';

export const RESULTS_DIR = 'bench/results';

export interface BenchResults {
  date: string;
  options: Pick<BenchOptions, 'runs' | 'sizes' | 'seed' | 'quick'>;
  machine: Machine;
  /** Wall-clock time of the measuring, in seconds. */
  durationS: number;
  cases: CaseSummary[];
  targets: TargetResult[];
  profile: ({ case: string; id: string } & RunProfile) | null;
  notes: string[];
}

const num = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: v >= 100 ? 0 : 1 });

function cell(summary: MetricSummary, baseline: MetricSummary | undefined): string {
  if (summary === 'control missing') return 'n/a (control missing)';
  if (summary === 'no change in time') return `> ${CHANGE_TIMEOUT_MS / 1000} s (no change seen)`;
  if (typeof summary === 'string') return summary;
  const max = summary.timeouts ? `> ${CHANGE_TIMEOUT_MS / 1000} s` : num(summary.max);
  const range = summary.n + summary.timeouts > 1 ? ` (${num(summary.min)}–${max})` : '';
  const base = median(baseline);
  const r = base ? summary.median / base : null;
  const ratio = r === null ? '' : ` · ${r < 0.1 ? r.toPrecision(1) : r.toFixed(1)}×`;
  return `${num(summary.median)}${range}${ratio}`;
}

function table(cases: readonly CaseSummary[], byId: Map<string, CaseSummary>, keys = METRICS): string[] {
  const lines = [`| figure | ${cases.map((c) => c.label).join(' | ')} |`, `|---|${cases.map(() => '---:').join('|')}|`];
  for (const def of keys) {
    const cells = cases.map((c) => cell(c.metrics[def.key], c.baselineId ? byId.get(c.baselineId)?.metrics[def.key] : undefined));
    if (cells.every((x) => x === 'not measured')) continue;
    lines.push(`| ${def.label} | ${cells.join(' | ')} |`);
  }
  lines.push(`| dataset JSON, raw / gzip (MB) | ${cases.map((c) => (c.dataMB ? `${c.dataMB.raw} / ${c.dataMB.gzip}` : '—')).join(' | ')} |`);
  const runs = (c: CaseSummary) => {
    const frames = c.metrics.frameP95Ms;
    const withFrames = typeof frames === 'object' ? frames.n : 0;
    return withFrames && withFrames < c.runs ? `${c.runs} (${withFrames} with zoom/pan, filter, search)` : String(c.runs);
  };
  lines.push(`| runs | ${cases.map(runs).join(' | ')} |`);
  return lines;
}

function profileTable(phase: string, summary: ProfileSummary): string[] {
  return [
    '',
    `${phase}: ${num(summary.totalMs)} ms busy; by origin: ${summary.byOrigin.map((o) => `${o.origin} ${(o.share * 100).toFixed(0)} %`).join(', ')}.`,
    '',
    '| self ms | share | function | where |',
    '|---:|---:|---|---|',
    ...summary.top.slice(0, 10).map((row) => `| ${num(row.selfMs)} | ${(row.share * 100).toFixed(1)} % | ${row.name} | ${row.location} |`),
  ];
}

export function renderMarkdown(results: BenchResults): string {
  const byId = new Map(results.cases.map((c) => [c.id, c]));
  const apps = results.cases.filter((c) => c.kind === 'app');
  const baselines = results.cases.filter((c) => c.kind === 'baseline');
  const m = results.machine;
  const out = [
    `### Benchmark results, ${results.date.slice(0, 10)}`,
    '',
    `Machine: ${m.os}; ${m.cpuCount} × ${m.cpus}; ${m.memoryGiB} GiB; Node ${m.node}; Chromium ${m.chromium} (headless); ` +
      `load average at the end ${m.loadAverage.join(' / ')} (1 / 5 / 15 min). ` +
      `${results.options.runs} run(s) per case, each in a fresh browser context (cold cache), 1280×800; took ${Math.round(results.durationS)} s.`,
    '',
    'The app: median (min–max) · ratio to the baseline page with the same events (the bundled dataset is compared with the 100-event baseline).',
    '',
    ...table(apps, byId),
    '',
    'The baseline page (fetch the JSON, one positioned div per event, d3 scaleUtc):',
    '',
    ...table(baselines, byId),
    '',
    'Targets (medians):',
    '',
    '| case | target | measured | result |',
    '|---|---|---|---|',
    ...results.targets.map((t) => `| ${t.case} | ${t.target} | ${t.measured} | ${t.result === 'fail' ? '**fail**' : t.result} |`),
  ];
  const errors = results.cases.filter((c) => c.errors.length);
  if (errors.length || results.notes.length) {
    out.push('', 'Notes:', '');
    for (const note of results.notes) out.push(`- ${note}`);
    for (const c of errors) for (const e of c.errors.slice(0, 5)) out.push(`- ${c.label}: ${e}`);
  }
  if (results.profile) {
    const p = results.profile;
    out.push('', `CPU profile of one extra run of “${p.case}”, self time by function (source-mapped):`);
    out.push(...profileTable('navigation to interactive', p.load));
    if (p.interactions) out.push(...profileTable('after load: zoom/pan, filter, search', p.interactions));
  }
  return `${out.join('\n')}\n`;
}

export function writeResults(results: BenchResults, markdown: string): string[] {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = `${JSON.stringify(results, null, 1)}\n`;
  const stamp = results.date.replace(/[:.]/g, '-').slice(0, 19);
  const files = [join(RESULTS_DIR, 'latest.json'), join(RESULTS_DIR, 'latest.md')];
  writeFileSync(files[0] as string, json);
  writeFileSync(files[1] as string, markdown);
  if (results.profile) {
    const file = join(RESULTS_DIR, `profile-${results.profile.id}.md`);
    const m = results.machine;
    const lines = [`### CPU profile: ${results.profile.case}, ${results.date.slice(0, 10)}`, '', `${m.cpuCount} × ${m.cpus}, Chromium ${m.chromium}; load average ${m.loadAverage.join(' / ')}.`];
    lines.push(...profileTable('navigation to interactive', results.profile.load));
    if (results.profile.interactions) lines.push(...profileTable('after load: zoom/pan, filter, search', results.profile.interactions));
    writeFileSync(file, `${lines.join('\n')}\n`);
    files.push(file);
  }
  // Quick smoke runs do not pile up timestamped copies.
  if (!results.options.quick) {
    const copy = join(RESULTS_DIR, `${stamp}.json`);
    writeFileSync(copy, json);
    files.push(copy);
  }
  return files;
}
