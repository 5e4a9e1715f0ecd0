/**
 * docs/protocol.md#test-table-2026-07-28: methods the revision removed or we do not serve (rows 28–31, 33), notifications (35, 49),
 * HTTP-level rows (39–43) and the mixed-era rows (45–50) that prove legacy traffic is untouched.
 */
import { describe, expect, it, vi } from 'vitest';
import { initializeBody, JSON_HEADERS, send } from '../helpers/http.js';
import { E, expectErr, expectJsonAnswer, expectOk, MH, R, useEndpoint, without } from './wire.js';

vi.mock('../../src/tools/catalog.js', async () => ({ toolCatalog: (await import('./fixture-catalog.js')).fixtureCatalog }));

const endpoint = useEndpoint();
const post = (body: unknown, headers: Record<string, string>) => send(endpoint.url(), { body, headers });

describe('methods that 2026-07-28 removed or that this server does not serve → 404 -32601, id echoed', () => {
  it.each([
    ['row 28', 'ping', {}],
    ['row 29', 'logging/setLevel', { level: 'info' }],
    ['row 29', 'resources/subscribe', { uri: 'x://y' }],
    ['row 29', 'resources/unsubscribe', { uri: 'x://y' }],
    ['row 29', 'foo/bar', {}],
    ['row 30', 'prompts/list', {}],
    ['row 30', 'resources/list', {}],
    ['row 30', 'completion/complete', { ref: { type: 'ref/prompt', name: 'p' }, argument: { name: 'a', value: 'b' } }],
    ['row 31', 'initialize', { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 't', version: '1' } }],
    // Row 33: the SDK holds an SSE stream open here; a buffered Lambda cannot, so it does not exist (docs/protocol.md#the-2026-route).
    ['row 33', 'subscriptions/listen', { notifications: { toolsListChanged: true } }],
  ])('%s: %s', async (_row, method, params) => {
    const error = expectErr(await post(R(`id-${method}`, method, { _meta: E, ...params }), MH(method)), 404, -32601, `id-${method}`);
    // mcp-remote's SSE fallback keys on these words in a body (docs/protocol.md#client-behaviour).
    expect(error.message).not.toMatch(/404|405|Not Found|Method Not Allowed/);
  });

  it('row 30 with a 2026 header: prompts/get still validates Mcp-Name before the 404 (docs/protocol.md#the-2026-route, step 2 before step 6)', async () => {
    const body = R(30, 'prompts/get', { _meta: E, name: 'p' });
    expectErr(await post(body, MH('prompts/get')), 400, -32020, 30);
    expectErr(await post(body, MH('prompts/get', 'p')), 404, -32601, 30);
  });
});

describe('notifications (rows 35, 49)', () => {
  it('row 35: notifications/cancelled under a 2026 header, no _meta → 202, empty body', async () => {
    const res = await post({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 1 } }, MH('notifications/cancelled'));
    expect(res.status).toBe(202);
    expect(res.text).toBe('');
    expect(res.headers.get('content-type')).toBeNull();
  });

  it('an enveloped notification with the served claim → 202', async () => {
    const note = { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 1, _meta: E } };
    expect((await post(note, MH('notifications/cancelled'))).status).toBe(202);
  });

  it('a notification whose Mcp-Method disagrees → 400 -32020, id null', async () => {
    const note = { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 1 } };
    expectErr(await post(note, MH('notifications/other')), 400, -32020, null);
  });

  it('row 49: notifications/initialized under a 2026 header, no _meta → 202', async () => {
    const res = await post({ jsonrpc: '2.0', method: 'notifications/initialized' }, without(MH('x'), 'mcp-method'));
    expect(res.status).toBe(202);
  });
});

