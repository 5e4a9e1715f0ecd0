/**
 * Runs one scenario of the official MCP conformance CLI against a server URL and reads back its per-check results
 * (checks.json), so a test can judge each check against a baseline file itself instead of parsing console text.
 * Works for both installed lines: 0.1.16 (2025 revisions) and the 0.2.0 alpha (2026-07-28), whose CLI flags match.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The two installed CLIs: the 2025 line and `conformance-next` (an npm alias of 0.2.0-alpha.12). */
export const CONFORMANCE_CLI = {
  legacy: fileURLToPath(new URL('../../node_modules/@modelcontextprotocol/conformance/dist/index.js', import.meta.url)),
  next: fileURLToPath(new URL('../../node_modules/conformance-next/dist/index.js', import.meta.url)),
} as const;

export interface ConformanceCheck {
  id: string;
  name: string;
  description: string;
  /** SUCCESS | FAILURE | WARNING | SKIPPED | INFO */
  status: string;
  errorMessage?: string;
}

export interface ConformanceRun {
  exitCode: number;
  /** stdout + stderr, for failure messages. */
  output: string;
  checks: ConformanceCheck[];
}

export interface ScenarioOptions {
  cli: string;
  url: string;
  scenario: string;
  specVersion?: string;
  expectedFailures?: string;
  timeoutMs?: number;
}

/**
 * Spawns the CLI with the Node running the tests (Node 24 under `npx vitest`; the CLI needs ≥ 22). Never rejects:
 * a non-zero exit is part of the result.
 */
export async function runServerScenario(options: ScenarioOptions): Promise<ConformanceRun> {
  const outDir = mkdtempSync(join(tmpdir(), 'conformance-'));
  const args = [options.cli, 'server', '--url', options.url, '--scenario', options.scenario, '-o', outDir];
  if (options.specVersion) args.push('--spec-version', options.specVersion);
  if (options.expectedFailures) args.push('--expected-failures', options.expectedFailures);
  try {
    const { exitCode, output } = await new Promise<{ exitCode: number; output: string }>((resolve) => {
      execFile(process.execPath, args, { timeout: options.timeoutMs ?? 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : 1) : 0;
        resolve({ exitCode: code, output: `${stdout}${stderr}` });
      });
    });
    return { exitCode, output, checks: readChecks(outDir) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function readChecks(outDir: string): ConformanceCheck[] {
  const checks: ConformanceCheck[] = [];
  for (const dir of readdirSync(outDir)) {
    try {
      checks.push(...(JSON.parse(readFileSync(join(outDir, dir, 'checks.json'), 'utf8')) as ConformanceCheck[]));
    } catch {
      // a scenario that crashed writes no checks.json; the exit code and output say why
    }
  }
  return checks;
}

/**
 * The `server:` entries of a baseline file (`- scenario` or `- scenario:check-id`, `#` comments). The format is a
 * flat YAML list, so a line reader is enough and keeps YAML out of the dependencies.
 */
export function readBaseline(path: string): string[] {
  const entries: string[] = [];
  let inServer = false;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (line.trim() === '') continue;
    if (/^\S/.test(line)) {
      inServer = line.trim() === 'server:';
      continue;
    }
    const item = /^\s+-\s+(\S+)$/.exec(line);
    if (inServer && item) entries.push(item[1]!);
  }
  return entries;
}

/** Failed checks of `scenario` that the baseline excuses neither wholesale nor by check id. */
export function unexpectedFailures(scenario: string, checks: ConformanceCheck[], baseline: string[]): ConformanceCheck[] {
  if (baseline.includes(scenario)) return [];
  return checks.filter((c) => c.status === 'FAILURE' && !baseline.includes(`${scenario}:${c.id}`));
}

/** Baseline entries for `scenario` whose check passed: stale, the entry should go. */
export function staleBaselineEntries(scenario: string, checks: ConformanceCheck[], baseline: string[]): string[] {
  return baseline.filter((entry) => {
    if (!entry.startsWith(`${scenario}:`)) return false;
    const id = entry.slice(scenario.length + 1);
    const seen = checks.filter((c) => c.id === id);
    return seen.length > 0 && seen.every((c) => c.status === 'SUCCESS');
  });
}
