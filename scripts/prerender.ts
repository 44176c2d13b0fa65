/**
 * Runs after `vite build` (see `npm run build`): renders the home page, every event page and the
 * not-found page to static HTML with their own title, description, canonical URL, Open Graph and
 * Twitter tags. Event pages are written as dist/events/<id>.html, which `vite preview` and
 * clean-URL static hosts serve at /events/<id>.
 *
 * SOURCELINE_BASE: the sub-path the site lives under (default "/").
 * SOURCELINE_SITE_URL: the site's origin, e.g. https://news.example.org, for absolute canonical and
 * og:url tags; without it canonical links are root-relative and og:url is left out.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatProblem } from '../src/data/check-dataset.ts';
import { DEFAULT_DATASET_PATH } from '../src/data/dataset-path.ts';
import { parseDataset } from '../src/data/parse-dataset.ts';
import { fingerprint } from '../src/domain/fingerprint.ts';
import type * as EntryServer from '../src/entry-server.tsx';
import { escapeHtml, headTags, type PageMeta } from './prerender-head.ts';

const DIST = process.env.SOURCELINE_DIST ?? 'dist';
const base = (process.env.SOURCELINE_BASE ?? '/').replace(/\/?$/, '/');
const site = process.env.SOURCELINE_SITE_URL?.replace(/\/$/, '');

const checked = parseDataset(readFileSync(join('public', DEFAULT_DATASET_PATH), 'utf8'));
if (!checked.ok) {
  console.error('The bundled dataset is invalid; run npm run check:data:');
  for (const problem of checked.problems) console.error(formatProblem(problem));
  process.exit(1);
}
const dataset = checked.dataset;
const datasetFingerprint = fingerprint(JSON.stringify(dataset));
// Built by `vite build --ssr` just before this script runs.
const server = (await import(pathToFileURL(resolve(`${DIST}-ssr`, 'entry-server.js')).href)) as typeof EntryServer;
const template = readFileSync(join(DIST, 'index.html'), 'utf8');
if (!template.includes('<div id="root"></div>')) throw new Error('dist/index.html has no empty #root to fill');

async function writePage(urlPath: string, file: string, meta: PageMeta): Promise<void> {
  const body = await server.renderPage(urlPath, dataset, base);
  const html = template
    .replace(/<title>[\s\S]*?<\/title>\s*<meta name="description"[^>]*>/, headTags(meta, { site, base }))
    // The path and the dataset it was rendered from: the app adopts the markup as it is only at that
    // very address, and only when it loads that very dataset.
    .replace('<div id="root"></div>', `<div id="root" data-prerendered="${escapeHtml(urlPath)}" data-dataset="${datasetFingerprint}">${body}</div>`);
  const out = join(DIST, file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
}

const index = server.buildDatasetIndex(dataset);
await writePage(base, 'index.html', { title: `${dataset.title} — Sourceline`, description: dataset.description, path: '', type: 'website' });
for (const { event } of index.events) {
  const date = server.formatEventDate(event);
  await writePage(`${base}events/${event.id}`, `events/${event.id}.html`, {
    title: `${event.title}, ${date} — Sourceline`,
    description: `${date}${event.place ? ` · ${event.place}` : ''}. ${event.summary.text} (Editorial summary.)`,
    path: `events/${event.id}`,
    type: 'article',
  });
}
await writePage(`${base}__not-found__`, '404.html', {
  title: 'Page not found — Sourceline',
  description: 'There is no page at this address.',
  path: null,
  type: 'website',
});
console.log(`prerendered ${index.events.length + 2} pages into ${DIST}/ (base ${base}${site ? `, site ${site}` : ''})`);
