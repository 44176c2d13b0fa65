import AxeBuilder from '@axe-core/playwright';
import { bundled, chronological } from './support/bundled';
import { expect, test } from './support/explorer';

const titlesWith = (...actors: string[]) =>
  chronological.filter((e) => actors.every((a) => e.actors.some((x) => x.actor === a))).map((e) => e.title);

test('ticking an actor leaves only that actor’s events on the timeline and in the list', async ({ explorer, page }) => {
  await explorer.open();
  await page.getByText('Filter by actor').click();
  const actors = page.getByRole('group', { name: 'Actors' });
  await actors.getByRole('checkbox', { name: /^Vladimir Putin, 1 event$/ }).check();
  await expect(page).toHaveURL(/\?actors=vladimir-putin$/);
  await expect(explorer.eventLinks()).toHaveCount(1);
  await expect(explorer.eventLinks()).toContainText('Kim and Putin meet in Vladivostok');
  await expect(explorer.timeline.getByRole('link')).toHaveCount(1);
  await expect(page.getByText('Showing 1 of 7 events')).toBeVisible();

  await actors.getByRole('checkbox', { name: /^Donald Trump, 3 events$/ }).check();
  const either = chronological.filter((e) => e.actors.some((a) => a.actor === 'donald-trump' || a.actor === 'vladimir-putin'));
  await expect(explorer.eventLinks()).toHaveCount(either.length);

  await actors.getByRole('button', { name: 'Clear actor filter' }).click();
  await expect(explorer.eventLinks()).toHaveCount(7);
  await expect(page).not.toHaveURL(/actors=/);
});

test('match "all" finds every event where Pompeo met Lavrov', async ({ explorer, page }) => {
  await explorer.open('/?actors=mike-pompeo,sergey-lavrov');
  await expect(explorer.eventLinks()).toHaveCount(titlesWith('mike-pompeo').length);
  await page.getByText('Filter by actor').click();
  await page.getByRole('radio', { name: 'All selected actors' }).check();
  await expect(page).toHaveURL(/match=all/);
  await expect(explorer.eventLinks()).toHaveCount(1);
  await expect(explorer.eventLinks()).toContainText(titlesWith('mike-pompeo', 'sergey-lavrov')[0]!);
});

test('clicking an actor chip in the reader filters by that actor', async ({ explorer, page }) => {
  await explorer.open('/events/singapore-summit');
  await explorer.reader.getByRole('button', { name: /^Kim Jong-un/ }).click();
  await expect(page).toHaveURL(/actors=kim-jong-un/);
  await expect(explorer.eventLinks()).toHaveCount(titlesWith('kim-jong-un').length);
  await expect(explorer.reader.getByRole('button', { name: /^Kim Jong-un/ })).toHaveAttribute('aria-pressed', 'true');
});

test('search forgives case, prefixes and typos, and marks the words it matched', async ({ explorer, page }) => {
  await explorer.open();
  const box = page.getByRole('searchbox', { name: 'Search events' });
  await box.fill('Vladivostk');
  await expect(explorer.eventLinks().first()).toContainText('Vladivostok');
  await box.fill('INTERPRET');
  await expect(explorer.eventLinks()).toHaveCount(1);
  await expect(explorer.eventLinks()).toContainText('Pompeo and Lavrov meet in Sochi');
  await explorer.openFromList(/Sochi/);
  await expect(explorer.reader.locator('mark', { hasText: 'interpreter' }).first()).toBeVisible();
  await expect(page).toHaveURL(/q=INTERPRET/);
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(explorer.eventLinks()).toHaveCount(7);
});

test('a selected event hidden by the filters says so instead of vanishing', async ({ explorer, page }) => {
  await explorer.open('/events/hanoi-summit?actors=sergey-lavrov');
  await expect(page.getByText('This event is hidden by the current filters')).toBeVisible();
  await expect(explorer.reader.getByRole('heading', { level: 2 })).toHaveText('Trump–Kim summit in Hanoi ends without agreement');
});

test.describe('sharing', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a copied link opens the same view in a fresh browser', async ({ explorer, page, browser }) => {
    await explorer.open('/events/sochi-pompeo-lavrov-talks?actors=mike-pompeo&q=sanctions');
    await expect(explorer.eventLinks()).toHaveCount(3);
    await explorer.reader.getByRole('button', { name: 'Copy link to this event' }).click();
    await expect(explorer.reader.getByText('Link copied.').first()).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/events\/sochi-pompeo-lavrov-talks\?actors=mike-pompeo&q=sanctions$/);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Pompeo and Lavrov meet in Sochi');
    await expect(other.getByRole('navigation', { name: /^Events/ }).getByRole('link')).toHaveCount(3);
    await expect(other.getByRole('searchbox', { name: 'Search events' })).toHaveValue('sanctions');
    await other.getByText('Filter by actor').click();
    await expect(other.getByRole('checkbox', { name: /^Mike Pompeo/ })).toBeChecked();
    await fresh.close();
  });

  test('a quote link opens its event with that quote highlighted and in view', async ({ explorer, page, browser }) => {
    await explorer.open('/events/state-department-press-conference');
    const quote = explorer.reader.locator('figure', { hasText: 'in a way the world can see' });
    await quote.getByRole('button', { name: /Copy link to this quote by Mike Pompeo/ }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/events\/state-department-press-conference\?quote=q-pompeo-strategic-change$/);

    const fresh = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const other = await fresh.newPage();
    await other.goto(link);
    const target = other.locator('#passage-q-pompeo-strategic-change');
    await expect(target).toHaveClass(/is-highlighted/);
    await expect(target).toBeInViewport();
    await fresh.close();
  });
});

test('a link with bad parameters still works and says what it ignored', async ({ explorer, page }) => {
  await explorer.open('/?actors=mike-pompeo,lavorv,%3Cb%3E&match=most&from=2019-13-01&to=x&q=');
  const notice = page.getByRole('status').filter({ hasText: 'Ignored an actor' });
  await expect(notice).toContainText('Ignored an actor that could not be read: “<b>”.');
  await expect(notice).toContainText('The match mode “most” is not “any” or “all”');
  await expect(notice).toContainText('The visible range');
  await expect(notice).toContainText('This timeline has no actor “lavorv”');
  await expect(explorer.eventLinks()).toHaveCount(titlesWith('mike-pompeo').length);
  await notice.getByRole('link', { name: 'Tidy the address' }).click();
  await expect(page).toHaveURL(/\/\?actors=mike-pompeo$/);
  await expect(notice).toBeHidden();
});

test('axe finds no violations on a filtered, searched view and on the not-found page', async ({ explorer, page }) => {
  const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  await explorer.open('/events/sochi-pompeo-lavrov-talks?actors=mike-pompeo,sergey-lavrov&match=all&q=dialogue');
  await page.getByText('Filter by actor').click();
  await expect(page.getByRole('group', { name: 'Actors' })).toBeVisible();
  expect((await axe()).violations.map((v) => v.id)).toEqual([]);
  await explorer.open('/events/no-such-event');
  await expect(page.getByRole('heading', { name: /No event called/ })).toBeVisible();
  expect((await axe()).violations.map((v) => v.id)).toEqual([]);
});

test('bundled data sanity for these tests', () => {
  expect(bundled.events).toHaveLength(7);
});
