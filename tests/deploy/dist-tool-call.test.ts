/**
 * The built bundle reaches TiFlux: a tools/call through dist/handler.js loads dist/vendor-axios.js (axios lives in
 * its own file so cold starts never parse it) and reads a ticket from the sandbox; the text conversions load
 * dist/vendor-turndown.js (HTML → Markdown) and dist/vendor-marked.js (Markdown → HTML) the same way.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SANDBOX_FIXTURES, startSandbox } from '../../sandbox/server.js';
import type { SandboxHandle } from '../../sandbox/server.js';

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
