/**
 * The benchmark's datasets on disk: generated once per (size, seed, generator version) into
 * bench/.data, checked with the app's own `decodeSourcelineFile`, then copied into the built site.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeSourcelineFile } from '../src/data/formats/sourceline/parse';
import { createI18n } from '../src/i18n/i18n';
import { formatProblem } from '../src/i18n/problem-messages';
import { generateDataset, GENERATOR_VERSION } from './generate';

export const DATA_DIR = 'bench/.data';

export interface DatasetFile {
  events: number;
  title: string;
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Generates (or reuses) the dataset of `events` events; throws if it does not pass `decodeSourcelineFile`. */
export function ensureDataset(events: number, seed: number, dir = DATA_DIR): DatasetFile {
  const base = join(dir, `${events}-seed${seed}-v${GENERATOR_VERSION}`);
  const metaFile = `${base}.meta.json`;
  if (existsSync(metaFile) && existsSync(`${base}.json`)) return JSON.parse(readFileSync(metaFile, 'utf8')) as DatasetFile;
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const dataset = generateDataset({ events, seed });
  const json = JSON.stringify(dataset);
  const checked = decodeSourcelineFile(JSON.parse(json));
  if (!checked.ok) {
    throw new Error(`generated dataset of ${events} events fails checkDataset:\n${checked.problems.slice(0, 10).map((p) => formatProblem(p, createI18n())).join('\n')}`);
  }
  // Written under a temporary name first, so an interrupted run never leaves a half file in the cache.
  writeFileSync(`${base}.json.tmp`, json);
  renameSync(`${base}.json.tmp`, `${base}.json`);
  const meta: DatasetFile = { events, title: dataset.title, file: `${base}.json`, bytes: Buffer.byteLength(json), gzipBytes: gzipSync(json).length };
  writeFileSync(metaFile, JSON.stringify(meta));
  console.log(`  generated ${events} events (${(meta.bytes / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return meta;
}

/** Where the built site serves a dataset, relative to its root: what `?data=` names. */
export const sitePath = (events: number) => `bench-data/${events}.json`;

export function publishDatasets(files: readonly DatasetFile[], distDir: string): void {
  mkdirSync(join(distDir, 'bench-data'), { recursive: true });
  for (const file of files) copyFileSync(file.file, join(distDir, sitePath(file.events)));
}
