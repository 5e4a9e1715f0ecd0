/**
 * Row 51 of docs/protocol.md#test-table-2026-07-28: mcp-remote 0.15.1 with `--protocol auto` probes server/discover, answers the local
 * initialize itself, and speaks 2026-07-28 from then on: no initialize reaches the server. The emulator records
 * every request it receives (method, path, JSON-RPC method, standard headers, status).
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Context, LambdaFunctionURLEvent } from 'aws-lambda';
import { startLocalEndpoint } from '../../test-lambda-local.js';
import type { LocalEndpoint } from '../../test-lambda-local.js';
import { startMcpRemote } from '../helpers/stdio-client.js';
import type { StdioSession } from '../helpers/stdio-client.js';

vi.mock('../../src/tools/catalog.js', async () => ({ toolCatalog: (await import('./fixture-catalog.js')).fixtureCatalog }));

interface WireEntry {
  line: string;
  method?: string;
  status: number;
  headers: Record<string, string | undefined>;
}

let endpoint: LocalEndpoint;
let session: StdioSession | undefined;
const wire: WireEntry[] = [];

beforeAll(async () => {
  process.env.LOG_LEVEL = 'silent';
  const { handler } = await import('../../src/handler.js');
  endpoint = await startLocalEndpoint({
    handler: async (event: LambdaFunctionURLEvent, context: Context) => {
      const result = await handler(event, context);
      let method: string | undefined;
      try {
        method = event.body ? (JSON.parse(event.body) as { method?: string }).method : undefined;
      } catch {
        method = undefined;
      }
      const status = result.statusCode ?? 200;
      wire.push({
        line: `${event.requestContext.http.method} ${event.rawPath}${method ? ` ${method}` : ''} → ${status}`,
        method,
        status,
        headers: {
          'mcp-protocol-version': event.headers['mcp-protocol-version'],
          'mcp-method': event.headers['mcp-method'],
          'mcp-name': event.headers['mcp-name'],
          'x-tiflux-api-key': event.headers['x-tiflux-api-key'],
        },
      });
      return result;
    },
  });
});

afterAll(async () => {
  await session?.close();
  await endpoint?.close();
});

it('--protocol auto: discovers, lists and calls a tool with no initialize on the wire', async () => {
  session = startMcpRemote(endpoint.url, [
    '--header',
    'x-tiflux-api-key:remote-auto-key',
    '--transport',
    'http-only',
    '--protocol',
    'auto',
  ]);

  // The local side is a 2025 client: mcp-remote answers its initialize from the DiscoverResult.
  const init = await session.request('initialize', {
    protocolVersion: '2025-11-25',
    capabilities: {},
    clientInfo: { name: 'claude-desktop-test', version: '1.0.0' },
  });
  expect(init.result, session.stderr()).toBeDefined();
  expect(init.result.serverInfo).toMatchObject({ name: 'tiflux-mcp' });
  expect(init.result.capabilities).toMatchObject({ tools: {} });
  session.notify('notifications/initialized');

  const list = await session.request('tools/list');
  expect(list.result.tools.map((t: { name: string }) => t.name)).toEqual(['echo', 'fails_upstream', 'crashes']);

  const call = await session.request('tools/call', { name: 'echo', arguments: { text: 'hi' } });
  expect(call.result.content).toEqual([{ type: 'text', text: 'hi' }]);
  expect(call.result.isError).toBeFalsy();

  if (process.env.SHOW_WIRE) console.log(wire.map((w) => w.line).join('\n'));

  const posts = wire.filter((w) => w.line.startsWith('POST '));
  // Row 51 exactly: the fallback test client's probe, the proxy's own discover, then the forwarded requests.
  expect(posts.map((w) => w.method)).toEqual(['server/discover', 'server/discover', 'tools/list', 'tools/call']);
  expect(posts.map((w) => w.method)).not.toContain('initialize');
  // The GETs are the OAuth/SSE probes: 405 on /mcp, 404 on the well-knowns.
  expect(wire.filter((w) => w.line.startsWith('GET ')).every((w) => w.status === 405 || w.status === 404)).toBe(true);
  expect(posts.every((w) => w.status < 400), wire.map((w) => w.line).join('\n')).toBe(true);

  const discovers = posts.filter((w) => w.method === 'server/discover');
  expect(discovers.length).toBeGreaterThanOrEqual(1);
  expect(discovers.every((w) => w.status === 200)).toBe(true);

  // Every later request is a 2026 one: version header, Mcp-Method, Mcp-Name on tools/call, and the API key.
  const listPost = posts.find((w) => w.method === 'tools/list');
  const callPost = posts.find((w) => w.method === 'tools/call');
  expect(listPost?.headers).toMatchObject({ 'mcp-protocol-version': '2026-07-28', 'mcp-method': 'tools/list', 'x-tiflux-api-key': 'remote-auto-key' });
  expect(callPost?.headers).toMatchObject({ 'mcp-protocol-version': '2026-07-28', 'mcp-method': 'tools/call', 'mcp-name': 'echo' });

  // It never fell into OAuth: the well-known probes met 404s and no browser sign-in was attempted.
  expect(session.stderr()).not.toMatch(/authoriz(e|ation) URL|Please authorize/i);
}, 60_000);
