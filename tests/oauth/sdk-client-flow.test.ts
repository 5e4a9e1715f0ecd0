/**
 * The whole sign-in with the official SDK client's OAuth support, over HTTP against the local endpoint with OAuth on:
 * 401 + WWW-Authenticate → protected resource metadata → authorization server metadata → dynamic registration →
 * authorize (PKCE S256) → the page takes the sandbox key → code → token → tools/list and a tools/call that reaches
 * the sandbox with the key from the page → refresh (rotation) → a spoiled access token recovered by refreshing.
 */
import { createHash } from 'node:crypto';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { auth, UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryOAuthProvider } from './support/memory-provider.js';
import { signIn, startOAuthStack, type OAuthStack } from './support/stack.js';

let stack: OAuthStack;
const provider = new MemoryOAuthProvider('http://127.0.0.1:53682/oauth/callback');
const wire: string[] = [];

/** fetch that records "METHOD path" of every request the SDK makes. */
const recordingFetch: typeof fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  wire.push(`${init?.method ?? (input instanceof Request ? input.method : 'GET')} ${url.pathname}`);
  return fetch(input, init);
};

function transport() {
  return new StreamableHTTPClientTransport(new URL(stack.endpoint.url), { authProvider: provider, fetch: recordingFetch });
}

beforeAll(async () => {
  stack = await startOAuthStack();
});
afterAll(async () => {
  await stack?.close();
});

describe('the official SDK client signs in by OAuth with just the URL', () => {
  it('discovers, registers, authorizes with PKCE, redeems the code and lists and calls tools', async () => {
    const first = transport();
    const client = new Client({ name: 'oauth-sdk-test', version: '1.0.0' });
    // No credential: the server answers 401, the SDK discovers everything and sends the user to the authorize page.
    await expect(client.connect(first)).rejects.toBeInstanceOf(UnauthorizedError);
    expect(wire.slice(0, 1)).toEqual(['POST /mcp']);
    expect(wire).toContain('GET /.well-known/oauth-protected-resource/mcp');
    expect(wire).toContain('GET /.well-known/oauth-authorization-server');
    expect(wire).toContain('POST /register');
    expect(provider.client?.client_id).toMatch(/^tfxmcp_/);

    const url = provider.authorizationUrl!;
    expect(`${url.origin}${url.pathname}`).toBe(`${stack.endpoint.baseUrl}/authorize`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('resource')).toBe(stack.endpoint.url);

    const answer = await signIn(url, stack.sandbox.keys.admin);
    expect(answer.status, answer.html).toBe(303);
    const callback = new URL(answer.location!);
    expect(`${callback.origin}${callback.pathname}`).toBe(provider.redirectUrl);
    expect(callback.searchParams.get('state')).toBe('state-from-the-sdk-test');
    expect(callback.searchParams.get('iss')).toBe(stack.endpoint.baseUrl);
    // The key appears nowhere in the URL, not even encoded; the code is sealed.
    expect(answer.location).not.toContain(stack.sandbox.keys.admin);
    expect(callback.searchParams.get('code')).toMatch(/^tfxmcp_/);

    await first.finishAuth(callback.searchParams.get('code')!);
    expect(wire).toContain('POST /token');
    expect(provider.saved?.token_type).toMatch(/^bearer$/i);
    expect(provider.saved?.expires_in).toBe(3600);
    expect(provider.saved?.access_token).toMatch(/^tfxmcp_/);
    expect(provider.saved?.refresh_token).toMatch(/^tfxmcp_/);

    const connected = new Client({ name: 'oauth-sdk-test', version: '1.0.0' });
    await connected.connect(transport());
    const tools = await connected.listTools();
    expect(tools.tools.map((t) => t.name)).toContain('search_client');
    stack.sandbox.requests.length = 0;
    const result = await connected.callTool({ name: 'search_client', arguments: { client_name: 'Padaria' } });
    expect(result.isError, JSON.stringify(result.content)).not.toBe(true);
    expect(JSON.stringify(result.content)).toMatch(/Padaria/);
    // The sandbox saw the key the user typed on the page, sent by us as Bearer to TiFlux.
    const fingerprint = createHash('sha256').update(stack.sandbox.keys.admin).digest('hex').slice(0, 8);
    expect(stack.sandbox.requests.length).toBeGreaterThan(0);
    expect(new Set(stack.sandbox.requests.map((r) => r.keyFingerprint))).toEqual(new Set([fingerprint]));
    await connected.close();
  });

  it('refreshes with rotation: a new access and refresh token, and the new access token works', async () => {
    const before = provider.saved!;
    const outcome = await auth(provider, { serverUrl: stack.endpoint.url, fetchFn: recordingFetch });
    expect(outcome).toBe('AUTHORIZED');
    const after = provider.saved!;
    expect(after.access_token).not.toBe(before.access_token);
    expect(after.refresh_token).not.toBe(before.refresh_token);

    const client = new Client({ name: 'oauth-sdk-test', version: '1.0.0' });
    await client.connect(transport());
    const result = await client.callTool({ name: 'search_user', arguments: { name: 'Ana' } });
    expect(result.isError, JSON.stringify(result.content)).not.toBe(true);
    await client.close();
  });

  it('recovers from an access token the server refuses (401 invalid_token) by refreshing, without the user', async () => {
    const good = provider.saved!;
    provider.saved = { ...good, access_token: `${good.access_token.slice(0, -4)}AAAA` };
    const refreshesBefore = provider.tokenHistory.length;
    const client = new Client({ name: 'oauth-sdk-test', version: '1.0.0' });
    await client.connect(transport());
    const result = await client.callTool({ name: 'search_client', arguments: { client_name: 'Padaria' } });
    expect(result.isError).not.toBe(true);
    expect(provider.tokenHistory.length).toBeGreaterThan(refreshesBefore);
    await client.close();
  });
});
