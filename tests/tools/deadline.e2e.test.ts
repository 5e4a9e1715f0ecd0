/**
 * A TiFlux that hangs: the tool must answer `isError` before the Lambda deadline kills the invocation (which the
 * emulator would turn into a bare 502 the model never sees).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { startE2E, type E2E } from './support/e2e.js';

const LAMBDA_TIMEOUT_MS = 4_000;
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E({ timeoutMs: LAMBDA_TIMEOUT_MS });
});
afterAll(() => e2e.close());

it('a hanging TiFlux → isError about the timeout, within the invocation deadline', async () => {
  e2e.sandbox.faults.inject({ kind: 'hang', path: `/tickets/${SANDBOX_FIXTURES.openTicket}` });
  // The emulator is the judge of the deadline, as Lambda is: past it, the invocation is killed and the client gets a
  // 502 instead of a result (test-lambda-local.ts). No wall-clock check here, which a busy machine would fail.
  const result = await e2e.call('get_ticket', { ticket_number: String(SANDBOX_FIXTURES.openTicket) });
  expect(result.isError).toBe(true);
  expect(result.text).toMatch(/TiFlux/);
  expect(result.text).toMatch(/time|answer/i);
});

it('a create whose lookups hang creates nothing', async () => {
  e2e.reset();
  e2e.sandbox.faults.inject({ kind: 'hang', method: 'GET', path: '/desks' });
  const result = await e2e.call('create_ticket', { title: 'T', description: 'D', client_id: 801, desk_name: 'Suporte' });
  expect(result.isError).toBe(true);
  expect(e2e.upstream()).not.toContain('POST /tickets');
});
