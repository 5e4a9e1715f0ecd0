/**
 * mcp-remote 0.15.1 (the bridge Claude Desktop uses) against an OAuth-on deployment:
 *  - started WITHOUT --header, it meets the 401, discovers, registers and prints the authorization URL; the test
 *    plays the browser (reads the URL from stderr, submits the sandbox key on the page, follows the redirect to
 *    mcp-remote's own callback server), and mcp-remote then lists and calls tools with its token;
 *  - started WITH --header (the README's setup), it never meets a 401 and never starts a sign-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMcpRemote } from '../helpers/stdio-client.js';
import { signIn, startOAuthStack, type OAuthStack } from './support/stack.js';

let stack: OAuthStack;

beforeAll(async () => {
  stack = await startOAuthStack();
});
afterAll(async () => {
  await stack?.close();
});

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('mcp-remote 0.15.1 with OAuth on', () => {
  it('without --header: signs in through the authorize page, then lists and calls tools', async () => {
    const session = startMcpRemote(stack.endpoint.url, ['--transport', 'http-only']);
    try {
      const authorizationUrl = await waitFor('the authorization URL on stderr', () => {
        const match = /Please authorize this client by visiting:\s*(\S+)/.exec(session.stderr());
        return match?.[1];
      });
      expect(authorizationUrl.startsWith(`${stack.endpoint.baseUrl}/authorize?`)).toBe(true);
      const answer = await signIn(authorizationUrl, stack.sandbox.keys.admin);
      expect(answer.status, answer.html).toBe(303);
      const callback = new URL(answer.location!);
      expect(['localhost', '127.0.0.1']).toContain(callback.hostname);
      // The browser's last step: mcp-remote's callback server receives the code.
      const delivered = await fetch(callback);
      expect(delivered.status, session.stderr()).toBeLessThan(400);

      const init = await session.request('initialize', {
        protocolVersion: '2025-06-18',
        capabilities: {},
        clientInfo: { name: 'claude-desktop-oauth-test', version: '1.0.0' },
      });
      expect(init.result?.serverInfo?.name, session.stderr()).toBe('tiflux-mcp');
      session.notify('notifications/initialized');
      const list = await session.request('tools/list');
      expect(list.result.tools.map((t: { name: string }) => t.name)).toContain('search_client');
      const call = await session.request('tools/call', { name: 'search_client', arguments: { client_name: 'Padaria' } });
      expect(call.result?.isError, JSON.stringify(call)).not.toBe(true);
      expect(JSON.stringify(call.result.content)).toMatch(/Padaria/);
    } finally {
      await session.close();
    }
  }, 90_000);

  it('with --header x-tiflux-api-key: never a 401, never a sign-in', async () => {
    const session = startMcpRemote(stack.endpoint.url, ['--header', `x-tiflux-api-key:${stack.sandbox.keys.admin}`, '--transport', 'http-only']);
    try {
      const init = await session.request('initialize', {
        protocolVersion: '2025-06-18',
        capabilities: {},
        clientInfo: { name: 'claude-desktop-header-test', version: '1.0.0' },
      });
      expect(init.result?.serverInfo?.name, session.stderr()).toBe('tiflux-mcp');
      const call = await session.request('tools/call', { name: 'search_client', arguments: { client_name: 'Padaria' } });
      expect(call.result?.isError).not.toBe(true);
      expect(session.stderr()).not.toMatch(/Please authorize this client/);
    } finally {
      await session.close();
    }
  }, 60_000);
});
