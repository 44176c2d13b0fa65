import fc from 'fast-check';
import type { Page, Route } from '@playwright/test';
import { brokenDatasets } from '../src/data/formats/sourceline/__fixtures__/broken-datasets';
import { expect, test, type Explorer } from './support/explorer';
import { fuzzUrl, serverMayRefuse } from './support/fuzz-urls';

/** Bad datasets, bad networks, bad addresses: the app always says what happened and offers a way on. */

const DATASET = '**/data/dprk-diplomacy.json';

/**
 * Serves `bad` for the dataset until `heal()` is called, then the real file. Returns how many
 * requests were answered each way.
 */
async function serveBadThenReal(page: Page, bad: (route: Route) => Promise<void>) {
  const counts = { bad: 0, real: 0 };
  let healed = false;
  await page.route(DATASET, async (route) => {
    if (healed) {
      counts.real += 1;
      await route.continue();
    } else {
      counts.bad += 1;
      await bad(route);
    }
  });
  return { counts, heal: () => (healed = true) };
}

/** The error screen is there, on a page that is not blank; Try again loads the real dataset. */
async function expectErrorThenRetryWorks(explorer: Explorer, page: Page, heal: () => void, counts: { real: number }, message: string | RegExp) {
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'The timeline could not be loaded' })).toBeVisible();
  await expect(alert).toContainText(message);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  heal();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(explorer.timeline).toBeVisible();
  await expect(explorer.eventLinks()).toHaveCount(7);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(counts.real, 'the retry asked the server again').toBeGreaterThan(0);
}

test.describe('broken datasets', () => {
  const corpus = brokenDatasets();
  test('the corpus is the one the dataset check uses', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
  });

  for (const broken of corpus) {
    test(`broken dataset: ${broken.name}`, async ({ explorer, page }) => {
      const huge = broken.raw.length > 5_000_000;
      if (huge) test.setTimeout(120_000);
      const { counts, heal } = await serveBadThenReal(page, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: broken.raw }),
      );
      await explorer.open('/');
      const alert = page.getByRole('alert');
      await expect(alert).toBeVisible({ timeout: huge ? 60_000 : 7_000 });
      const problems = alert.getByRole('list');
      await expect(problems.getByRole('listitem').first()).toBeVisible();
      if (huge) {
        await expect(problems).toContainText('unknown actor');
      } else {
        for (const line of broken.expected) await expect(problems).toContainText(line);
      }
      // A broken file stays broken: it is not fetched again behind the reader's back.
      expect(counts.bad).toBe(1);
      await expectErrorThenRetryWorks(explorer, page, heal, counts, /problems? and cannot be shown/);
    });
  }

  test('markup in a valid dataset is shown as text, and runs nothing', async ({ explorer, page }) => {
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.route(DATASET, async (route) => {
      const response = await route.fetch();
      const data = (await response.json()) as { events: { id: string; title: string }[] };
      data.events.find((e) => e.id === 'hanoi-summit')!.title = payload;
      await route.fulfill({ response, json: data });
    });
    await explorer.open('/');
    await expect(explorer.eventList.getByText(payload, { exact: true })).toBeVisible();
    await explorer.eventLinks().filter({ hasText: payload }).click();
    await expect(explorer.reader.getByRole('heading', { level: 2 })).toHaveText(payload);
    await expect(explorer.timelineEvent(new RegExp(`^${payload.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `))).toHaveCount(1);
    expect(await page.locator('img[src="x"], #root script').count(), 'no element was made from the text').toBe(0);
    expect(dialogs, 'no dialog opened').toEqual([]);
  });
});

test.describe('network failures', () => {
  test('a failed request says the download failed, after retrying, and Try again works', async ({ explorer, page }) => {
    const { counts, heal } = await serveBadThenReal(page, (route) => route.abort('failed'));
    await explorer.open('/');
    await expectErrorThenRetryWorks(explorer, page, heal, counts, 'The dataset could not be downloaded');
    // TanStack Query tried three times in all before giving up.
    expect(counts.bad).toBe(3);
  });

  test('a timed-out request says so, and Try again works', async ({ explorer, page }) => {
    // A real 15 s timeout three times over would take most of a minute; the network layer's own
    // timeout error takes the same path through the app.
    const { counts, heal } = await serveBadThenReal(page, (route) => route.abort('timedout'));
    await explorer.open('/');
    await expectErrorThenRetryWorks(explorer, page, heal, counts, /could not be downloaded|took longer than/);
  });

  test('a web page with status 200 instead of JSON is named as such, and Try again works', async ({ explorer, page }) => {
    const { counts, heal } = await serveBadThenReal(page, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>' }),
    );
    await explorer.open('/');
    await expect(page.getByRole('alert').getByRole('listitem')).toContainText('HTML, not JSON');
    await expect(page.getByRole('heading', { name: 'Welcome to nginx!' })).toHaveCount(0);
    await expectErrorThenRetryWorks(explorer, page, heal, counts, 'cannot be shown');
  });
});

