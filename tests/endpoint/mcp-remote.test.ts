/**
 * mcp-remote 0.15.1 (the bridge Claude Desktop uses) with the README's arguments: it must connect with the API key
 * header, never fall into OAuth, and list the tools. The wire sequence is recorded at the emulator.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLocalEndpoint } from '../../test-lambda-local.js';
import type { LocalEndpoint } from '../../test-lambda-local.js';
import { startMcpRemote } from '../helpers/stdio-client.js';

let endpoint: LocalEndpoint;
const wire: string[] = [];
const keysSeen = new Set<string>();

beforeAll(async () => {
  const { handler } = await import('../../src/handler.js');
  endpoint = await startLocalEndpoint({
    handler: async (event, context) => {
      const body = event.body ? JSON.parse(event.body) : undefined;
      wire.push(`${event.requestContext.http.method} ${event.rawPath}${body?.method ? ` ${body.method}` : ''}`);
      if (event.headers['x-tiflux-api-key']) keysSeen.add(event.headers['x-tiflux-api-key']);
      return handler(event, context);
    },
  });
});
afterAll(async () => {
  await endpoint.close();
});

it('connects with --header x-tiflux-api-key:… --transport http-only and lists the tools', async () => {
  const session = startMcpRemote(endpoint.url, ['--header', 'x-tiflux-api-key:remote-test-key', '--transport', 'http-only']);
  try {
    const init = await session.request('initialize', {
      protocolVersion: '2025-06-18',
      capabilities: {},
      clientInfo: { name: 'claude-desktop-test', version: '1.0.0' },
    });
    expect(init.result?.serverInfo?.name, session.stderr()).toBe('tiflux-mcp');
    session.notify('notifications/initialized');
    const list = await session.request('tools/list');
    expect(list.result.tools.length).toBeGreaterThan(0);
    expect(keysSeen).toEqual(new Set(['remote-test-key']));
    // OAuth probes met 404s and mcp-remote carried on with the API key; it never needed a session id.
    expect(wire.some((w) => w.startsWith('GET /.well-known/'))).toBe(true);
    expect(wire.filter((w) => w.endsWith('initialize')).length).toBeGreaterThanOrEqual(1);
    expect(wire).toContain('POST /mcp tools/list');
    if (process.env.SHOW_WIRE) console.log(wire.join('\n'));
    expect(session.stderr()).not.toMatch(/authoriz(e|ation) URL|Please authorize/i);
  } finally {
    await session.close();
  }
}, 60_000);
