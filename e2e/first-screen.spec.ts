import { readFileSync } from 'node:fs';
import { expect, test } from './support/explorer';

const dataset = JSON.parse(readFileSync('public/data/dprk-diplomacy.json', 'utf8')) as {
  events: { title: string; start: string }[];
};
const chronological = [...dataset.events].sort((a, b) => a.start.localeCompare(b.start)).map((e) => e.title);

test('the first screen lists every bundled event in chronological order', async ({ explorer, page }) => {
  await explorer.open();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/North Korea/);
  await expect(explorer.eventLinks()).toHaveCount(chronological.length);
  const titles = await explorer.eventList.getByRole('listitem').evaluateAll((items) =>
    items.map((li) => li.querySelector('.event-list-title')?.textContent ?? ''),
  );
  expect(titles).toEqual(chronological);
});

test('opening an event from the list shows its quotes verbatim', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openFromList(/Pompeo and Lavrov meet in Sochi/);
  await expect(page).toHaveURL(/\/events\/sochi-pompeo-lavrov-talks$/);
  await expect(explorer.reader.getByRole('heading', { level: 2 })).toHaveText('Pompeo and Lavrov meet in Sochi');
  await expect(explorer.reader.getByText('14 May 2019', { exact: true })).toBeVisible();
  await expect(
    explorer.reader.getByText('I underscored that we must maintain full implementation of the U.N. sanctions until the final, fully verified denuclearization of North Korea is achieved,', { exact: true }),
  ).toBeVisible();
});

test('a dataset that fails to load says why and retries', async ({ explorer, page }) => {
  let calls = 0;
  await page.route('**/data/dprk-diplomacy.json', async (route) => {
    calls += 1;
    if (calls <= 3) await route.fulfill({ status: 503, body: 'unavailable' });
    else await route.continue();
  });
  await explorer.open();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The timeline could not be loaded');
  await expect(alert).toContainText('503');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(explorer.eventLinks().first()).toBeVisible();
});

test('a dataset that is not valid lists its problems', async ({ explorer, page }) => {
  await page.route('**/data/dprk-diplomacy.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ version: 1, title: 'x' }) }),
  );
  await explorer.open();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('problems and cannot be shown');
  await expect(alert.getByRole('listitem').first()).toContainText('description:');
});
