/**
 * The MCP Inspector's CLI mode (the README's third client) against the local endpoint and the sandbox, with the
 * key in a --header, exactly as the README shows it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SANDBOX_DEMO_KEY, SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { startNpmStart } from '../helpers/spawned-endpoint.js';
import type { SpawnedEndpoint } from '../helpers/spawned-endpoint.js';

const run = promisify(execFile);

let endpoint: SpawnedEndpoint;
beforeAll(async () => {
  endpoint = await startNpmStart();
}, 60_000);
afterAll(async () => {
  await endpoint?.stop();
});

async function inspect(...args: string[]): Promise<any> {
  const home = mkdtempSync(join(tmpdir(), 'inspector-home-')); // it keeps state under HOME: never the real one
  const { stdout } = await run(
    join(process.cwd(), 'node_modules', '.bin', 'mcp-inspector'),
    ['--cli', endpoint.url, '--header', `x-tiflux-api-key: ${SANDBOX_DEMO_KEY}`, ...args],
    { env: { ...process.env, HOME: home }, timeout: 60_000 },
  );
  return JSON.parse(stdout);
}

it('lists the tools', async () => {
  const result = await inspect('--method', 'tools/list');
  expect(result.tools.map((t: { name: string }) => t.name)).toContain('create_ticket');
}, 90_000);

it('calls get_ticket and gets the ticket from the sandbox', async () => {
  const result = await inspect('--method', 'tools/call', '--tool-name', 'get_ticket', '--tool-arg', `ticket_number=${SANDBOX_FIXTURES.openTicket}`);
  expect(result.isError).not.toBe(true);
  expect(result.content[0].text).toContain(`#${SANDBOX_FIXTURES.openTicket}`);
}, 90_000);

it('finds no schema portability problem in any tool with --strict (every toolset listed)', async () => {
  const home = mkdtempSync(join(tmpdir(), 'inspector-home-'));
  const { stdout, stderr } = await run(
    join(process.cwd(), 'node_modules', '.bin', 'mcp-inspector'),
    ['--cli', `${endpoint.url}?toolsets=all`, '--method', 'tools/list', '--strict'],
    { env: { ...process.env, HOME: home }, timeout: 60_000 },
  ).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: `${error.stderr ?? ''} (exited non-zero)` }));
  expect(stderr).not.toMatch(/warning|error/i);
  const listed = JSON.parse(stdout).tools as { name: string }[];
  expect(listed.length).toBeGreaterThan(0);
}, 90_000);
