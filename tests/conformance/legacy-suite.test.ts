/**
 * The official conformance suite (2025 revisions) against `npm start`, as CI runs it.
 * Each scenario that applies to a tools-only server must pass; completion-complete is baselined (see the YAML).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNpmStart } from '../helpers/spawned-endpoint.js';
import type { SpawnedEndpoint } from '../helpers/spawned-endpoint.js';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('../../node_modules/@modelcontextprotocol/conformance/dist/index.js', import.meta.url));
const baseline = fileURLToPath(new URL('./baseline-legacy.yml', import.meta.url));

let endpoint: SpawnedEndpoint;
beforeAll(async () => {
  endpoint = await startNpmStart();
}, 60_000);
afterAll(async () => {
  await endpoint?.stop();
});

async function conformance(args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, 'server', '--url', endpoint.url, ...args], { timeout: 60_000 });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('conformance 0.1.16 against npm start', () => {
  it.each(['server-initialize', 'ping', 'tools-list', 'logging-set-level', 'dns-rebinding-protection'])(
    '%s passes',
    async (scenario) => {
      const result = await conformance(['--scenario', scenario]);
      expect(result.code, result.out).toBe(0);
      expect(result.out).toMatch(/Passed: (\d+)\/\1, 0 failed/);
    },
    90_000,
  );

  it('completion-complete fails only as baselined (tools-only server: -32601 by design)', async () => {
    const result = await conformance(['--scenario', 'completion-complete', '--expected-failures', baseline]);
    expect(result.code, result.out).toBe(0);
    expect(result.out).toContain('all failures are expected');
  }, 90_000);
});
