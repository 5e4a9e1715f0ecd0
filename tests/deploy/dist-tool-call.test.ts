/**
 * The built bundle reaches TiFlux: a tools/call through dist/handler.js loads dist/vendor-axios.js (axios lives in
 * its own file so cold starts never parse it) and reads a ticket from the sandbox; the text conversions load
 * dist/vendor-turndown.js (HTML → Markdown) and dist/vendor-marked.js (Markdown → HTML) the same way; with OAuth off
 * (a header key) and on (a whole sign-in through the bundle behind the local Function URL emulator).
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES, startSandbox } from '../../sandbox/server.js';
import type { SandboxHandle } from '../../sandbox/server.js';
import { loadHandler, startLocalEndpoint, type LocalEndpoint } from '../../test-lambda-local.js';
import { mcp, obtainCode, redeem } from '../oauth/support/flow.js';

type DistHandler = (event: unknown, context: unknown) => Promise<{ statusCode: number; body: string }>;

let sandbox: SandboxHandle;
let handler: DistHandler;

beforeAll(async () => {
  sandbox = await startSandbox();
  process.env.TIFLUX_API_BASE_URL = sandbox.baseUrl;
  handler = (createRequire(import.meta.url)('../../dist/handler.js') as { handler: DistHandler }).handler;
});
afterAll(async () => {
  delete process.env.TIFLUX_API_BASE_URL;
  await sandbox.close();
});

it('answers get_ticket with data from TiFlux', async () => {
  const res = await handler(
    {
      version: '2.0',
      rawPath: '/mcp',
      headers: { 'content-type': 'application/json', 'x-tiflux-api-key': sandbox.keys.admin },
      requestContext: { http: { method: 'POST' }, requestId: 'dist-call' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_ticket', arguments: { ticket_number: String(SANDBOX_FIXTURES.openTicket) } } }),
      isBase64Encoded: false,
    },
    { getRemainingTimeInMillis: () => 30_000, awsRequestId: 'dist-call' },
  );
  expect(res.statusCode).toBe(200);
  const body = JSON.parse(res.body);
  expect(body.result.isError, JSON.stringify(body)).not.toBe(true);
  expect(body.result.structuredContent).toMatchObject({ ticket_number: String(SANDBOX_FIXTURES.openTicket) });
  expect(sandbox.requests.some((r) => r.method === 'GET' && r.path.startsWith('/tickets/'))).toBe(true);
  // The description is TiFlux's HTML turned into Markdown by turndown, from its own vendor file.
  expect(body.result.structuredContent.description).toContain('Desde ontem a VPN retorna "tempo esgotado"');
});

it('sends Markdown as HTML, converted by marked from its own vendor file', async () => {
  const res = await handler(
    {
      version: '2.0',
      rawPath: '/mcp',
      headers: { 'content-type': 'application/json', 'x-tiflux-api-key': sandbox.keys.admin },
      requestContext: { http: { method: 'POST' }, requestId: 'dist-answer' },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 2,
        method: 'tools/call',
        params: {
          name: 'create_ticket_answer',
          arguments: { ticket_number: String(SANDBOX_FIXTURES.openTicket), text: 'Olá!\n\n- passo **um**\n- passo dois' },
        },
      }),
      isBase64Encoded: false,
    },
    { getRemainingTimeInMillis: () => 30_000, awsRequestId: 'dist-answer' },
  );
  const body = JSON.parse(res.body);
  expect(body.result.isError, JSON.stringify(body)).not.toBe(true);
  const sent = sandbox.requests.find((r) => r.method === 'POST' && r.path.endsWith('/answers'));
  expect(sent?.fields).toMatchObject({ name: '<p>Olá!</p><ul><li>passo <strong>um</strong></li><li>passo dois</li></ul>' });
});

describe('with OAuth on (OAUTH_TOKEN_SECRET set)', () => {
  let endpoint: LocalEndpoint;
  beforeAll(async () => {
    process.env.OAUTH_TOKEN_SECRET = randomBytes(32).toString('base64url');
    endpoint = await startLocalEndpoint({ handler: await loadHandler('dist') });
  });
  afterAll(async () => {
    delete process.env.OAUTH_TOKEN_SECRET;
    await endpoint?.close();
  });

  it('signs in (register → authorize page → code → token) and calls get_ticket with the access token', async () => {
    const got = await obtainCode(endpoint.baseUrl, sandbox.keys.admin);
    const tokens = await redeem(endpoint.baseUrl, got);
    expect(tokens.status, JSON.stringify(tokens.json)).toBe(200);
    const call = await mcp(endpoint.url, { authorization: `Bearer ${tokens.json.access_token}` }, 'tools/call', {
      name: 'get_ticket',
      arguments: { ticket_number: String(SANDBOX_FIXTURES.openTicket) },
    });
    expect(call.status).toBe(200);
    expect(call.json.result.isError, JSON.stringify(call.json)).not.toBe(true);
    expect(call.json.result.structuredContent).toMatchObject({ ticket_number: String(SANDBOX_FIXTURES.openTicket) });
  });

  it('still takes the key in x-tiflux-api-key, and answers 401 to a request with no credential', async () => {
    expect((await mcp(endpoint.url, { 'x-tiflux-api-key': sandbox.keys.admin })).status).toBe(200);
    const refused = await mcp(endpoint.url, {});
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain('resource_metadata=');
  });
});
