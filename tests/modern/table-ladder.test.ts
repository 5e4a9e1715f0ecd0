/**
 * docs/protocol.md#test-table-2026-07-28, the validation ladder: server/discover (rows 1–2), the `_meta` envelope (3–5, 16, 34),
 * versions (6–8, 36), standard headers (10–13, 32) and message shape (37–38), over real HTTP through the emulator.
 * Row 14 (whitespace and header-name case) is in headers-over-http.test.ts, row 15 in claude-header.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { send } from '../helpers/http.js';
import { E, envelope, expectErr, expectOk, MH, R, REVISION, useEndpoint, without } from './wire.js';

vi.mock('../../src/tools/catalog.js', async () => ({ toolCatalog: (await import('./fixture-catalog.js')).fixtureCatalog }));

const endpoint = useEndpoint();
const post = (body: unknown, headers: Record<string, string>) => send(endpoint.url(), { body, headers });

const PV = 'io.modelcontextprotocol/protocolVersion';
const CAPS = 'io.modelcontextprotocol/clientCapabilities';
const INFO = 'io.modelcontextprotocol/clientInfo';

describe('server/discover (rows 1–2)', () => {
  it('row 1: answers a DiscoverResult with serverInfo under _meta and no body serverInfo', async () => {
    const result = expectOk(await post(R(1, 'server/discover', { _meta: E }), MH('server/discover')), 1);
    expect(result).toMatchObject({
      supportedVersions: [REVISION],
      capabilities: { tools: {} },
      ttlMs: 300000,
      cacheScope: 'private',
    });
    expect(typeof result.instructions).toBe('string');
    expect(result.capabilities).toEqual({ tools: {} }); // no listChanged, no logging (docs/protocol.md#the-2026-route)
    expect(result).not.toHaveProperty('serverInfo');
    expect(result).not.toHaveProperty('protocolVersion');
  });

  it('row 2: does not require clientInfo (conformance sep-2575-request-meta-client-info-optional)', async () => {
    expectOk(await post(R(2, 'server/discover', { _meta: envelope({}, [INFO]) }), MH('server/discover')), 2);
  });

  it('needs no API key (docs/design-choices.md#credentials)', async () => {
    expectOk(await post(R('k', 'server/discover', { _meta: E }), without(MH('server/discover'), 'x-tiflux-api-key')), 'k');
  });

  it('without the envelope (and with a 2025 header) it is an unknown legacy method: 200 -32601 (row 47)', async () => {
    const headers = { ...without(MH('server/discover'), 'mcp-protocol-version'), 'mcp-protocol-version': '2025-11-25' };
    const res = await post(R(9, 'server/discover'), headers);
    expectErr(res, 200, -32601, 9);
  });
});

describe('the _meta envelope (rows 3–5, 16, 34)', () => {
  it('row 3: clientCapabilities missing → 400 -32602 naming the key', async () => {
    const error = expectErr(await post(R(3, 'server/discover', { _meta: envelope({}, [CAPS]) }), MH('server/discover')), 400, -32602, 3);
    expect(error.message).toContain(CAPS);
    expect(error.data).toEqual({ envelope: { missing: [CAPS] } });
  });

  it('row 4: protocolVersion missing (header still 2026-07-28) → 400 -32602 naming the key', async () => {
    const error = expectErr(await post(R(4, 'server/discover', { _meta: envelope({}, [PV]) }), MH('server/discover')), 400, -32602, 4);
    expect(error.message).toContain(PV);
    expect(error.data.envelope.missing).toContain(PV);
  });

  it.each([
    ['no params', R(5, 'server/discover')],
    ['params: {}', R(5, 'server/discover', {})],
  ])('row 5: %s → 400 -32602 with data.envelope.missing ["_meta"]', async (_label, body) => {
    const error = expectErr(await post(body, MH('server/discover')), 400, -32602, 5);
    expect(error.data).toEqual({ envelope: { missing: ['_meta'] } });
    expect(error.message).toContain('_meta');
  });

  it('row 16: tools/list with no _meta → 400 -32602', async () => {
    expectErr(await post(R(3, 'tools/list'), MH('tools/list')), 400, -32602, 3);
  });

  it.each([
    ['logLevel "loud"', { 'io.modelcontextprotocol/logLevel': 'loud' }, 'io.modelcontextprotocol/logLevel'],
    ['clientCapabilities "x"', { [CAPS]: 'x' }, CAPS],
    ['clientInfo without version', { [INFO]: { name: 't' } }, INFO],
    ['protocolVersion 2026 as a number', { [PV]: 20260728 }, PV],
  ])('row 34: ill-typed %s → 400 -32602 naming the key', async (_label, change, key) => {
    const error = expectErr(await post(R(34, 'tools/list', { _meta: envelope(change) }), MH('tools/list')), 400, -32602, 34);
    expect(error.message).toContain(key);
    expect(error.data.envelope.key).toBe(key);
  });

  it('accepts a well-typed logLevel', async () => {
    expectOk(await post(R(34, 'tools/list', { _meta: envelope({ 'io.modelcontextprotocol/logLevel': 'info' }) }), MH('tools/list')), 34);
  });
});

describe('protocol versions (rows 6–8, 36)', () => {
  const headersFor = (version: string) => ({ ...MH('server/discover'), 'mcp-protocol-version': version });

  it('row 6: header and claim both v999.0.0 → 400 -32022 {supported, requested}', async () => {
    const error = expectErr(await post(R(6, 'server/discover', { _meta: envelope({ [PV]: 'v999.0.0' }) }), headersFor('v999.0.0')), 400, -32022, 6);
    expect(error.data).toEqual({ supported: [REVISION], requested: 'v999.0.0' });
  });

  it('row 7: header 2026-07-28 with claim v999.0.0 → 400 -32020 (conformance sep-2575-http-server-header-mismatch-400)', async () => {
    expectErr(await post(R(7, 'server/discover', { _meta: envelope({ [PV]: 'v999.0.0' }) }), MH('server/discover')), 400, -32020, 7);
  });

  it.each(['1900-01-01', '2025-11-25'])('row 8: header and claim both %s → 400 -32022', async (version) => {
    const error = expectErr(await post(R(8, 'tools/list', { _meta: envelope({ [PV]: version }) }), { ...MH('tools/list'), 'mcp-protocol-version': version }), 400, -32022, 8);
    expect(error.data).toEqual({ supported: [REVISION], requested: version });
  });

  it('every -32022 names exactly what server/discover lists (conformance sep-2575-server-unsupported-version-error)', async () => {
    const discover = expectOk(await post(R(1, 'server/discover', { _meta: E }), MH('server/discover')), 1);
    const error = expectErr(await post(R(6, 'server/discover', { _meta: envelope({ [PV]: '2099-01-01' }) }), headersFor('2099-01-01')), 400, -32022, 6);
    expect(error.data.supported).toEqual(discover.supportedVersions);
  });

  it('row 36: an enveloped notification with claim and header v999 → 400 -32022, id null', async () => {
    const note = { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 1, _meta: { [PV]: 'v999' } } };
    const error = expectErr(await post(note, { ...MH('notifications/cancelled'), 'mcp-protocol-version': 'v999' }), 400, -32022, null);
    expect(error.data).toEqual({ supported: [REVISION], requested: 'v999' });
  });
});

describe('standard headers (rows 10–13, 32)', () => {
  const body = R(2, 'tools/list', { _meta: E });

  it('row 10: MCP-Protocol-Version missing → 400 -32020', async () => {
    expectErr(await post(body, without(MH('tools/list'), 'mcp-protocol-version')), 400, -32020, 2);
  });

  it('row 10: an empty MCP-Protocol-Version counts as missing → 400 -32020', async () => {
    expectErr(await post(body, { ...MH('tools/list'), 'mcp-protocol-version': '' }), 400, -32020, 2);
  });

  it('row 11: Mcp-Method missing → 400 -32020', async () => {
    expectErr(await post(body, without(MH('tools/list'), 'mcp-method')), 400, -32020, 2);
  });

  it.each(['prompts/list', 'TOOLS/LIST'])('rows 12–13: Mcp-Method %s (values are case-sensitive) → 400 -32020', async (method) => {
    const error = expectErr(await post(body, { ...MH('tools/list'), 'mcp-method': method }), 400, -32020, 2);
    expect(error.message).toContain('Mcp-Method');
  });

  it('row 32: a legacy initialize body under a 2026-07-28 header → 400 -32020', async () => {
    const init = R(6, 'initialize', { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 't', version: '1' } });
    expectErr(await post(init, MH('initialize')), 400, -32020, 6);
  });

  it('a 2026 header that disagrees with a 2026 claim is a mismatch even when the claim is served', async () => {
    expectErr(await post(body, { ...MH('tools/list'), 'mcp-protocol-version': '2026-01-01' }), 400, -32020, 2);
  });

  it('ladder order: a broken envelope is reported before a header mismatch (docs/protocol.md#telling-the-eras-apart, step 6b)', async () => {
    expectErr(await post(R(2, 'tools/list', { _meta: envelope({}, [CAPS]) }), { ...MH('tools/list'), 'mcp-method': 'nope' }), 400, -32602, 2);
  });

  it('ladder order: Mcp-Method mismatch (6b.3) comes before the unsupported version (9.1)', async () => {
    const v999 = { ...MH('tools/list'), 'mcp-protocol-version': 'v999', 'mcp-method': 'nope' };
    expectErr(await post(R(2, 'tools/list', { _meta: envelope({ [PV]: 'v999' }) }), v999), 400, -32020, 2);
  });
});

describe('message shape (rows 37–38)', () => {
  it('row 37: a batch holding an enveloped request → 400 -32600, id null', async () => {
    expectErr(await post([R(7, 'tools/list', { _meta: E })], MH('tools/list')), 400, -32600, null);
  });

  it('row 38: a request with "id": null → 400 -32600, id null', async () => {
    expectErr(await post(R(null, 'tools/list', { _meta: E }), MH('tools/list')), 400, -32600, null);
  });
});
