/** Builds the app (into bench/.dist, not dist/) and the baseline page (into bench/.dist/baseline). */
import { spawnSync } from 'node:child_process';
import { build } from 'vite';

export const DIST_DIR = 'bench/.dist';
const BUILD_TIMEOUT_MS = 5 * 60_000;

export function buildApp(distDir = DIST_DIR): void {
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, SOURCELINE_DIST: distDir },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`npm run build failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
  console.log(`  app built into ${distDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

export async function buildBaseline(): Promise<void> {
  await build({ configFile: 'bench/baseline/vite.config.ts' });
  console.log(`  baseline built into ${DIST_DIR}/baseline/`);
}
