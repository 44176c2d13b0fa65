/**
 * `npm run screenshots` — serves the production build and saves what a reader sees at desktop and
 * phone sizes into docs/ (the README shows them). Run `npm run build` first.
 * Extra paths to capture: `npm run screenshots -- /events/hanoi-summit`.
 */
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../e2e/support/chromium.ts';

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const choice = findChromium();
if (!choice) throw new Error(NO_CHROMIUM_MESSAGE);
const server = await preview({ preview: { host: '127.0.0.1', port: 4179, strictPort: true }, logLevel: 'warn' });
const base = 'http://127.0.0.1:4179';
const browser = await chromium.launch({ executablePath: choice.executablePath, args: CHROMIUM_ARGS });
const paths = process.argv.slice(2);
const outDir = process.env.SCREENSHOT_DIR ?? 'docs';
try {
  for (const size of SIZES) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, colorScheme: scheme });
      const targets = paths.length ? paths : ['/', '/events/sochi-pompeo-lavrov-talks'];
      for (const [i, path] of targets.entries()) {
        await page.goto(base + path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        const label = paths.length ? path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home' : ['home', 'event'][i];
        const file = `${outDir}/screenshot-${size.name}${scheme === 'dark' ? '-dark' : ''}-${label}.png`;
        await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === '1' });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
