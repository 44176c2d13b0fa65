import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import handler from 'serve-handler';
import { expect, test } from './support/explorer';

/** A plain static file server (what `npx serve` runs), optionally mounted under a sub-path. */
async function serveStatic(dir: string, mount = '/'): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (!req.url?.startsWith(mount)) {
      res.statusCode = 404;
      res.end('outside the site');
      return;
    }
    req.url = `/${req.url.slice(mount.length)}`;
    void handler(req, res, { public: dir, cleanUrls: true });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${mount}`, server };
}

test('a plain static file server answers /events/<id> with that event’s own page, and 404s unknown paths', async ({ request }) => {
  const { url, server } = await serveStatic(process.env.SOURCELINE_DIST ?? 'dist');
  try {
    const event = await request.get(`${url}events/hanoi-summit`);
    expect(event.status()).toBe(200);
    expect(await event.text()).toContain('<title>Trump–Kim summit in Hanoi ends without agreement, 27–28 February 2019 — Sourceline</title>');
    const missing = await request.get(`${url}no/such/page`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('Page not found');
  } finally {
    server.close();
  }
});

test('a build under a sub-path works end to end', async ({ page }) => {
  test.setTimeout(120_000);
  const out = join(mkdtempSync(join(tmpdir(), 'sourceline-sub-')), 'site');
  // Written without the trailing slash: the build adds it, as Vite does.
  execFileSync('npm', ['run', 'build'], { env: { ...process.env, SOURCELINE_BASE: '/timeline', SOURCELINE_DIST: out }, stdio: 'pipe' });
  const { url, server } = await serveStatic(out, '/timeline/');
  const datasetRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.json')) datasetRequests.push(r.url());
  });
  // Every file the page asks for, preloads included, is there under the sub-path.
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
  try {
    await page.goto(`${url}events/hanoi-summit`);
    await page.locator('[data-interactive]').waitFor({ state: 'attached' });
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Trump–Kim summit in Hanoi ends without agreement');
    await page.getByRole('navigation', { name: /^Events/ }).getByRole('link', { name: /Kim and Putin meet in Vladivostok/ }).click();
    await expect(page).toHaveURL(`${url}events/vladivostok-kim-putin-summit`);
    await expect(page).toHaveTitle('Kim and Putin meet in Vladivostok, 25 April 2019 — Sourceline');
    expect(datasetRequests).toEqual([`${url}data/dprk-diplomacy.json`]);
    expect(await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/timeline\/assets\/boot-[\w-]+\.js$/)]),
    );
    expect(failed).toEqual([]);
  } finally {
    server.close();
  }
});
