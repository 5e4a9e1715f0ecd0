/**
 * What the authorization server refuses, over HTTP against the local endpoint with OAuth on: plain PKCE, a wrong
 * verifier, a reused or expired code, tampered and expired tokens, a token used as another kind, redirect URIs
 * outside the allow-list, a foreign resource, a client metadata document on a private address, and friends.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { authorizeUrl, mcp, obtainCode, pkce, redeem, register, registeredClient, tamper, token } from './support/flow.js';
import { signIn, startOAuthStack, type OAuthStack } from './support/stack.js';

let stack: OAuthStack;
let base: string;
let key: string;
const CALLBACK = 'http://127.0.0.1:49152/callback';

beforeAll(async () => {
  stack = await startOAuthStack();
  base = stack.endpoint.baseUrl;
  key = stack.sandbox.keys.admin;
});
afterAll(async () => {
  await stack?.close();
});
afterEach(() => {
  delete process.env.OAUTH_CODE_TTL_SECONDS;
  delete process.env.OAUTH_ACCESS_TTL_SECONDS;
  delete process.env.OAUTH_REFRESH_TTL_SECONDS;
  delete process.env.OAUTH_TOKEN_SECRET_PREVIOUS;
  delete process.env.AWS_LAMBDA_FUNCTION_NAME;
  process.env.OAUTH_TOKEN_SECRET = stack.secret;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PKCE', () => {
  it('refuses code_challenge_method=plain, and a missing challenge, back at the client with invalid_request', async () => {
    const clientId = await registeredClient(base, CALLBACK);
    for (const params of [
      { code_challenge: 'x'.repeat(43), code_challenge_method: 'plain' },
      { code_challenge: undefined },
    ]) {
      const page = await fetch(authorizeUrl(base, { client_id: clientId, redirect_uri: CALLBACK, state: 'p', ...params }), { redirect: 'manual' });
      expect(page.status).toBe(303);
      const back = new URL(page.headers.get('location')!);
      expect(back.searchParams.get('error')).toBe('invalid_request');
      expect(back.searchParams.get('state')).toBe('p');
      expect(back.searchParams.get('code')).toBeNull();
    }
  });

  it('refuses a wrong code_verifier (invalid_grant) without burning the code for the real client', async () => {
    const got = await obtainCode(base, key);
    const wrong = await redeem(base, { ...got, verifier: pkce().verifier });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error).toBe('invalid_grant');
    expect(wrong.json.error_description).toMatch(/code_verifier/);
    const right = await redeem(base, got);
    expect(right.status).toBe(200);
  });
});

describe('authorization codes', () => {
  it('a code redeemed once is refused the second time', async () => {
    const got = await obtainCode(base, key);
    expect((await redeem(base, got)).status).toBe(200);
    const again = await redeem(base, got);
    expect(again.status).toBe(400);
    expect(again.json).toEqual({ error: 'invalid_grant', error_description: 'The authorization code was already used' });
  });

  it('an expired code is refused', async () => {
    process.env.OAUTH_CODE_TTL_SECONDS = '1';
    const got = await obtainCode(base, key);
    await sleep(2100);
    const late = await redeem(base, got);
    expect(late.status).toBe(400);
    expect(late.json).toEqual({ error: 'invalid_grant', error_description: 'The authorization code has expired' });
  });

  it('a code is bound to its client and its redirect URI', async () => {
    const got = await obtainCode(base, key);
    const otherClient = await registeredClient(base, CALLBACK);
    const stolen = await redeem(base, { ...got, clientId: otherClient });
    expect(stolen.json.error).toBe('invalid_grant');
    const elsewhere = await redeem(base, { ...got, redirectUri: 'http://127.0.0.1:49152/other' });
    expect(elsewhere.json.error).toBe('invalid_grant');
  });

  it('an unknown client at the token endpoint is invalid_client (401), which makes Claude register again', async () => {
    const got = await obtainCode(base, key);
    const unknown = await redeem(base, { ...got, clientId: `tfxmcp_${randomBytes(40).toString('base64url')}` });
    expect(unknown.status).toBe(401);
    expect(unknown.json.error).toBe('invalid_client');
  });
});

describe('tokens', () => {
  async function tokens() {
    const got = await obtainCode(base, key);
    const answer = await redeem(base, got);
    expect(answer.status).toBe(200);
    return { ...answer.json, clientId: got.clientId } as { access_token: string; refresh_token: string; clientId: string };
  }

  it('answers with no-store and the RFC 6749 fields; the access token opens /mcp', async () => {
    const got = await obtainCode(base, key);
    const answer = await redeem(base, got);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.json).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const ok = await mcp(stack.endpoint.url, { authorization: `Bearer ${answer.json.access_token}` });
    expect(ok.status).toBe(200);
    expect(ok.json.result.tools.length).toBeGreaterThan(0);
  });

  it('the token endpoint takes JSON as well as a form', async () => {
    const got = await obtainCode(base, key);
    const answer = await token(
      base,
      { grant_type: 'authorization_code', code: got.code, client_id: got.clientId, redirect_uri: got.redirectUri, code_verifier: got.verifier },
      'json',
    );
    expect(answer.status).toBe(200);
  });

  it('a tampered access token gets 401 invalid_token; a tampered refresh token invalid_grant', async () => {
    const t = await tokens();
    const refused = await mcp(stack.endpoint.url, { authorization: `Bearer ${tamper(t.access_token)}` });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
    expect(refused.headers.get('www-authenticate')).toContain(`resource_metadata="${base}/.well-known/oauth-protected-resource/mcp"`);
    const refresh = await token(base, { grant_type: 'refresh_token', refresh_token: tamper(t.refresh_token), client_id: t.clientId });
    expect(refresh.json.error).toBe('invalid_grant');
  });

  it('an expired access token gets 401 invalid_token saying so; the refresh token still works', async () => {
    process.env.OAUTH_ACCESS_TTL_SECONDS = '1';
    const t = await tokens();
    await sleep(2100);
    const refused = await mcp(stack.endpoint.url, { authorization: `Bearer ${t.access_token}` });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/error="invalid_token", error_description="The access token has expired"/);
    const refreshed = await token(base, { grant_type: 'refresh_token', refresh_token: t.refresh_token, client_id: t.clientId });
    expect(refreshed.status).toBe(200);
  });

  it('an expired refresh token is invalid_grant', async () => {
    process.env.OAUTH_REFRESH_TTL_SECONDS = '1';
    const t = await tokens();
    await sleep(2100);
    const refreshed = await token(base, { grant_type: 'refresh_token', refresh_token: t.refresh_token, client_id: t.clientId });
    expect(refreshed.json).toEqual({ error: 'invalid_grant', error_description: 'The refresh token has expired: sign in again' });
  });

  it('no kind passes as another: refresh or code as access token, access token or client_id as refresh token or code', async () => {
    const t = await tokens();
    const got = await obtainCode(base, key, { clientId: t.clientId });
    for (const wrongKind of [t.refresh_token, got.code, t.clientId]) {
      const refused = await mcp(stack.endpoint.url, { authorization: `Bearer ${wrongKind}` });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toMatch(/invalid_token/);
    }
    for (const wrongKind of [t.access_token, got.code, t.clientId]) {
      const refreshed = await token(base, { grant_type: 'refresh_token', refresh_token: wrongKind, client_id: t.clientId });
      expect(refreshed.json.error).toBe('invalid_grant');
    }
    for (const wrongKind of [t.access_token, t.refresh_token]) {
      const redeemed = await redeem(base, { code: wrongKind, clientId: t.clientId, redirectUri: CALLBACK, verifier: got.verifier });
      expect(redeemed.json.error).toBe('invalid_grant');
    }
  });

  it('a refresh token whose key TiFlux no longer accepts is invalid_grant (the user signs in again)', async () => {
    const { sealToken, digest } = await import('../../src/oauth/sealed-token.js');
    const clientId = await registeredClient(base, CALLBACK);
    const revoked = await sealToken('refresh', { k: 'tfx-revoked-key', ch: digest(clientId) }, { issuer: base, audience: `${base}/mcp`, ttlSeconds: 600 });
    const refreshed = await token(base, { grant_type: 'refresh_token', refresh_token: revoked, client_id: clientId });
    expect(refreshed.json).toEqual({ error: 'invalid_grant', error_description: 'TiFlux no longer accepts the API key behind this grant: sign in again' });
  });

  it('a refresh token from another client is refused', async () => {
    const t = await tokens();
    const other = await registeredClient(base, CALLBACK);
    const refreshed = await token(base, { grant_type: 'refresh_token', refresh_token: t.refresh_token, client_id: other });
    expect(refreshed.json.error).toBe('invalid_grant');
  });

  it('rotation: tokens sealed with the previous secret keep working only while it is OAUTH_TOKEN_SECRET_PREVIOUS', async () => {
    const t = await tokens();
    process.env.OAUTH_TOKEN_SECRET = randomBytes(32).toString('base64url');
    process.env.OAUTH_TOKEN_SECRET_PREVIOUS = stack.secret;
    expect((await mcp(stack.endpoint.url, { authorization: `Bearer ${t.access_token}` })).status).toBe(200);
    const refreshed = await token(base, { grant_type: 'refresh_token', refresh_token: t.refresh_token, client_id: t.clientId });
    expect(refreshed.status).toBe(200);
    delete process.env.OAUTH_TOKEN_SECRET_PREVIOUS;
    expect((await mcp(stack.endpoint.url, { authorization: `Bearer ${t.access_token}` })).status).toBe(401);
    // The client_id was sealed with the old secret too: invalid_client, so a client registers again.
    const again = await token(base, { grant_type: 'refresh_token', refresh_token: refreshed.json.refresh_token, client_id: t.clientId });
    expect(again.status).toBe(401);
    expect(again.json.error).toBe('invalid_client');
  });

  it('an unsupported grant type is unsupported_grant_type', async () => {
    const clientId = await registeredClient(base, CALLBACK);
    const answer = await token(base, { grant_type: 'client_credentials', client_id: clientId });
    expect(answer.json.error).toBe('unsupported_grant_type');
  });
});

describe('confidential clients (client_secret_post / client_secret_basic)', () => {
  it('get a derived client_secret at registration, must present it, and a wrong one is invalid_client', async () => {
    for (const method of ['client_secret_post', 'client_secret_basic'] as const) {
      const registered = await register(base, { client_name: 'Confidential', redirect_uris: [CALLBACK], token_endpoint_auth_method: method });
      expect(registered.status).toBe(201);
      const { client_id: clientId, client_secret: secret } = registered.json;
      expect(secret).toEqual(expect.any(String));
      const got = await obtainCode(base, key, { clientId });
      const fields = { grant_type: 'authorization_code', code: got.code, redirect_uri: CALLBACK, code_verifier: got.verifier };
      const send = (clientSecret: string) =>
        method === 'client_secret_post'
          ? token(base, { ...fields, client_id: clientId, client_secret: clientSecret })
          : fetch(`${base}/token`, {
              method: 'POST',
              headers: {
                'content-type': 'application/x-www-form-urlencoded',
                authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`,
              },
              body: new URLSearchParams(fields).toString(),
            }).then(async (r) => ({ status: r.status, headers: r.headers, json: (await r.json()) as any }));
      const wrong = await send('not-the-secret');
      expect(wrong.status, method).toBe(401);
      expect(wrong.json.error).toBe('invalid_client');
      const right = await send(secret);
      expect(right.status, `${method}: ${JSON.stringify(right.json)}`).toBe(200);
    }
  });
});

describe('redirect URIs', () => {
  it('registration refuses a redirect URI outside the allow-list', async () => {
    for (const uri of ['https://evil.example/callback', 'javascript:alert(1)', 'https://chatgpt.com.evil.example/connector/oauth/x']) {
      const answer = await register(base, { redirect_uris: [uri] });
      expect(answer.status, uri).toBe(400);
      expect(answer.json.error).toBe('invalid_redirect_uri');
    }
  });

  it('admits the documented Claude, ChatGPT, Cursor and VS Code callbacks and loopback on any port', async () => {
    for (const uri of [
      'https://claude.ai/api/mcp/auth_callback',
      'https://claude.com/api/mcp/auth_callback',
      'https://chatgpt.com/connector/oauth/abc123',
      'https://chatgpt.com/connector_platform_oauth_redirect',
      'cursor://anysphere.cursor-mcp/oauth/callback',
      'https://vscode.dev/redirect',
      'http://127.0.0.1:33418/',
      'http://localhost:8976/oauth/callback',
    ]) {
      expect((await register(base, { redirect_uris: [uri] })).status, uri).toBe(201);
    }
  });

  it('OAUTH_REDIRECT_ALLOWLIST replaces the default: exact URLs, prefixes with *, and * for any', async () => {
    process.env.OAUTH_REDIRECT_ALLOWLIST = 'https://app.example/cb,https://pre.example/oauth/*';
    try {
      expect((await register(base, { redirect_uris: ['https://app.example/cb'] })).status).toBe(201);
      expect((await register(base, { redirect_uris: ['https://pre.example/oauth/x'] })).status).toBe(201);
      expect((await register(base, { redirect_uris: ['http://127.0.0.1:9/cb'] })).status).toBe(400);
      process.env.OAUTH_REDIRECT_ALLOWLIST = '*';
      expect((await register(base, { redirect_uris: ['https://anything.example/cb'] })).status).toBe(201);
    } finally {
      delete process.env.OAUTH_REDIRECT_ALLOWLIST;
    }
  });

  it('an authorize request for a redirect URI the client did not register is shown a page, never redirected', async () => {
    const clientId = await registeredClient(base, CALLBACK);
    const { challenge } = pkce();
    const page = await fetch(authorizeUrl(base, { client_id: clientId, redirect_uri: 'https://evil.example/cb', code_challenge: challenge }), { redirect: 'manual' });
    expect(page.status).toBe(400);
    expect(page.headers.get('location')).toBeNull();
    expect(await page.text()).toMatch(/redirect_uri/);
  });

  it('a loopback callback may change port (RFC 8252), not path', async () => {
    const clientId = await registeredClient(base, CALLBACK);
    const { challenge } = pkce();
    const otherPort = await fetch(authorizeUrl(base, { client_id: clientId, redirect_uri: 'http://127.0.0.1:50000/callback', code_challenge: challenge }));
    expect(otherPort.status).toBe(200);
    const otherPath = await fetch(authorizeUrl(base, { client_id: clientId, redirect_uri: 'http://127.0.0.1:49152/elsewhere', code_challenge: challenge }));
    expect(otherPath.status).toBe(400);
  });
});

describe('resource (RFC 8707)', () => {
  it('authorize with a foreign resource goes back with invalid_target', async () => {
    const clientId = await registeredClient(base, CALLBACK);
    const { challenge } = pkce();
    const page = await fetch(authorizeUrl(base, { client_id: clientId, redirect_uri: CALLBACK, code_challenge: challenge, resource: 'https://other.example/mcp' }), {
      redirect: 'manual',
    });
    expect(page.status).toBe(303);
    expect(new URL(page.headers.get('location')!).searchParams.get('error')).toBe('invalid_target');
  });

  it('the token endpoint refuses a foreign resource with invalid_target', async () => {
    const got = await obtainCode(base, key);
    const answer = await token(base, {
      grant_type: 'authorization_code',
      code: got.code,
      client_id: got.clientId,
      redirect_uri: got.redirectUri,
      code_verifier: got.verifier,
      resource: 'https://other.example/mcp',
    });
    expect(answer.json.error).toBe('invalid_target');
  });

  it('the resource ignores the toolset query and a trailing slash; the token works on /mcp, /mcp/, / and /mcp?…', async () => {
    const got = await obtainCode(base, key, { resource: `${base}/mcp/?toolsets=tickets` });
    const answer = await redeem(base, got);
    expect(answer.status).toBe(200);
    for (const path of ['/mcp', '/mcp/', '/', '/mcp?toolsets=tickets']) {
      const ok = await mcp(`${base}${path}`, { authorization: `Bearer ${answer.json.access_token}` });
      expect(ok.status, path).toBe(200);
    }
  });
});

describe('Client ID Metadata Documents', () => {
  it('refuses a client_id URL on a private or link-local address, without fetching it', async () => {
    const { challenge } = pkce();
    for (const clientId of ['https://10.0.0.7/client.json', 'https://169.254.169.254/latest/meta-data', 'https://192.168.1.1/c.json', 'https://[fd00::1]/c.json']) {
      const page = await fetch(authorizeUrl(base, { client_id: clientId, redirect_uri: CALLBACK, code_challenge: challenge }), { redirect: 'manual' });
      expect(page.status, clientId).toBe(400);
      expect(await page.text()).toMatch(/not a public address/);
    }
  });

  it('on Lambda, refuses loopback and plain http too', async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = 'tiflux-mcp-test';
    const { challenge } = pkce();
    for (const [clientId, reason] of [
      ['https://127.0.0.1/client.json', /not a public address/],
      ['https://localhost/client.json', /not a public address/],
      ['http://127.0.0.1:9/client.json', /served over https/],
    ] as const) {
      const page = await fetch(authorizeUrl(base, { client_id: clientId, redirect_uri: CALLBACK, code_challenge: challenge }), { redirect: 'manual' });
      expect(page.status, clientId).toBe(400);
      expect(await page.text()).toMatch(reason);
    }
  });

  it('reads a document from loopback under npm start and signs in with it', async () => {
    const { createServer } = await import('node:http');
    let clientId = '';
    const server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ client_id: clientId, client_name: 'Documented Client', redirect_uris: [CALLBACK], token_endpoint_auth_method: 'none' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    clientId = `http://127.0.0.1:${(server.address() as { port: number }).port}/oauth/client.json`;
    try {
      const { challenge, verifier } = pkce();
      const url = authorizeUrl(base, { client_id: clientId, redirect_uri: CALLBACK, code_challenge: challenge });
      const page = await fetch(url);
      expect(await page.text()).toContain('Documented Client');
      const answer = await signIn(url, key);
      const code = new URL(answer.location!).searchParams.get('code')!;
      const redeemed = await redeem(base, { code, clientId, redirectUri: CALLBACK, verifier });
      expect(redeemed.status).toBe(200);
    } finally {
      server.close();
    }
  });
});

describe('the authorize page', () => {
  it('a wrong key re-renders the page with the reason (never a redirect)', async () => {
    const clientId = await registeredClient(base, CALLBACK);
    const { challenge } = pkce();
    const answer = await signIn(authorizeUrl(base, { client_id: clientId, redirect_uri: CALLBACK, code_challenge: challenge }), 'tfx-not-a-real-key');
    expect(answer.status).toBe(400);
    expect(answer.location).toBeUndefined();
    expect(answer.html).toContain('O TiFlux recusou esta chave');
    expect(answer.html).toContain('TiFlux refused this key');
    expect(answer.html).not.toContain('tfx-not-a-real-key');
  });

  it('Cancel goes back with access_denied', async () => {
    const clientId = await registeredClient(base, CALLBACK);
    const { challenge } = pkce();
    const answer = await signIn(authorizeUrl(base, { client_id: clientId, redirect_uri: CALLBACK, code_challenge: challenge, state: 'c' }), '', 'cancel');
    expect(answer.status).toBe(303);
    expect(new URL(answer.location!).searchParams.get('error')).toBe('access_denied');
  });

  it('refuses framing and a form posted from another site; a forged request field is refused', async () => {
    const clientId = await registeredClient(base, CALLBACK);
    const { challenge } = pkce();
    const page = await fetch(authorizeUrl(base, { client_id: clientId, redirect_uri: CALLBACK, code_challenge: challenge }));
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const html = await page.text();
    const sealed = /name="request" value="([^"]+)"/.exec(html)![1]!;
    const post = (origin: string, request: string) =>
      fetch(`${base}/authorize`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
        body: new URLSearchParams({ request, api_key: key, action: 'approve' }),
      });
    expect((await post('https://evil.example', sealed)).status).toBe(403);
    expect((await post(base, tamper(sealed))).status).toBe(400);
    expect((await post(base, sealed)).status).toBe(303);
  });
});

describe('the MCP endpoint with OAuth on', () => {
  it('no credential → 401 with resource_metadata and a body naming the header alternative', async () => {
    const answer = await mcp(stack.endpoint.url, {});
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe(`Bearer resource_metadata="${base}/.well-known/oauth-protected-resource/mcp"`);
    expect(answer.json.error.message).toMatch(/x-tiflux-api-key/);
  });

  it('a 2026-07-28 server/discover without a credential is a 401 too (checked before the era)', async () => {
    const response = await fetch(stack.endpoint.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'mcp-protocol-version': '2026-07-28', 'mcp-method': 'server/discover' },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'server/discover',
        params: { _meta: { 'io.modelcontextprotocol/protocolVersion': '2026-07-28', 'io.modelcontextprotocol/clientCapabilities': {} } },
      }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('resource_metadata=');
  });

  it('x-tiflux-api-key, x-api-key and a raw TiFlux key as Bearer never meet a 401', async () => {
    for (const headers of [{ 'x-tiflux-api-key': key }, { 'x-api-key': key }, { authorization: `Bearer ${key}` }] as Record<string, string>[]) {
      const answer = await mcp(stack.endpoint.url, headers, 'tools/call', { name: 'search_client', arguments: { client_name: 'Padaria' } });
      expect(answer.status).toBe(200);
      expect(answer.json.result.isError).not.toBe(true);
    }
  });

  it('serves the discovery documents with CORS', async () => {
    for (const path of ['/.well-known/oauth-protected-resource', '/.well-known/oauth-protected-resource/mcp']) {
      const answer = await fetch(`${base}${path}`, { headers: { origin: 'https://claude.ai' } });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
      expect(await answer.json()).toEqual(expect.objectContaining({ resource: `${base}/mcp`, authorization_servers: [base] }));
    }
    const as = await (await fetch(`${base}/.well-known/oauth-authorization-server`)).json();
    expect(as).toMatchObject({
      issuer: base,
      authorization_endpoint: `${base}/authorize`,
      token_endpoint: `${base}/token`,
      registration_endpoint: `${base}/register`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      code_challenge_methods_supported: ['S256'],
      client_id_metadata_document_supported: true,
      authorization_response_iss_parameter_supported: true,
    });
    expect(as.token_endpoint_auth_methods_supported).toContain('none');
    const preflight = await fetch(`${base}/token`, { method: 'OPTIONS', headers: { origin: 'https://claude.ai', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-expose-headers')).toContain('WWW-Authenticate');
  });
});
