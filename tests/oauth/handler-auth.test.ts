/**
 * Through the real Lambda entry (src/lambda-adapter.ts): the request log says how the caller authenticated
 * (`header` or `oauth`) and carries the fingerprint of the key inside a token, never the token or the key; with
 * OAuth off nothing changes (well-known paths 404, no 401 without a key).
 */
import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureOutput } from '../observability/capture.js';
import { functionUrlEvent } from '../observability/events.js';

type Adapter = typeof import('../../src/lambda-adapter.js');
const KEY = 'tfx-OAUTHLOG-0a1b2c3d4e5f-SECRETKEY';
const FINGERPRINT = createHash('sha256').update(KEY).digest('hex').slice(0, 8);
const toolsList = { jsonrpc: '2.0', id: 1, method: 'tools/list' };
const context = { awsRequestId: 'req-oauth', getRemainingTimeInMillis: () => 30_000 };

let adapter: Adapter;
beforeEach(async () => {
  vi.resetModules();
  adapter = await import('../../src/lambda-adapter.js');
});
afterEach(() => {
  delete process.env.OAUTH_TOKEN_SECRET;
  process.env.LOG_LEVEL = 'silent';
});

describe('with OAuth on', () => {
  beforeEach(() => {
    process.env.OAUTH_TOKEN_SECRET = randomBytes(32).toString('base64url');
  });

  it('logs auth=oauth and the fingerprint of the key inside the token; neither token nor key is written', async () => {
    process.env.LOG_LEVEL = 'info';
    const { sealToken } = await import('../../src/oauth/sealed-token.js');
    const token = await sealToken('access', { k: KEY, ch: 'c' }, { issuer: 'https://mcp.example', audience: 'https://mcp.example/mcp', ttlSeconds: 60 });
    const event = functionUrlEvent(toolsList, { authorization: `Bearer ${token}`, host: 'mcp.example' });
    const { lines, stdout, stderr } = await captureOutput(() => adapter.handleLambdaEvent(event, context));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ status: 200, auth: 'oauth', keyFingerprint: FINGERPRINT });
    for (const secret of [token, token.slice(7, 40), KEY]) {
      expect(stdout + stderr).not.toContain(secret);
    }
  });

  it('logs auth=header for a header key, and for a raw TiFlux key as Bearer', async () => {
    process.env.LOG_LEVEL = 'info';
    for (const headers of [{ 'x-tiflux-api-key': KEY }, { authorization: `Bearer ${KEY}` }] as Record<string, string>[]) {
      const { lines } = await captureOutput(() => adapter.handleLambdaEvent(functionUrlEvent(toolsList, headers), context));
      expect(lines[0]).toMatchObject({ status: 200, auth: 'header', keyFingerprint: FINGERPRINT });
    }
  });

  it('a request with no credential, or a token that does not open, is a 401 logged without auth or fingerprint', async () => {
    process.env.LOG_LEVEL = 'info';
    for (const headers of [{}, { authorization: 'Bearer tfxmcp_forged.token' }] as Record<string, string>[]) {
      const { lines, stdout } = await captureOutput(() => adapter.handleLambdaEvent(functionUrlEvent(toolsList, headers), context));
      expect(lines[0]).toMatchObject({ status: 401, outcome: 'http_401' });
      expect(lines[0]!.auth).toBeUndefined();
      expect(lines[0]!.keyFingerprint).toBeUndefined();
      expect(stdout).not.toContain('forged');
    }
  });

  it('serves the metadata from the Host the request came through when PUBLIC_BASE_URL is unset, and from it when set', async () => {
    const event = functionUrlEvent(undefined, { host: 'abc.lambda-url.sa-east-1.on.aws' }, { method: 'GET', path: '/.well-known/oauth-protected-resource' });
    const fromHost = JSON.parse((await adapter.handleLambdaEvent(event, context)).body as string);
    expect(fromHost.resource).toBe('https://abc.lambda-url.sa-east-1.on.aws/mcp');
    process.env.PUBLIC_BASE_URL = 'https://tiflux-mcp.example.com/';
    try {
      const pinned = JSON.parse((await adapter.handleLambdaEvent(event, context)).body as string);
      expect(pinned).toMatchObject({ resource: 'https://tiflux-mcp.example.com/mcp', authorization_servers: ['https://tiflux-mcp.example.com'] });
    } finally {
      delete process.env.PUBLIC_BASE_URL;
    }
  });
});

describe('with OAuth off (no OAUTH_TOKEN_SECRET)', () => {
  it('answers 404 on every OAuth path and never 401', async () => {
    for (const path of ['/.well-known/oauth-protected-resource', '/.well-known/oauth-protected-resource/mcp', '/.well-known/oauth-authorization-server', '/register', '/authorize', '/token']) {
      const result = await adapter.handleLambdaEvent(functionUrlEvent(undefined, {}, { method: path === '/register' || path === '/token' ? 'POST' : 'GET', path }), context);
      expect(result.statusCode, path).toBe(404);
    }
    const noKey = await adapter.handleLambdaEvent(functionUrlEvent(toolsList), context);
    expect(noKey.statusCode).toBe(200);
    const tokenLooking = await adapter.handleLambdaEvent(functionUrlEvent(toolsList, { authorization: 'Bearer tfxmcp_not-a-token' }), context);
    expect(tokenLooking.statusCode).toBe(200);
  });
});
