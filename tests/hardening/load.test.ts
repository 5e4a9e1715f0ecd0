/**
 * The short load run (issue 6): the emulator in-process, 20 concurrent keep-alive clients for 2 s and at least 300
 * requests (however long a busy machine needs for them), a mix of ping,
 * tools/list and tools/call get_ticket against the sandbox. Asserts zero errors and no 5xx; timings are reported by
 * `npm run bench` (bench/load.ts, the long version), never asserted here. SOAK=1 runs 50 clients for 20 s.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatLoadReport, runLoad } from '../../bench/load.js';
import { startSandbox, SANDBOX_FIXTURES, type SandboxHandle } from '../../sandbox/server.js';
import { startLocalEndpoint, type LocalEndpoint } from '../../test-lambda-local.js';
import { SOAK, watchProcess } from './support.js';

let sandbox: SandboxHandle;
let endpoint: LocalEndpoint;
let watch: ReturnType<typeof watchProcess>;
const savedBase = process.env.TIFLUX_API_BASE_URL;

beforeAll(async () => {
  watch = watchProcess();
  sandbox = await startSandbox();
  process.env.TIFLUX_API_BASE_URL = sandbox.baseUrl;
  const { handler } = await import('../../src/handler.js');
  endpoint = await startLocalEndpoint({ handler: handler as never });
});

afterAll(async () => {
  watch?.stop();
  process.env.TIFLUX_API_BASE_URL = savedBase;
  await endpoint?.close();
  await sandbox?.close();
});

it('serves concurrent keep-alive clients with zero errors and no 5xx', async () => {
  const report = await runLoad({
    url: endpoint.url,
    clients: SOAK > 1 ? 50 : 20,
    durationMs: SOAK > 1 ? 20_000 : 2_000,
    minRequests: 300,
    apiKey: sandbox.keys.admin,
    ticketNumber: SANDBOX_FIXTURES.openTicket,
  });
  console.log(formatLoadReport(report));
  expect(report.errorSamples).toEqual([]);
  expect(report.errors).toBe(0);
  expect(report.status5xx).toBe(0);
  expect(report.requests).toBeGreaterThanOrEqual(300);
  for (const kind of ['ping', 'tools/list', 'tools/call']) expect(report.byKind[kind]?.count ?? 0).toBeGreaterThan(10);
  // Every tools/call reached the sandbox (get_ticket makes at least one GET per call).
  expect(sandbox.requests.length).toBeGreaterThanOrEqual(report.byKind['tools/call']!.count);
  expect(watch.seen).toEqual([]);
});