describe('HTTP (rows 39–43)', () => {
  const list = R(2, 'tools/list', { _meta: E });

  it.each(['application/json', '*/*', 'text/event-stream'])('row 39: Accept %s → 200 (the 2026 path never answers 406)', async (accept) => {
    expectOk(await post(list, { ...MH('tools/list'), accept }), 2);
  });

  it('row 39: no Accept at all → 200', async () => {
    expectOk(await post(list, without(MH('tools/list'), 'accept')), 2);
  });

  it.each([
    ['mcp-session-id', 'abc'],
    ['last-event-id', '1'],
  ])('row 40: %s is ignored and no session id is issued', async (name, value) => {
    const res = await post(list, { ...MH('tools/list'), [name]: value });
    expectOk(res, 2);
    expect(res.headers.get('mcp-session-id')).toBeNull();
  });

  it.each(['GET', 'DELETE'])('row 41: %s /mcp with 2026 headers → 405, Allow: POST, -32000', async (method) => {
    const res = await send(endpoint.url(), { method, headers: MH('tools/list') });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expectJsonAnswer(res);
    expect(res.json).toEqual({ jsonrpc: '2.0', id: null, error: { code: -32000, message: 'Method not allowed.' } });
  });

  it('row 42: Content-Type text/plain → 415 -32000', async () => {
    expectErr(await post(list, { ...MH('tools/list'), 'content-type': 'text/plain' }), 415, -32000, null);
  });

  it('row 43: a malformed body → 400 -32700, id null', async () => {
    const res = await send(endpoint.url(), { rawBody: '{"jsonrpc":', headers: MH('tools/list') });
    expectErr(res, 400, -32700, null);
  });
});

describe('mixed era: legacy traffic is unchanged (rows 45–50)', () => {
  it('row 45: legacy initialize without a version header → 200 InitializeResult, JSON, no resultType', async () => {
    const res = await post(initializeBody('2025-11-25'), JSON_HEADERS);
    expect(res.status).toBe(200);
    expectJsonAnswer(res);
    expect(res.json.result).toMatchObject({ protocolVersion: '2025-11-25', serverInfo: { name: 'tiflux-mcp' } });
    expect(res.json.result).not.toHaveProperty('resultType');
  });

  it('row 46: legacy tools/list, no header, no _meta → 200 legacy result without 2026 stamps', async () => {
    const res = await post(R(8, 'tools/list'), JSON_HEADERS);
    expect(res.status).toBe(200);
    expect(res.json.result.tools.length).toBe(3);
    expect(res.json.result).not.toHaveProperty('resultType');
    expect(res.json.result).not.toHaveProperty('_meta');
  });

  it('row 47: legacy server/discover (no _meta) with header 2025-11-25 → 200 -32601', async () => {
    expectErr(await post(R(9, 'server/discover'), { ...JSON_HEADERS, 'mcp-protocol-version': '2025-11-25' }), 200, -32601, 9);
  });

  it('row 48: legacy tools/list (no _meta) with header 2099-01-01 → 400 -32602 (docs/design-choices.md#protocol-versions: missing envelope)', async () => {
    const error = expectErr(await post(R(10, 'tools/list'), { ...JSON_HEADERS, 'mcp-protocol-version': '2099-01-01' }), 400, -32602, 10);
    expect(error.data).toEqual({ envelope: { missing: ['_meta'] } });
  });

  it('row 50: legacy ping with header 2025-06-18 → 200 {"result":{}}', async () => {
    const res = await post(R('a', 'ping'), { ...JSON_HEADERS, 'mcp-protocol-version': '2025-06-18' });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ jsonrpc: '2.0', id: 'a', result: {} });
  });

  it('initialize with a 2025 claim in _meta stays the legacy handshake (only a modern claim makes it 2026)', async () => {
    const body = initializeBody('2025-11-25');
    const res = await post({ ...body, params: { ...body.params, _meta: { 'io.modelcontextprotocol/protocolVersion': '2025-11-25' } } }, JSON_HEADERS);
    expect(res.status).toBe(200);
    expect(res.json.result.protocolVersion).toBe('2025-11-25');
  });

  it('legacy 406 still applies to 2025 requests whose Accept excludes JSON', async () => {
    const res = await post(R(8, 'tools/list'), { ...JSON_HEADERS, accept: 'text/event-stream' });
    expect(res.status).toBe(406);
  });
});
