/**
 * docs/protocol.md#test-table-2026-07-28, tools: tools/list (rows 9, 17, 27) and tools/call (rows 18–27), plus the
 * API-key policy (row 44 as docs/design-choices.md#credentials rewrites it), over real HTTP through the emulator with the
 * fixture catalogue.
 */
import { describe, expect, it, vi } from 'vitest';
import { send } from '../helpers/http.js';
import { ECHO_RESULT_META, seenApiKeys } from './fixture-catalog.js';
import { API_KEY, E, expectErr, expectOk, MH, R, useEndpoint, without } from './wire.js';

vi.mock('../../src/tools/catalog.js', async () => ({ toolCatalog: (await import('./fixture-catalog.js')).fixtureCatalog }));

const endpoint = useEndpoint();
const post = (body: unknown, headers: Record<string, string>) => send(endpoint.url(), { body, headers });

const callEcho = (params: Record<string, unknown> = {}) =>
  R(4, 'tools/call', { _meta: E, name: 'echo', arguments: { text: 'hi' }, ...params });

describe('tools/list (rows 9, 17, 27)', () => {
  it('row 9: lists every tool in catalogue order with cache hints, no nextCursor and no execution', async () => {
    const result = expectOk(await post(R(2, 'tools/list', { _meta: E }), MH('tools/list')), 2);
    expect(result.tools.map((t: { name: string }) => t.name)).toEqual(['echo', 'fails_upstream', 'crashes']);
    expect(result.ttlMs).toBe(300000); // docs/design-choices.md#tools
    expect(result.cacheScope).toBe('private');
    expect(result).not.toHaveProperty('nextCursor');
    for (const tool of result.tools) expect(tool).not.toHaveProperty('execution');
    expect(result.tools[0]).toMatchObject({ inputSchema: { type: 'object' }, outputSchema: { type: 'object' } });
  });

  it('row 9: the order is deterministic across requests', async () => {
    const a = expectOk(await post(R(1, 'tools/list', { _meta: E }), MH('tools/list')), 1);
    const b = expectOk(await post(R(1, 'tools/list', { _meta: E }), MH('tools/list')), 1);
    expect(b.tools).toEqual(a.tools);
  });

  it('row 17: cursor "bogus" → -32602 in-band (HTTP 200): every tool fits on one page', async () => {
    expectErr(await post(R(17, 'tools/list', { _meta: E, cursor: 'bogus' }), MH('tools/list')), 200, -32602, 17);
  });

  it('row 27: an Mcp-Name on tools/list is ignored', async () => {
    expectOk(await post(R(27, 'tools/list', { _meta: E }), MH('tools/list', 'x')), 27);
  });

  it('needs no API key (docs/design-choices.md#credentials)', async () => {
    expectOk(await post(R(2, 'tools/list', { _meta: E }), without(MH('tools/list'), 'x-tiflux-api-key')), 2);
  });
});

