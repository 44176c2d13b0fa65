import { createHash } from 'node:crypto';
import { expect, test } from './support/explorer';

test('an event URL opened directly shows that event', async ({ explorer, page }) => {
  await explorer.open('/events/vladivostok-kim-putin-summit');
  await expect(explorer.reader.getByRole('heading', { level: 2 })).toHaveText('Kim and Putin meet in Vladivostok');
  await expect(page).toHaveTitle('Kim and Putin meet in Vladivostok, 25 April 2019 — Sourceline');
});

test('the canonical link follows the open event, so a share sheet shares what the reader sees', async ({ explorer, page }) => {
  const canonical = page.locator('link[rel="canonical"]');
  await explorer.open('/');
  await expect(canonical).toHaveAttribute('href', '/');
  await explorer.openFromList(/Trump–Kim summit in Hanoi/);
  await expect(canonical).toHaveAttribute('href', '/events/hanoi-summit');
  await page.keyboard.press('Escape');
  await expect(explorer.reader).toHaveCount(0);
  await expect(canonical).toHaveAttribute('href', '/');
  await expect(canonical).toHaveCount(1);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a shared event link shows the reader, which sits below the timeline and the list', async ({ explorer, page }) => {
    await explorer.open('/events/hanoi-summit');
    await expect(explorer.reader.getByRole('heading', { level: 2 })).toBeInViewport();
    // The page started at the top: the reader was scrolled to, not laid out there.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  });

  test('a reader who scrolled before the app took over is left where they are', async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/events/hanoi-summit', { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 200));
    release();
    await page.locator('[data-interactive]').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => window.scrollY)).toBe(200);
  });

  test('an event chosen from the list scrolls the reader into view', async ({ explorer }) => {
    await explorer.open('/');
    await explorer.eventList.getByRole('link', { name: /Pompeo and Lavrov meet in Sochi/ }).click();
    await expect(explorer.reader.getByRole('heading', { level: 2 })).toHaveText('Pompeo and Lavrov meet in Sochi');
    await expect(explorer.reader.getByRole('heading', { level: 2 })).toBeInViewport();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an event page still shows its title, date and quotes', async ({ page }) => {
    await page.goto('/events/sochi-pompeo-lavrov-talks');
    const reader = page.getByRole('article');
    await expect(reader.getByRole('heading', { level: 2 })).toHaveText('Pompeo and Lavrov meet in Sochi');
    await expect(reader.getByText('14 May 2019', { exact: true })).toBeVisible();
    await expect(reader.getByText('promoting dialogue', { exact: true })).toBeVisible();
    await expect(reader.getByText('We are positive that in the end we should strive to create a strong mechanism of peace and stability in Northeast Asia,', { exact: true })).toBeVisible();
    await expect(page.getByRole('navigation', { name: /^Events/ }).getByRole('link')).toHaveCount(7);
  });
});

test('a built event page carries its own title, description, canonical and Open Graph tags', async ({ request }) => {
  const response = await request.get('/events/hanoi-summit');
  expect(response.status()).toBe(200);
  const html = await response.text();
  const meta = (attr: string, name: string) => new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1];
  expect(html).toContain('<title>Trump–Kim summit in Hanoi ends without agreement, 27–28 February 2019 — Sourceline</title>');
  expect(meta('property', 'og:title')).toBe('Trump–Kim summit in Hanoi ends without agreement, 27–28 February 2019 — Sourceline');
  expect(meta('property', 'og:type')).toBe('article');
  expect(meta('property', 'og:description')).toMatch(/^27–28 February 2019 · Sofitel Legend Metropole Hotel, Hanoi, Vietnam\. /);
  expect(meta('name', 'twitter:card')).toBe('summary');
  expect(html).toMatch(/<link rel="canonical" href="[^"]*\/events\/hanoi-summit" \/>/);
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src &#39;self&#39;/);
});

test('a built page paints styled before any script: its stylesheet is inline, allowed by hash, and the app is preloaded', async ({ browser, request }) => {
  const html = await (await request.get('/events/hanoi-summit')).text();
  expect(html).not.toMatch(/<link rel="stylesheet"/);
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  expect(css).toContain('.timeline');
  const hash = createHash('sha256').update(css).digest('base64');
  expect(html).toContain(`style-src &#39;self&#39; &#39;sha256-${hash}&#39;;`);
  expect(html).toMatch(/<link rel="modulepreload" crossorigin="" href="\/assets\/boot-[\w-]+\.js">/);
  expect(html).toContain('<link rel="preload" href="/data/dprk-diplomacy.json" as="fetch" crossorigin="anonymous">');

  // Without JavaScript the page is laid out by that stylesheet (the header is a flex row, not a block).
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL('/events/hanoi-summit', test.info().project.use.baseURL).href);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).display)).toBe('flex');
  await context.close();
});

