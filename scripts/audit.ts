/**
 * `npm run audit`: Lighthouse's accessibility and best-practices audits on the built site, served by
 * `vite preview` on 127.0.0.1 and loaded in the same Chromium the e2e tests use. Prints each score,
 * writes each report to audit-results/, and exits 1 if any score is below 100.
 *
 * Build first (`npm run build`; SOURCELINE_DIST picks another output folder, as for the e2e tests).
 * Needs the `lighthouse` package (a dev dependency).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, NO_CHROMIUM_MESSAGE, findChromium } from '../e2e/support/chromium';

const LIGHTHOUSE_VERSION = '12.8.2';
const CATEGORIES = ['accessibility', 'best-practices'] as const;
const OUT_DIR = resolve('audit-results');
const DIST = process.env.SOURCELINE_DIST ?? 'dist';

/** The part of Lighthouse's Node API this script uses (lighthouse ships its own full types). */
interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
}
interface Result {
  lhr: { categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>; audits: Record<string, Audit> };
  report: string | string[];
}
type Lighthouse = (
  url: string,
  flags: { port: number; output: 'json'; logLevel: 'error'; onlyCategories: string[] },
  config?: unknown,
) => Promise<Result | undefined>;

async function loadLighthouse(): Promise<Lighthouse> {
  // A variable specifier: the script typechecks whether or not lighthouse is installed yet.
  const specifier = 'lighthouse';
  try {
    return ((await import(specifier)) as { default: Lighthouse }).default;
  } catch {
    console.error(`Lighthouse is not installed. Run: npm i -D -E lighthouse@${LIGHTHOUSE_VERSION}`);
    process.exit(1);
  }
}

/** Starts Chromium with a DevTools port and resolves with that port once Chromium reports it. */
function launchChromium(executablePath: string, profile: string): Promise<{ port: number; stop: () => Promise<void> }> {
  const child = spawn(executablePath, [...CHROMIUM_ARGS, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolvePort, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port in 30 s:\n${stderr}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolvePort({
          port: Number(match[1]),
          // Resolves once Chromium has exited, so its profile folder can be removed.
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill();
            }),
        });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before opening a DevTools port:\n${stderr}`));
    });
  });
}

const lighthouse = await loadLighthouse();
if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`No build in ${DIST}/: run npm run build first.`);
  process.exit(1);
}
const choice = findChromium();
if (!choice) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
const executablePath = choice.executablePath ?? chromium.executablePath();

const dataset = JSON.parse(readFileSync('public/data/dprk-diplomacy.json', 'utf8')) as { events: { id: string; start: string }[] };
const firstEvent = [...dataset.events].sort((a, b) => a.start.localeCompare(b.start))[0]!.id;
const pages = [
  { name: 'home', path: '/' },
  { name: `event-${firstEvent}`, path: `/events/${firstEvent}` },
];

const server = await preview({ preview: { host: '127.0.0.1', port: 4190, strictPort: false, open: false }, build: { outDir: DIST }, logLevel: 'error' });
const base = server.resolvedUrls?.local[0];
const profile = mkdtempSync(join(tmpdir(), 'sourceline-audit-'));
let browser: { port: number; stop: () => Promise<void> } | undefined;
let failed = false;
try {
  if (!base) throw new Error('vite preview did not report its address');
  browser = await launchChromium(executablePath, profile);
  mkdirSync(OUT_DIR, { recursive: true });
  console.log(`Auditing ${base} (${DIST}/) in ${choice.describe}`);
  for (const page of pages) {
    const url = new URL(page.path, base).href;
    const result = await lighthouse(url, { port: browser.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const file = join(OUT_DIR, `${page.name}.json`);
    writeFileSync(file, Array.isArray(result.report) ? result.report.join('\n') : result.report);
    for (const id of CATEGORIES) {
      const category = result.lhr.categories[id];
      const score = Math.round((category?.score ?? 0) * 100);
      console.log(`${page.path.padEnd(40)} ${id.padEnd(15)} ${String(score).padStart(3)}`);
      if (score < 100) {
        failed = true;
        for (const ref of category?.auditRefs ?? []) {
          const audit = result.lhr.audits[ref.id];
          if (audit && audit.score !== null && audit.score < 1 && ['binary', 'numeric'].includes(audit.scoreDisplayMode)) {
            console.log(`    ✗ ${audit.id}: ${audit.title}`);
          }
        }
      }
    }
    console.log(`    report: ${file}`);
  }
} finally {
  await browser?.stop();
  await server.close();
  rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
if (failed) {
  console.error('Below 100: see the audits listed above and the JSON reports.');
  process.exit(1);
}
console.log('Every score is 100.');
