import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { NO_CHROMIUM_MESSAGE } from '../e2e/support/chromium';

const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ensure-chromium.ts'], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('npm test without a Chromium', () => {
  it('stops with one sentence saying how to get one', () => {
    const result = run({ SOURCELINE_CHROMIUM: '/nowhere/chromium' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(NO_CHROMIUM_MESSAGE);
    expect(NO_CHROMIUM_MESSAGE.split('. ')).toHaveLength(1);
  });

  it('names the Chromium it found otherwise', () => {
    const result = run({ SOURCELINE_CHROMIUM: process.execPath });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`$SOURCELINE_CHROMIUM (${process.execPath})`);
  });
});
