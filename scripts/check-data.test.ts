import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalDataset } from '../src/test/fixtures/minimal-dataset';

function run(...files: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', ...files], { encoding: 'utf8' });
}

describe('npm run check:data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-data-'));

  it('passes the bundled dataset', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/dprk-diplomacy\.json: ok/);
  });

  it('exits non-zero and prints one problem per line with its path', () => {
    const data = minimalDataset();
    data.events[0]!.actors[0]!.actor = 'lavorv';
    data.quotes[0]!.selector.exact = 'We agree on the goals,';
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(data));
    const result = run(file);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe(`${file}: 2 problems`);
    expect(lines[1]).toBe('events[0].actors[0].actor: unknown actor "lavorv"');
    expect(lines[2]).toMatch(/^quotes\[0\]\.selector\.exact: text not found verbatim in source "wire-story"/);
  });

  it('says so when the file cannot be read', () => {
    const result = run(join(dir, 'missing.json'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/missing\.json: cannot read the file \(ENOENT\)/);
  });
});
