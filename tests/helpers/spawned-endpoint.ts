/**
 * Starts `npm start` (the local emulator, with the sandbox TiFlux) in a child process on a free port, the way a
 * developer or CI runs it, and waits for /health.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { freePort } from '../../scripts/free-port.js';

export interface SpawnedEndpoint {
  url: string;
  baseUrl: string;
  output: () => string;
  stop(): Promise<void>;
}

export async function startNpmStart(env: Record<string, string> = {}): Promise<SpawnedEndpoint> {
  const port = await freePort();
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      killTree(child);
      throw new Error(`npm start did not come up on port ${port}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `${baseUrl}/mcp`,
    baseUrl,
    output: () => output,
    stop: async () => {
      killTree(child);
      await new Promise((r) => setTimeout(r, 50));
    },
  };
}

function killTree(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM'); // npm → tsx → node: signal the whole process group
  } catch {
    child.kill('SIGTERM');
  }
}
