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
import { parseSourcelineText } from '../src/data/formats/sourceline/parse.ts';
import { DEFAULT_DATASET_PATH } from '../src/data/load/dataset-path.ts';
import { sha256Hex } from '../src/data/formats/digest.ts';
import { createI18n } from '../src/i18n/i18n.ts';
import { formatProblem } from '../src/i18n/problem-messages.ts';
import type * as EntryServer from '../src/entry-server.tsx';
import { escapeHtml, headTags, type PageMeta } from './prerender-head.ts';

const DIST = process.env.SOURCELINE_DIST ?? 'dist';
const base = (process.env.SOURCELINE_BASE ?? '/').replace(/\/?$/, '/');
const site = process.env.SOURCELINE_SITE_URL?.replace(/\/$/, '');

const i18n = createI18n();
const raw = readFileSync(join('public', DEFAULT_DATASET_PATH), 'utf8');
const checked = parseSourcelineText(raw);
if (!checked.ok) {
  console.error('The bundled dataset is invalid; run npm run check:data:');
  for (const problem of checked.problems) console.error(formatProblem(problem, i18n));
  process.exit(1);
}
const dataset = checked.dataset;
// Built by `vite build --ssr` just before this script runs.
const server = (await import(pathToFileURL(resolve(`${DIST}-ssr`, 'entry-server.js')).href)) as typeof EntryServer;
const digest = (await sha256Hex(raw)) ?? '';
if (!digest) throw new Error('Web Crypto is not available in this Node');
const template = readFileSync(join(DIST, 'index.html'), 'utf8');
if (!template.includes('<div id="root"></div>')) throw new Error('dist/index.html has no empty #root to fill');

async function writePage(urlPath: string, file: string, meta: PageMeta): Promise<void> {
  const body = await server.renderPage(urlPath, dataset, digest, base);
  const html = template
    .replace(/<title>[\s\S]*?<\/title>\s*<meta name="description"[^>]*>/, headTags(meta, { site, base }))
    // The path and the dataset it was rendered from: the app adopts the markup as it is only at that
    // very address, and only when it loads that very dataset.
    .replace('<div id="root"></div>', `<div id="root" data-prerendered="${escapeHtml(urlPath)}" data-dataset="${digest}">${body}</div>`);
  const out = join(DIST, file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
}

const { t, dates } = i18n;
await writePage(base, 'index.html', { title: t('head.title', { title: dataset.title }), description: dataset.description, path: '', type: 'website' });
for (const event of dataset.events) {
  const date = dates.eventDate(event);
  await writePage(`${base}events/${event.id}`, `events/${event.id}.html`, {
    title: t('head.event-title', { title: event.title, date }),
    description: t('head.event-description', { date, place: event.place ?? 'none', summary: event.summary.text }),
    path: `events/${event.id}`,
    type: 'article',
  });
}
await writePage(`${base}__not-found__`, '404.html', {
  title: t('head.page-not-found-title'),
  description: t('not-found.page-text-short'),
  path: null,
  type: 'website',
});
console.log(`prerendered ${dataset.events.length + 2} pages into ${DIST}/ (base ${base}${site ? `, site ${site}` : ''})`);
