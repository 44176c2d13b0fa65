import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** The explorer as a reader sees it, found by role and name only. */
export class Explorer {
  constructor(readonly page: Page) {}

  /** Opens a page and waits until the app has taken over the prerendered HTML. */
  async open(path = '/') {
    await this.page.goto(path);
    await this.page.locator('[data-interactive]').waitFor({ state: 'attached' });
  }

  get eventList(): Locator {
    return this.page.getByRole('navigation', { name: /^Events/ });
  }

  eventLinks(): Locator {
    return this.eventList.getByRole('link');
  }

  get timeline(): Locator {
    return this.page.getByRole('region', { name: 'Timeline' });
  }

  timelineEvent(name: string | RegExp): Locator {
    return this.timeline.getByRole('link', { name });
  }

  get reader(): Locator {
    return this.page.getByRole('article');
  }

  async openFromList(name: string | RegExp) {
    await this.eventList.getByRole('link', { name }).click();
  }
}

/**
 * Shows the loading screen: every built page is prerendered and the app takes it over only once the
 * dataset is in, so it moves (back) to a link naming another dataset file whose request is held.
 * Returns a function that lets the request through.
 */
export async function showLoading(explorer: Explorer, page: Page): Promise<() => void> {
  await explorer.open('/');
  let release: () => void = () => {};
  let requests = 0;
  const gate = new Promise<void>((resolve) => (release = resolve));
  // Another address for the same file: another dataset as far as the app knows.
  await page.route('**/data/held-copy.json', async (route) => {
    requests += 1;
    await gate;
    await route.fulfill({ response: await page.request.get('/data/dprk-diplomacy.json') });
  });
  await page.evaluate(() => {
    history.pushState(null, '', '/?data=data/held-copy.json');
    history.pushState(null, '', '/');
    history.back();
  });
  await expect(page.getByRole('status').filter({ hasText: 'Loading the timeline…' })).toBeVisible();
  expect(requests).toBeGreaterThan(0);
  return release;
}

export const test = base.extend<{ explorer: Explorer }>({
  explorer: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(new Explorer(page));
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