test('the app adopts the prerendered markup as it is, and renders afresh when the page differs from it', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (globalThis as { prerenderedHeading?: Element | null }).prerenderedHeading = document.querySelector('h1');
    });
  });
  const adopted = () =>
    page.evaluate(() => document.querySelector('h1') === (globalThis as { prerenderedHeading?: Element | null }).prerenderedHeading);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });

  // The same page, dataset and no query string: React hydrates the HTML it was sent, and it works.
  await page.goto('/events/hanoi-summit');
  await page.locator('[data-interactive]').waitFor({ state: 'attached' });
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Trump–Kim summit in Hanoi ends without agreement');
  expect(await adopted()).toBe(true);
  await page.getByRole('navigation', { name: /^Events/ }).getByRole('link', { name: /Kim and Putin meet in Vladivostok/ }).click();
  await expect(page).toHaveURL(/\/events\/vladivostok-kim-putin-summit$/);

  // A filtered link shows something else: rendered afresh, not patched over.
  await page.goto('/?actors=sergey-lavrov');
  await page.locator('[data-interactive]').waitFor({ state: 'attached' });
  await expect(page.getByText('Showing 1 of 7 events')).toBeVisible();
  expect(await adopted()).toBe(false);

  // So does a dataset that is not the one the page was prerendered from.
  await page.route('**/data/dprk-diplomacy.json', async (route) => {
    const dataset = await (await route.fetch()).json();
    await route.fulfill({ json: { ...dataset, title: 'A newer version of the story' } });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A newer version of the story');
  expect(await adopted()).toBe(false);
  expect(errors).toEqual([]);
});

test('the app takes over a prerendered page without a loading flash or losing the scroll position', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as { seenStates?: string[] }).seenStates = seen;
    let parsed = false;
    new MutationObserver(() => {
      const root = document.getElementById('root');
      const reader = root?.querySelector('article h2');
      // Once the prerendered reader has been parsed, it must never go missing or turn into a spinner.
      if (reader) parsed = true;
      else if (parsed) seen.push('reader missing');
      if (root?.textContent?.includes('Loading the timeline')) seen.push('loading state shown');
    }).observe(document, { childList: true, subtree: true });
  });
  // Module scripts hold DOMContentLoaded back, so wait only for the response to start.
  await page.goto('/events/state-department-press-conference', { waitUntil: 'commit' });
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 400));
  release();
  // The client has taken over when the timeline is drawn at the measured width, not the prerendered 960 px.
  await expect(page.locator('.timeline-svg')).not.toHaveAttribute('width', '960');
  expect(await page.evaluate(() => window.scrollY)).toBe(400);
  expect(await page.evaluate(() => (globalThis as { seenStates?: string[] }).seenStates)).toEqual([]);
});

test('back and forward step through the events the reader opened', async ({ explorer, page }) => {
  await explorer.open('/');
  await explorer.openFromList(/Trump and Kim meet in Singapore/);
  await explorer.openFromList(/Kim and Putin meet in Vladivostok/);
  await expect(page).toHaveURL(/vladivostok-kim-putin-summit$/);
  await page.goBack();
  await expect(page).toHaveURL(/singapore-summit$/);
  await expect(explorer.reader.getByRole('heading', { level: 2 })).toHaveText('Trump and Kim meet in Singapore');
  await page.goForward();
  await expect(explorer.reader.getByRole('heading', { level: 2 })).toHaveText('Kim and Putin meet in Vladivostok');
});

test('an unknown event id shows a not-found page with the nearest events and a way back', async ({ explorer, page }) => {
  await explorer.open('/events/hanoi-sumit');
  await expect(page.getByRole('heading', { name: /No event called “hanoi-sumit”/ })).toBeVisible();
  await page.getByRole('link', { name: 'Trump–Kim summit in Hanoi ends without agreement' }).click();
  await expect(page).toHaveURL(/\/events\/hanoi-summit$/);
  await explorer.open('/events/nothing-like-it');
  await page.getByRole('link', { name: /Back to the whole timeline/ }).click();
  await expect(explorer.eventLinks()).toHaveCount(7);
});

test('an unknown path falls back to the not-found page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: /Go to the timeline/ }).click();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
});
