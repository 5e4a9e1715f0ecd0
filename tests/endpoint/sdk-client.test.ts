/**
 * The official SDK client (StreamableHTTPClientTransport, which always asks for the latest revision) against our
 * handler behind the local Function URL emulator.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLocalEndpoint } from '../../test-lambda-local.js';
import type { LocalEndpoint } from '../../test-lambda-local.js';

let endpoint: LocalEndpoint;
const seen: string[] = [];

beforeAll(async () => {
  const { handler } = await import('../../src/handler.js');
  endpoint = await startLocalEndpoint({
    handler: async (event, context) => {
      seen.push(`${event.requestContext.http.method} ${event.headers['mcp-protocol-version'] ?? '-'}`);
      return handler(event, context);
    },
  });
});
afterAll(async () => {
  await endpoint.close();
});

async function connect(headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: 'sdk-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(endpoint.url), { requestInit: { headers } }));
  return client;
}

describe('official SDK client over HTTP', () => {
  it('connects, negotiates 2025-11-25 and sees the server identity and instructions', async () => {
    seen.length = 0;
    const client = await connect();
    expect(client.getServerVersion()).toMatchObject({ name: 'tiflux-mcp' });
    expect(client.getServerCapabilities()).toMatchObject({ tools: {}, logging: {} });
    expect(client.getInstructions()).toMatch(/TiFlux/);
    // initialize (no header) → initialized (negotiated header) → the optional GET stream (sent in the background
    // after connect resolves), refused with 405
    await vi.waitFor(() => expect(seen).toEqual(['POST -', 'POST 2025-11-25', 'GET 2025-11-25']), { timeout: 2000 });
    await client.close();
  });

  it('lists tools, pings and sets the log level without an API key', async () => {
    const client = await connect();
    const { tools } = await client.listTools();
    expect(tools.length).toBeGreaterThan(0);
    expect(await client.ping()).toEqual({});
    expect(await client.setLoggingLevel('warning')).toEqual({});
    await client.close();
  });

  it('reports a call without a key as a tool error the user can act on', async () => {
    const client = await connect();
    const { tools } = await client.listTools();
    const result = await client.callTool({ name: tools[0]!.name, arguments: {} });
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toContain('x-tiflux-api-key');
    await client.close();
  });

  it('surfaces an unknown tool as a JSON-RPC -32602 error', async () => {
    const client = await connect({ 'x-tiflux-api-key': 'some-key' });
    await expect(client.callTool({ name: 'no_such_tool', arguments: {} })).rejects.toMatchObject({ code: -32602 });
    await client.close();
  });
});
