/**
 * Toolsets, read-only mode and verbosity as clients meet them: the official SDK client and raw HTTP against the
 * local Function URL emulator, the sandbox behind it, in both protocol eras.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxHandle } from '../../sandbox/server.js';
import type { LocalEndpoint } from '../../test-lambda-local.js';
import { tools } from '../../src/tools/catalog.js';
import { JSON_HEADERS, initializeBody, send } from '../helpers/http.js';
import { startSandboxEndpoint, type SandboxEndpoint } from '../helpers/sandbox-endpoint.js';
import { MH, R, envelope } from '../modern/wire.js';

let stack: SandboxEndpoint;
let sandbox: SandboxHandle;
let endpoint: LocalEndpoint;
beforeAll(async () => {
  ({ sandbox, endpoint } = stack = await startSandboxEndpoint());
});
afterAll(() => stack.close());

async function connect(url: string, headers: Record<string, string> = {}) {
  const client = new Client({ name: 'toolsets-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { 'x-tiflux-api-key': sandbox.keys.admin, ...headers } } }));
  return client;
}

const namesOf = (toolset: string) => tools.filter((tool) => tool.toolset === toolset).map((tool) => tool.name);
const legacy = { ...JSON_HEADERS, 'mcp-protocol-version': '2025-11-25', 'x-tiflux-api-key': 'k' };

describe('selection through the SDK client', () => {
  it('offers tickets and directory by default, and says so in the instructions', async () => {
    const client = await connect(endpoint.url);
    const listed = (await client.listTools()).tools.map((tool) => tool.name);
    expect(listed).toEqual([...namesOf('tickets'), ...namesOf('directory')]);
    expect(client.getInstructions()).toContain('Toolsets offered: tickets, directory.');
    expect(client.getInstructions()!.length).toBeLessThanOrEqual(1500);
    await client.close();
  });

  it('takes ?toolsets= from the URL (what Claude\'s connectors can set) and the header over it', async () => {
    const byQuery = await connect(`${endpoint.url}?toolsets=directory`);
    expect((await byQuery.listTools()).tools.map((tool) => tool.name)).toEqual(namesOf('directory'));
    await byQuery.close();
    const byHeader = await connect(`${endpoint.url}?toolsets=directory`, { 'x-tiflux-toolsets': 'tickets' });
    expect((await byHeader.listTools()).tools.map((tool) => tool.name)).toEqual(namesOf('tickets'));
    await byHeader.close();
  });

  it('read-only keeps exactly the tools whose readOnlyHint is true', async () => {
    const client = await connect(`${endpoint.url}?toolsets=all&read_only=true`);
    const listed = (await client.listTools()).tools;
    expect(listed.map((tool) => tool.name)).toEqual(tools.filter((tool) => tool.annotations.readOnlyHint).map((tool) => tool.name));
    expect(listed.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true);
    await client.close();
  });

  it('refuses a tool outside the selection with -32602 naming its toolset and how to enable it', async () => {
    const client = await connect(`${endpoint.url}?toolsets=directory`);
    await expect(client.callTool({ name: 'get_ticket', arguments: { ticket_number: '1' } })).rejects.toThrow(
      /get_ticket is in the tickets toolset, which this request does not enable: enable it with the header x-tiflux-toolsets: directory,tickets or \?toolsets=directory,tickets/,
    );
    await client.close();
    const readOnly = await connect(`${endpoint.url}?read_only=1`);
    await expect(readOnly.callTool({ name: 'close_ticket', arguments: { ticket_number: '1' } })).rejects.toThrow(/close_ticket changes data, and this request is in read-only mode/);
    expect(sandbox.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    await readOnly.close();
  });

  it('suggests the closest tool names for an unknown one', async () => {
    const client = await connect(endpoint.url);
    await expect(client.callTool({ name: 'get_tikcet', arguments: {} })).rejects.toThrow(/Unknown tool: get_tikcet\. Did you mean get_ticket\?/);
    await client.close();
  });

  it('adds a note when a result points to a tool the selection hides', async () => {
    const client = await connect(`${endpoint.url}?toolsets=tickets`);
    // An unknown client name: the answer points to search_client, which lives in `directory`.
    const result = await client.callTool({ name: 'list_tickets', arguments: { client_name: 'Xyzzy Inexistente' } });
    const text = (result.content as { text: string }[]).map((part) => part.text).join('\n');
    expect(text).toContain('search_client');
    expect(text).toContain('Note: search_client is in the directory toolset, which this request does not enable');
    await client.close();
  });
});

describe('selection errors on the wire', () => {
  it.each([
    ['an unknown toolset', '?toolsets=tickets,nope', {}, /unknown toolset "nope"/],
    ['a malformed read-only value', '?read_only=maybe', {}, /read_only query parameter must be true, false, 1 or 0/],
    ['a bad verbosity header', '', { 'x-tiflux-verbosity': 'loud' }, /x-tiflux-verbosity header must be rich or compact/],
  ])('2025 era: %s → 400 -32602', async (_label, search, headers, message) => {
    const res = await send(`${endpoint.url}${search}`, { headers: { ...legacy, ...headers }, body: initializeBody('2025-11-25', 1) });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe(-32602);
    expect(res.json.error.message).toMatch(message);
  });

  it('2026-07-28: an unknown toolset → 400 -32602 too, and server/discover names the selection', async () => {
    const bad = await send(`${endpoint.url}?toolsets=bogus`, { headers: MH('tools/list'), body: R(1, 'tools/list', { _meta: envelope() }) });
    expect([bad.status, bad.json.error.code]).toEqual([400, -32602]);
    const discover = await send(`${endpoint.url}?toolsets=directory`, { headers: MH('server/discover'), body: R(2, 'server/discover', { _meta: envelope() }) });
    expect(discover.status).toBe(200);
    expect(discover.json.result.instructions).toContain('Toolsets offered: directory.');
    const listed = await send(`${endpoint.url}?toolsets=directory`, { headers: MH('tools/list'), body: R(3, 'tools/list', { _meta: envelope() }) });
    expect(listed.json.result.tools.map((tool: { name: string }) => tool.name)).toEqual(namesOf('directory'));
    expect(listed.json.result.cacheScope).toBe('private');
  });

  it('serves the same bytes for the same selection however it is spelled', async () => {
    const list = (search: string) => send(`${endpoint.url}${search}`, { headers: legacy, body: { jsonrpc: '2.0', id: 1, method: 'tools/list' } });
    const [a, b] = await Promise.all([list('?toolsets=directory,tickets'), list('?toolsets=Tickets,,directory,tickets')]);
    expect(a.text).toBe(b.text);
  });

  it('allows the selection headers in CORS preflights', async () => {
    const res = await send(endpoint.url, { method: 'OPTIONS', headers: { origin: 'http://localhost:6274', 'access-control-request-method': 'POST' } });
    for (const name of ['x-tiflux-toolsets', 'x-tiflux-read-only', 'x-tiflux-verbosity']) {
      expect(res.headers.get('access-control-allow-headers')).toContain(name);
    }
  });
});