test.describe('addresses', () => {
  const SEED = 20_260_523;
  const urls = [...new Set(fc.sample(fuzzUrl, { numRuns: 240, seed: SEED }))];
  const halves = [urls.slice(0, Math.ceil(urls.length / 2)), urls.slice(Math.ceil(urls.length / 2))];

  test('at least 200 distinct generated addresses', () => {
    expect(urls.length).toBeGreaterThanOrEqual(200);
    expect(urls.some((u) => u.length > 5_000), 'some are very long').toBe(true);
    expect(urls.some((u) => u.includes('%E0%A4%A')), 'some are malformed').toBe(true);
    expect(urls.some((u) => u.includes('%00')), 'some hold null bytes').toBe(true);
  });

  for (const data of ['//example.org/x.json', 'iran,', '../secrets', '%E0%A4%A']) {
    test(`a ?data= value the app rejects is never fetched: ${data}`, async ({ explorer, page, baseURL }) => {
      const asked: string[] = [];
      page.on('request', (request) => {
        if (['fetch', 'xhr'].includes(request.resourceType()) || new URL(request.url()).origin !== new URL(baseURL!).origin) asked.push(request.url());
      });
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await explorer.open(`/?data=${data}`);
      // The app says it ignored the value and shows the bundled dataset…
      await expect(page.getByRole('status').filter({ hasText: 'is not a dataset file on this site' })).toBeVisible();
      await expect(explorer.eventLinks()).toHaveCount(7);
      // …so nothing but the bundled dataset was requested, and nothing went wrong on the way.
      expect(asked.filter((u) => !u.endsWith('/data/dprk-diplomacy.json'))).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  halves.forEach((batch, n) => {
    test(`fuzzed addresses, batch ${n + 1} of 2 (seed ${SEED}): every one renders a usable page`, async ({ context }) => {
      test.setTimeout(120_000);
      const problems: string[] = [];
      const refusedByServer: string[] = [];
      let errors: string[] = [];
      const openPage = async () => {
        const page = await context.newPage();
        page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(`console error: ${message.text().slice(0, 200)} (${message.location().url.slice(0, 120)})`);
        });
        return page;
      };
      // One page for every address, replaced only after the server refused one (Chromium's error page
      // commits a moment later and would interrupt the next navigation).
      let page = await openPage();
      for (const url of batch) {
        const shown = url.length > 160 ? `${url.slice(0, 160)}… (${url.length} chars)` : url;
        errors = [];
        try {
          const response = await page.goto(url).catch((error: Error) => {
            if (error.message.includes('ERR_HTTP_RESPONSE_CODE_FAILURE')) return null;
            throw error;
          });
          if (!response || (response.status() >= 400 && !(await response.text()).includes('id="root"'))) {
            // The static server answered with its own error and no page: the app never ran.
            refusedByServer.push(url);
            await page.close();
            page = await openPage();
            continue;
          }
          await page.locator('[data-interactive]').waitFor({ state: 'attached', timeout: 10_000 });
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 5_000 });
          const usable = page.getByRole('region', { name: 'Timeline' }).or(page.getByRole('heading', { name: /^(Page not found|No event called)/ }));
          await expect(usable.first()).toBeVisible({ timeout: 5_000 });
        } catch (error) {
          errors.push((error as Error).message.split('\n')[0]!.slice(0, 200));
        }
        if (errors.length) problems.push(`${shown}\n    ${[...new Set(errors)].join('\n    ')}`);
      }
      console.log(`[fuzz] batch ${n + 1}: ${batch.length} addresses, ${problems.length} with problems, ${refusedByServer.length} refused by the static server before the app ran`);
      expect(problems, `addresses that did not give a clean, usable page:\n${problems.join('\n')}`).toEqual([]);
      // Only an address whose path no file server could map may be refused before the app runs.
      expect(refusedByServer.filter((u) => !serverMayRefuse(u))).toEqual([]);
    });
  });
});

test.describe('Content-Security-Policy', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (globalThis as { cspViolations?: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
    });
  });
  const violations = (page: Page) => page.evaluate(() => (globalThis as { cspViolations?: string[] }).cspViolations ?? []);

  test('walking through the app breaks no rule of the page’s Content-Security-Policy', async ({ explorer, page }) => {
    const found: string[] = [];
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy/i.test(m.text())) found.push(`console: ${m.text()}`);
    });
    // Violations are recorded per document: collect them before each page load.
    const collect = async (where: string) => found.push(...(await violations(page)).map((v) => `${where}: ${v}`));

    await explorer.open('/');
    await expect(explorer.timeline).toBeVisible();
    await explorer.openFromList(/Pompeo and Lavrov meet in Sochi/);
    await expect(explorer.reader.getByRole('heading', { level: 2 })).toHaveText('Pompeo and Lavrov meet in Sochi');
    await explorer.reader.getByRole('button', { name: 'Read in context' }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByText('Filter by actor').click();
    await page.getByRole('checkbox', { name: /^Mike Pompeo, / }).check();
    await expect(page).toHaveURL(/actors=mike-pompeo/);
    await page.getByRole('searchbox', { name: 'Search events' }).fill('sanctions');
    await expect(page).toHaveURL(/q=sanctions/);
    await collect('first screen → event → source reader → filter → search');
    await explorer.open('/events/hanoi-summit?quote=x-hanoi-talks-stalled');
    await expect(explorer.reader).toBeVisible();
    await collect('event page with a highlighted passage');
    await explorer.open('/no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await collect('not-found page');
    expect(found).toEqual([]);
  });

  test('the recorder does see a violation when one happens (so the walk above can fail)', async ({ explorer, page }) => {
    await explorer.open('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'void 0';
      document.body.append(script);
    });
    await expect.poll(() => violations(page)).toContainEqual(expect.stringContaining('script-src'));
  });
});