describe('tools/call (rows 18–27)', () => {
  it('row 18: echo → content, structuredContent, and serverInfo merged into the tool’s own _meta', async () => {
    const result = expectOk(await post(callEcho(), MH('tools/call', 'echo')), 4);
    expect(result.content).toEqual([{ type: 'text', text: 'hi' }]);
    expect(result.structuredContent).toEqual({ text: 'hi' });
    expect(result.isError).toBeFalsy();
    expect(result._meta).toMatchObject(ECHO_RESULT_META);
    expect(seenApiKeys.at(-1)).toBe(API_KEY);
  });

  it('row 19: Mcp-Name missing → 400 -32020', async () => {
    expectErr(await post(callEcho(), MH('tools/call')), 400, -32020, 4);
  });

  it('row 20: Mcp-Name other → 400 -32020', async () => {
    expectErr(await post(callEcho(), MH('tools/call', 'other')), 400, -32020, 4);
  });

  it('row 21: Mcp-Name in the =?base64?…?= form is decoded before comparing', async () => {
    expectOk(await post(callEcho(), MH('tools/call', '=?base64?ZWNobw==?=')), 4);
  });

  it.each(['=?base64?@@@?=', '=?base64?ZWNobw?='])('row 21: a bad base64 sentinel %s → 400 -32020', async (value) => {
    const error = expectErr(await post(callEcho(), MH('tools/call', value)), 400, -32020, 4);
    expect(error.message).toContain('Mcp-Name');
  });

  it('row 21: the sentinel prefix is case-sensitive (=?BASE64?…?= is a literal name, here a mismatch)', async () => {
    expectErr(await post(callEcho(), MH('tools/call', '=?BASE64?ZWNobw==?=')), 400, -32020, 4);
  });

  it('row 22: an unknown tool → -32602 "Unknown tool: nope" in-band (HTTP 200)', async () => {
    const error = expectErr(await post(callEcho({ name: 'nope' }), MH('tools/call', 'nope')), 200, -32602, 4);
    expect(error.message).toBe('Unknown tool: nope');
  });

  it('row 23: arguments that fail the tool’s schema → isError result', async () => {
    const result = expectOk(await post(callEcho({ arguments: { text: 5 } }), MH('tools/call', 'echo')), 4);
    expect(result.isError).toBe(true);
    expect(result.content[0]).toMatchObject({ type: 'text', text: expect.any(String) });
  });

  it('row 24: an upstream failure → isError result', async () => {
    const body = R(24, 'tools/call', { _meta: E, name: 'fails_upstream', arguments: {} });
    const result = expectOk(await post(body, MH('tools/call', 'fails_upstream')), 24);
    expect(result.isError).toBe(true);
  });

  it('row 24: a crashing tool → -32603 in-band (HTTP 200)', async () => {
    const body = R(24, 'tools/call', { _meta: E, name: 'crashes', arguments: {} });
    expectErr(await post(body, MH('tools/call', 'crashes')), 200, -32603, 24);
  });

  it('row 25: no name → -32602 in-band (HTTP 200); Mcp-Name is only enforced when the body has a name', async () => {
    const body = R(25, 'tools/call', { _meta: E, arguments: {} });
    expectErr(await post(body, MH('tools/call')), 200, -32602, 25);
    expectErr(await post(body, MH('tools/call', 'echo')), 200, -32602, 25);
  });

  it('row 26: requestState and inputResponses are ignored', async () => {
    const result = expectOk(await post(callEcho({ requestState: 'x', inputResponses: {} }), MH('tools/call', 'echo')), 4);
    expect(result.content).toEqual([{ type: 'text', text: 'hi' }]);
  });

  it('row 27: an unrecognised Mcp-Param-Foo header is ignored (no tool declares x-mcp-header)', async () => {
    expectOk(await post(callEcho(), { ...MH('tools/call', 'echo'), 'mcp-param-foo': 'bar' }), 4);
  });

  it('other _meta keys (progressToken) are accepted and do not disturb the call', async () => {
    const body = R(4, 'tools/call', { _meta: { ...E, progressToken: 'p1' }, name: 'echo', arguments: { text: 'hi' } });
    expectOk(await post(body, MH('tools/call', 'echo')), 4);
  });
});

// Row 44 of the spec says 401/403 without a key. docs/design-choices.md#credentials overrides it: never 401/403 for keys
// (mcp-remote turns any 401 into a browser OAuth sign-in); only tools/call needs a key, and its absence is an isError
// result.
describe('API key (row 44, as docs/design-choices.md#credentials sets it)', () => {
  it('tools/call without a key → isError naming the header and showing the mcp-remote --header line', async () => {
    const res = await post(callEcho(), without(MH('tools/call', 'echo'), 'x-tiflux-api-key'));
    const result = expectOk(res, 4);
    expect(result.isError).toBe(true);
    expect(result.content[0].text).toContain('x-tiflux-api-key');
    expect(result.content[0].text).toContain('--header');
  });

  it('protocol validation comes before the key: a keyless tools/call without a name is still -32602', async () => {
    const body = R(25, 'tools/call', { _meta: E });
    expectErr(await post(body, without(MH('tools/call'), 'x-tiflux-api-key')), 200, -32602, 25);
  });

  it.each([
    ['x-api-key', { 'x-api-key': 'k2' }],
    ['Authorization: Bearer', { authorization: 'Bearer k3' }],
  ])('the key may also come as %s', async (_label, keyHeader) => {
    const res = await post(callEcho(), { ...without(MH('tools/call', 'echo'), 'x-tiflux-api-key'), ...keyHeader });
    expect(expectOk(res, 4).isError).toBeFalsy();
  });
});
