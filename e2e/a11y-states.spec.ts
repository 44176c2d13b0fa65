import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expect, showLoading, test, type Explorer } from './support/explorer';

/**
 * axe-core (every WCAG 2.0–2.2 A and AA rule) on every state a reader can reach, at a desktop and a
 * phone size, in light and dark colour schemes: one test per state × size × scheme.
 */

const DATASET = '**/data/dprk-diplomacy.json';

interface State {
  name: string;
  /** Brings the page into the state; returns what to do once axe has run (release a held request). */
  reach: (explorer: Explorer, page: Page) => Promise<(() => Promise<void>) | void>;
}

const STATES: State[] = [
  {
    name: 'first screen',
    reach: async (explorer) => {
      await explorer.open('/');
      await expect(explorer.timeline).toBeVisible();
      await expect(explorer.eventLinks()).toHaveCount(7);
    },
  },
  {
    name: 'selected event',
    reach: async (explorer) => {
      await explorer.open('/');
      await explorer.openFromList(/Trump–Kim summit in Hanoi/);
      await expect(explorer.reader.getByRole('heading', { level: 2 })).toHaveText('Trump–Kim summit in Hanoi ends without agreement');
    },
  },
  {
    name: 'source reader',
    reach: async (explorer, page) => {
      await explorer.open('/events/sochi-pompeo-lavrov-talks');
      await explorer.reader.getByRole('button', { name: 'Read in context' }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expect(page.getByRole('dialog').locator('mark[aria-current="true"]')).toBeInViewport();
    },
  },
  {
    name: 'filtered view',
    reach: async (explorer, page) => {
      await explorer.open('/');
      await page.getByText('Filter by actor').click();
      await page.getByRole('group', { name: 'Actors' }).getByRole('checkbox', { name: /^Donald Trump, / }).check();
      await expect(page).toHaveURL(/actors=donald-trump/);
      await expect(explorer.eventLinks()).toHaveCount(3);
    },
  },
  {
    name: 'search results',
    reach: async (explorer, page) => {
      await explorer.open('/');
      await page.getByRole('searchbox', { name: 'Search events' }).fill('sanctions');
      await expect(page.getByRole('status').filter({ hasText: /events? match/ })).toBeVisible();
      await expect(explorer.eventList.locator('mark').first()).toBeVisible();
    },
  },
  {
    name: 'not found: unknown event id',
    reach: async (explorer, page) => {
      await explorer.open('/events/no-such-event');
      await expect(page.getByRole('heading', { name: /No event called/ })).toBeVisible();
    },
  },
  {
    name: 'not found: unknown path',
    reach: async (explorer, page) => {
      await explorer.open('/no/such/page');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    },
  },
  {
    name: 'loading',
    reach: async (explorer, page) => {
      const open = await showLoading(explorer, page);
      return async () => {
        open();
        await expect(explorer.timeline).toBeVisible();
      };
    },
  },
  {
    name: 'error: server answers 500',
    reach: async (explorer, page) => {
      await page.route(DATASET, (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
      await explorer.open('/');
      await expect(page.getByRole('alert')).toContainText('The server answered 500');
    },
  },
  {
    name: 'error: invalid dataset',
    reach: async (explorer, page) => {
      await page.route(DATASET, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ version: 1, title: 'x' }) }),
      );
      await explorer.open('/');
      await expect(page.getByRole('alert').getByRole('listitem').first()).toBeVisible();
    },
  },
];

const SIZES = [
  { name: '1280×800', viewport: { width: 1280, height: 800 } },
  { name: '390×844', viewport: { width: 390, height: 844 } },
];
const SCHEMES = ['light', 'dark'] as const;

for (const scheme of SCHEMES) {
  for (const size of SIZES) {
    test.describe(`${size.name} ${scheme}`, () => {
      test.use({ viewport: size.viewport, colorScheme: scheme });

      for (const state of STATES) {
        test(`axe: no violations — ${state.name} @ ${size.name} ${scheme}`, async ({ explorer, page }) => {
          const release = await state.reach(explorer, page);
          // The scheme really is applied (so the dark runs check dark colours).
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
          const violations = await axeViolations(page);
          console.log(`[axe] ${state.name} | ${size.name} | ${scheme} | ${violations.length} violation(s)${violations.length ? ': ' + violations.map((v) => v.id).join(', ') : ''}`);
          await release?.();
          expect(violations, `axe violations in "${state.name}"`).toEqual([]);
        });
      }
    });
  }
}
