import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Node reads TZ once at start-up, so the only honest check that results do not depend on the
 * machine's zone is to compute them in fresh processes started in other zones and compare with the
 * test's own process. A probe is the body of an async function in plain JavaScript, with the named
 * modules in scope; what it returns must survive JSON.
 */

export type ProbeResult = Record<string, unknown>;

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (
  ...args: unknown[]
) => Promise<ProbeResult>;

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the probe in this process, with the modules it names already imported. */
export async function probeHere(modules: Record<string, unknown>, probe: string): Promise<ProbeResult> {
  const names = Object.keys(modules);
  const result = await new AsyncFunction(...names, probe)(...names.map((name) => modules[name]));
  return JSON.parse(JSON.stringify(result)) as ProbeResult;
}

/**
 * Runs the probe in a fresh Node process with `TZ=tz`, importing each module from its file URL
 * (`new URL('./ticks.ts', import.meta.url)`); also gives the zone's offset in June 2018, in
 * minutes as `getTimezoneOffset` gives it, to show the process really ran there.
 */
export function probeInZone(tz: string, modules: Record<string, URL>, probe: string): Promise<{ offsetMinutes: number; results: ProbeResult }> {
  const names = Object.keys(modules);
  const script = `
    ${names.map((name) => `const ${name} = await import(${JSON.stringify(modules[name]!.href)});`).join('\n')}
    const probe = async (${names.join(', ')}) => { ${probe} };
    const offsetMinutes = new Date(2018, 5, 12).getTimezoneOffset();
    process.stdout.write(JSON.stringify({ offsetMinutes, results: await probe(${names.join(', ')}) }));
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: projectRoot,
      env: { ...process.env, TZ: tz },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`Probe in ${tz} exited with ${code}: ${stderr}`));
      else resolve(JSON.parse(stdout) as { offsetMinutes: number; results: ProbeResult });
    });
  });
}

/** Zones on the far sides of the date line, and their offsets in June 2018 as `getTimezoneOffset` gives them. */
export const FAR_ZONES = [
  { tz: 'Pacific/Kiritimati', offsetMinutes: -14 * 60 },
  { tz: 'America/Los_Angeles', offsetMinutes: 7 * 60 },
] as const;
