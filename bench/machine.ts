import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface Machine {
  os: string;
  cpus: string;
  cpuCount: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  /** 1, 5 and 15 minute load averages: how busy the (shared) machine was. */
  loadAverage: number[];
}

function describeOs(): string {
  try {
    const release = execFileSync('sh', ['-c', '. /etc/os-release && echo "$PRETTY_NAME"'], { encoding: 'utf8' }).trim();
    if (release) return `${release} (${os.type()} ${os.release()} ${os.arch()})`;
  } catch {
    // Not Linux, or no os-release: fall back to what Node knows.
  }
  return `${os.type()} ${os.release()} ${os.arch()}`;
}

export function describeMachine(chromiumVersion: string): Machine {
  const cpus = os.cpus();
  return {
    os: describeOs(),
    cpus: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
  };
}
