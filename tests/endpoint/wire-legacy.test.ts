/**
 * The 2025-era wire rules, row by row from docs/protocol.md#test-table-legacy (with docs/design-choices.md where it overrides),
 * over real HTTP through the local Function URL emulator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalEndpoint } from '../../test-lambda-local.js';
import type { LocalEndpoint } from '../../test-lambda-local.js';
import { initializeBody, JSON_HEADERS, send } from '../helpers/http.js';

let endpoint: LocalEndpoint;
const H = { ...JSON_HEADERS, 'mcp-protocol-version': '2025-11-25' };
const post = (body: unknown, headers: Record<string, string> = H) => send(endpoint.url, { body, headers });

beforeAll(async () => {
  endpoint = await startLocalEndpoint();
});
afterAll(async () => {
  await endpoint.close();
});

function expectJson(res: { headers: Headers }) {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(res.headers.get('mcp-session-id')).toBeNull();
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
}

describe('initialize', () => {
  it.each(['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05'])('echoes the served version %s', async (v) => {
    const res = await post(initializeBody(v), JSON_HEADERS);
    expect(res.status).toBe(200);
    expectJson(res);
    expect(res.json).toMatchObject({ jsonrpc: '2.0', id: 0, result: { protocolVersion: v } });
    expect(res.json.result.serverInfo).toMatchObject({ name: 'tiflux-mcp', version: expect.any(String) });
    expect(res.json.result.capabilities).toEqual({ tools: {}, logging: {} });
    expect(typeof res.json.result.instructions).toBe('string');
  });

  it.each(['2099-01-01', '1.0.0'])('answers 2025-11-25 to the unknown version %s (never an error)', async (v) => {
    const res = await post(initializeBody(v), JSON_HEADERS);
    expect(res.status).toBe(200);
    expect(res.json.result.protocolVersion).toBe('2025-11-25');
  });

  it('does not check the version header on initialize, even an unsupported one', async () => {
    expect((await post(initializeBody('2025-06-18'), { ...JSON_HEADERS, 'mcp-protocol-version': '2025-06-18' })).json.result.protocolVersion).toBe('2025-06-18');
    expect((await post(initializeBody('2025-06-18'), { ...JSON_HEADERS, 'mcp-protocol-version': '1999-01-01' })).status).toBe(200);
  });

  it('answers initialize without params with -32602 and the same id', async () => {
    const res = await post({ jsonrpc: '2.0', id: 0, method: 'initialize' }, JSON_HEADERS);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: 0, error: { code: -32602 } });
  });

  it('issues no session id and ignores one sent by the client', async () => {
    const res = await post(initializeBody('2025-11-25'), { ...JSON_HEADERS, 'mcp-session-id': 'abc' });
    expect(res.status).toBe(200);
    expect(res.headers.get('mcp-session-id')).toBeNull();
    const ping = await post({ jsonrpc: '2.0', id: 1, method: 'ping' }, { ...H, 'mcp-session-id': 'stale-session' });
    expect(ping.status).toBe(200);
  });
});

describe('notifications and client responses', () => {
  it.each([
    ['initialized', { jsonrpc: '2.0', method: 'notifications/initialized' }],
    ['cancelled', { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 5 } }],
    ['unknown notification', { jsonrpc: '2.0', method: 'notifications/foo' }],
    ['client response', { jsonrpc: '2.0', id: 'x', result: {} }],
  ])('%s → 202 with an empty body and no JSON content type', async (_name, body) => {
    const res = await post(body);
    expect(res.status).toBe(202);
    expect(res.text).toBe('');
    expect(res.headers.get('content-type')).toBeNull();
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('ping, logging, tools/list', () => {
  it.each([0, 'a', -7])('ping → exactly {} with the same id (%j)', async (id) => {
    const res = await post({ jsonrpc: '2.0', id, method: 'ping' });
    expect(res.status).toBe(200);
    expectJson(res);
    expect(res.json).toEqual({ jsonrpc: '2.0', id, result: {} });
  });

  it.each([undefined, '2025-03-26', '2025-06-18'])('ping works with version header %s (absent = 2025-03-26)', async (v) => {
    const headers: Record<string, string> = { ...JSON_HEADERS };
    if (v) headers['mcp-protocol-version'] = v;
    const res = await post({ jsonrpc: '2.0', id: 'a', method: 'ping' }, headers);
    expect(res.json).toEqual({ jsonrpc: '2.0', id: 'a', result: {} });
  });

  it('refuses an unsupported version header with 400 and id null, on requests and notifications', async () => {
    const headers = { ...JSON_HEADERS, 'mcp-protocol-version': '1999-01-01' };
    for (const body of [{ jsonrpc: '2.0', id: 1, method: 'ping' }, { jsonrpc: '2.0', method: 'notifications/initialized' }]) {
      const res = await post(body, headers);
      expect(res.status).toBe(400);
      expectJson(res);
      expect(res.json).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32000 } });
      expect(res.json.error.message).toContain('1999-01-01');
    }
  });

  it('logging/setLevel → {}; an unknown level → -32602', async () => {
    expect((await post({ jsonrpc: '2.0', id: 3, method: 'logging/setLevel', params: { level: 'info' } })).json).toEqual({ jsonrpc: '2.0', id: 3, result: {} });
    const bad = await post({ jsonrpc: '2.0', id: 4, method: 'logging/setLevel', params: { level: 'loud' } });
    expect(bad.status).toBe(200);
    expect(bad.json).toMatchObject({ id: 4, error: { code: -32602 } });
  });

  it('tools/list needs no key and returns every tool on one page', async () => {
    const res = await post({ jsonrpc: '2.0', id: 5, method: 'tools/list' });
    expect(res.status).toBe(200);
    expect(res.json.result.nextCursor).toBeUndefined();
    expect(res.json.result.tools.length).toBeGreaterThan(0);
    for (const tool of res.json.result.tools) {
      expect(tool.name).toMatch(/^[A-Za-z0-9_.-]{1,128}$/);
      expect(tool.description).toBeTruthy();
      expect(tool.inputSchema.type).toBe('object');
    }
  });

  it('tools/list with a cursor → -32602 (no cursor we issued exists)', async () => {
    expect((await post({ jsonrpc: '2.0', id: 6, method: 'tools/list', params: { cursor: 'bogus' } })).json).toMatchObject({ id: 6, error: { code: -32602 } });
  });

  it('an unknown method → 200 -32601 with the same id', async () => {
    const res = await post({ jsonrpc: '2.0', id: 4, method: 'foo/bar' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ jsonrpc: '2.0', id: 4, error: { code: -32601, message: 'Method not found' } });
  });

  it('completion/complete is not offered (-32601): the server declares no prompts or resources', async () => {
    const res = await post({ jsonrpc: '2.0', id: 9, method: 'completion/complete', params: { ref: { type: 'ref/prompt', name: 'p' }, argument: { name: 'a', value: 'b' } } });
    expect(res.json).toMatchObject({ id: 9, error: { code: -32601 } });
  });
});

describe('tools/call', () => {
  it('an unknown tool → -32602 "Unknown tool: …", even without a key', async () => {
    const res = await post({ jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'nope', arguments: {} } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ jsonrpc: '2.0', id: 7, error: { code: -32602, message: 'Unknown tool: nope' } });
  });

  it('without a name → -32602 (protocol validation comes before the key)', async () => {
    const res = await post({ jsonrpc: '2.0', id: 8, method: 'tools/call', params: { arguments: {} } });
    expect(res.json).toMatchObject({ id: 8, error: { code: -32602 } });
  });

  it('a known tool without a key → isError naming the header and the mcp-remote line; never 401', async () => {
    const list = await post({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
    const name = list.json.result.tools[0].name;
    const res = await post({ jsonrpc: '2.0', id: 9, method: 'tools/call', params: { name, arguments: {} } });
    expect(res.status).toBe(200);
    expect(res.json.result.isError).toBe(true);
    const text = res.json.result.content[0].text as string;
    expect(text).toContain('x-tiflux-api-key');
    expect(text).toContain('--header');
  });
});

describe('framing errors', () => {
  it('malformed JSON → 400 -32700 with id null', async () => {
    const res = await send(endpoint.url, { rawBody: '{"jsonrpc":', headers: H });
    expect(res.status).toBe(400);
    expectJson(res);
    expect(res.json).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32700 } });
  });

  it.each([
    [{ foo: 1 }],
    [{ jsonrpc: '1.0', id: 1, method: 'ping' }],
    [{ jsonrpc: '2.0', id: null, method: 'ping' }],
    [{ jsonrpc: '2.0', id: 1 }],
    ['"just a string"'],
  ])('valid JSON that is not JSON-RPC (%j) → 400 -32600 id null', async (body) => {
    const res = typeof body === 'string' ? await send(endpoint.url, { rawBody: body, headers: H }) : await post(body);
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32600 } });
  });

  it('an empty body → 400 -32700', async () => {
    const res = await send(endpoint.url, { rawBody: '', headers: H });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe(-32700);
  });
});

describe('batches', () => {
  const ping = (id: number) => ({ jsonrpc: '2.0', id, method: 'ping' });

  it.each([undefined, '2025-03-26'])('are answered under 2025-03-26 (header %s), notifications omitted', async (v) => {
    const headers: Record<string, string> = { ...JSON_HEADERS };
    if (v) headers['mcp-protocol-version'] = v;
    const res = await post([ping(1), { jsonrpc: '2.0', method: 'notifications/x' }, { jsonrpc: '2.0', id: 2, method: 'tools/list' }], headers);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.json)).toBe(true);
    expect(res.json.map((r: { id: number }) => r.id)).toEqual([1, 2]);
    expect(res.json[0].result).toEqual({});
    expect(Array.isArray(res.json[1].result.tools)).toBe(true);
  });

  it('give an invalid element its own error entry', async () => {
    const res = await post([ping(1), { foo: 1 }], { ...JSON_HEADERS, 'mcp-protocol-version': '2025-03-26' });
    expect(res.json).toEqual([
      { jsonrpc: '2.0', id: 1, result: {} },
      { jsonrpc: '2.0', id: null, error: { code: -32600, message: expect.any(String) } },
    ]);
  });

  it('of notifications only → 202', async () => {
    const res = await post([{ jsonrpc: '2.0', method: 'notifications/initialized' }, { jsonrpc: '2.0', method: 'notifications/x' }], JSON_HEADERS);
    expect(res.status).toBe(202);
    expect(res.text).toBe('');
  });

  it('[] → 400 with a single -32600 error object', async () => {
    const res = await post([], JSON_HEADERS);
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ id: null, error: { code: -32600 } });
  });

  it('containing initialize → 400 -32600', async () => {
    const res = await post([initializeBody('2025-03-26'), ping(1)], JSON_HEADERS);
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe(-32600);
  });

  it.each(['2025-06-18', '2025-11-25'])('are refused under %s with 400 -32600', async (v) => {
    const res = await post([ping(1)], { ...JSON_HEADERS, 'mcp-protocol-version': v });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ id: null, error: { code: -32600 } });
  });
});

describe('HTTP-level rules', () => {
  it.each(['GET', 'DELETE', 'PUT', 'PATCH'])('%s /mcp → 405 with Allow: POST', async (method) => {
    const res = await send(endpoint.url, { method, headers: { accept: 'text/event-stream', 'mcp-session-id': 'x' } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(res.json).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32000 } });
  });

  it('HEAD /mcp → 405 without a body', async () => {
    const res = await send(endpoint.url, { method: 'HEAD' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(res.text).toBe('');
  });

  it('/mcp/ and / are the MCP endpoint too', async () => {
    for (const path of ['/mcp/', '/']) {
      const res = await send(`${endpoint.baseUrl}${path}`, { body: { jsonrpc: '2.0', id: 1, method: 'ping' }, headers: H });
      expect(res.json).toEqual({ jsonrpc: '2.0', id: 1, result: {} });
    }
  });

  it.each(['/.well-known/oauth-protected-resource', '/.well-known/oauth-authorization-server', '/.well-known/oauth-protected-resource/mcp', '/mcpx', '/register'])(
    '%s → 404 (a 200 here would send mcp-remote into OAuth discovery)',
    async (path) => {
      const res = await send(`${endpoint.baseUrl}${path}`, { method: 'GET' });
      expect(res.status).toBe(404);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    },
  );

  it('Accept: only text/event-stream → 406; absent, */* or application/json → 200', async () => {
    const body = { jsonrpc: '2.0', id: 1, method: 'ping' };
    expect((await post(body, { 'content-type': 'application/json', accept: 'text/event-stream' })).status).toBe(406);
    expect((await post(body, { 'content-type': 'application/json' })).status).toBe(200);
    expect((await post(body, { 'content-type': 'application/json', accept: '*/*' })).status).toBe(200);
    expect((await post(body, { 'content-type': 'application/json', accept: 'application/json' })).status).toBe(200);
  });

  it('Content-Type text/plain → 415; application/json; charset=utf-8 → 200', async () => {
    const bad = await send(endpoint.url, { rawBody: '{"jsonrpc":"2.0","id":1,"method":"ping"}', headers: { 'content-type': 'text/plain' } });
    expect(bad.status).toBe(415);
    expect(bad.json).toMatchObject({ id: null, error: { code: -32000 } });
    const ok = await post({ jsonrpc: '2.0', id: 1, method: 'ping' }, { ...H, 'content-type': 'application/json; charset=utf-8' });
    expect(ok.status).toBe(200);
  });

  it('a body over 5 MiB → 413 with a JSON-RPC error', async () => {
    const big = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping', params: { pad: 'x'.repeat(5 * 1024 * 1024) } });
    const res = await send(endpoint.url, { rawBody: big, headers: H });
    expect(res.status).toBe(413);
    expect(res.json).toMatchObject({ id: null, error: { code: -32000 } });
  });

  it('a foreign Origin → 403 before anything else is read; a loopback Origin is served', async () => {
    const evil = await send(endpoint.url, { rawBody: 'not even json', headers: { ...H, origin: 'http://evil.example.com' } });
    expect(evil.status).toBe(403);
    expect(evil.json).toMatchObject({ id: null, error: { code: -32000 } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const local = await post({ jsonrpc: '2.0', id: 1, method: 'ping' }, { ...H, origin: endpoint.baseUrl });
    expect(local.status).toBe(200);
    expect(local.headers.get('access-control-allow-origin')).toBe(endpoint.baseUrl);
    expect(local.headers.get('vary')).toBe('Origin');
  });

  it('unknown headers (Mcp-Method, Mcp-Name, Cookie, X-*) are ignored', async () => {
    const res = await post({ jsonrpc: '2.0', id: 1, method: 'ping' }, { ...H, 'mcp-method': 'ping', 'mcp-name': 'x', cookie: 'a=b', 'x-whatever': '1' });
    expect(res.json).toEqual({ jsonrpc: '2.0', id: 1, result: {} });
  });

  it('OPTIONS preflight → 204 with CORS, no key needed; from a foreign origin → 403', async () => {
    const ok = await send(endpoint.url, { method: 'OPTIONS', headers: { origin: 'http://localhost:6274', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-tiflux-api-key, content-type' } });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:6274');
    expect(ok.headers.get('access-control-allow-headers')).toContain('x-tiflux-api-key');
    expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
    const bad = await send(endpoint.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example.com' } });
    expect(bad.status).toBe(403);
  });

  it('GET /health → 200 JSON with service and version, no key needed', async () => {
    const res = await send(`${endpoint.baseUrl}/health`, { method: 'GET' });
    expect(res.status).toBe(200);
    expectJson(res);
    expect(res.json).toMatchObject({ status: 'ok', service: 'tiflux-mcp', version: expect.any(String) });
    expect((await send(`${endpoint.baseUrl}/health`, { method: 'POST' })).status).toBe(405);
  });

  it('the emulator rejects a foreign Host (DNS rebinding) with 403', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(endpoint.url, { method: 'POST', headers: { host: 'evil.example.com', 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(JSON.stringify(initializeBody('2025-11-25')));
    });
    expect(status).toBe(403);
  });
});
