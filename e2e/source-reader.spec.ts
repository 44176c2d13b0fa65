import AxeBuilder from '@axe-core/playwright';
import { bundled } from './support/bundled';
import { expect, test } from './support/explorer';

test('"Read in context" opens the article with the passage highlighted, and Close returns focus', async ({ explorer, page }) => {
  await explorer.open('/events/sochi-pompeo-lavrov-talks');
  const quote = explorer.reader.locator('figure', { hasText: 'Naturally we highlighted' });
  const open = quote.getByRole('button', { name: 'Read in context' });
  await open.click();

  const dialog = page.getByRole('dialog', { name: 'Pompeo calls for N.K. sanctions implementation in talks with Russia' });
  await expect(dialog).toBeVisible();
  const current = dialog.locator('mark[aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('Naturally we highlighted that the leadership of DPRK expects certain guarantees');
  await expect(current).toBeInViewport();
  // Other passages the dataset anchors in this article are marked too, each linking to its event.
  expect(await dialog.locator('mark').count()).toBeGreaterThan(5);
  await expect(dialog.getByRole('link', { name: /Event: Trump–Kim summit in Hanoi/ }).first()).toBeVisible();
  // The article is there verbatim, curly quotes included, once the links between passages are set aside.
  const text = await dialog.getByRole('region', { name: 'Full text' }).evaluate((region) => {
    const copy = region.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('a').forEach((link) => link.closest('span')?.remove());
    return [...copy.querySelectorAll('p')].map((p) => p.textContent).join('\n');
  });
  expect(text).toBe(bundled.sources.find((s) => s.id === 'yonhap-pompeo-lavrov-sochi')!.text);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test('Escape closes the source reader and focus goes back to the passage', async ({ explorer, page }) => {
  await explorer.open('/events/state-department-press-conference');
  const open = explorer.reader.getByRole('button', { name: 'Read in context' }).first();
  await open.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(open).toBeFocused();
  // The reader is still open: Esc closed only the dialog.
  await expect(explorer.reader).toBeVisible();
});

test('a passage link in the source reader opens its event', async ({ explorer, page }) => {
  await explorer.open('/events/sochi-pompeo-lavrov-talks');
  await explorer.reader.getByRole('button', { name: 'Read in context' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('link', { name: /Event: Kim and Putin meet in Vladivostok/ }).first().click();
  await expect(page).toHaveURL(/\/events\/vladivostok-kim-putin-summit$/);
  await expect(dialog).toBeHidden();
  await expect(explorer.reader.getByRole('heading', { level: 2 })).toHaveText('Kim and Putin meet in Vladivostok');
});

test('axe finds no violations in the source reader', async ({ explorer, page }) => {
  await explorer.open('/events/hanoi-summit');
  await explorer.reader.getByRole('button', { name: 'Read in context' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
