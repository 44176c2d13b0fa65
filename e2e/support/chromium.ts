import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags Debian's Chromium needs on a machine with no network and no sandbox support. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/lib/chromium-browser/chromium-browser', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export interface ChromiumChoice {
  /** Undefined means Playwright's own browser. */
  executablePath: string | undefined;
  describe: string;
}

/**
 * Which Chromium the tests drive: $SOURCELINE_CHROMIUM if set, else Playwright's own browser where
 * it is installed, else the system's (Debian's package). Null when there is none.
 */
export function findChromium(): ChromiumChoice | null {
  const fromEnv = process.env.SOURCELINE_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? { executablePath: fromEnv, describe: `$SOURCELINE_CHROMIUM (${fromEnv})` } : null;
  let own: string | undefined;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  if (own && existsSync(own)) return { executablePath: undefined, describe: `Playwright's Chromium (${own})` };
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  return system ? { executablePath: system, describe: `system Chromium (${system})` } : null;
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found for the browser tests: install one with `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or point SOURCELINE_CHROMIUM at a Chromium binary.';
