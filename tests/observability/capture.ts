/** Captures what the process writes to stdout and stderr while `run` executes (test helper). */
import { vi } from 'vitest';

export interface Captured {
  stdout: string;
  stderr: string;
  /** stdout lines parsed as JSON (every line the logger writes is one JSON object). */
  lines: Array<Record<string, any>>;
}

export async function captureOutput(run: () => Promise<unknown>): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    out.push(String(chunk));
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
    err.push(String(chunk));
    return true;
  });
  try {
    await run();
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  const text = out.join('');
  const lines = text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, any>);
  return { stdout: text, stderr: err.join(''), lines };
}
