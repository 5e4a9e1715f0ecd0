import { afterEach, describe, expect, it } from 'vitest';
import { corsHeaders, emptyResponse, jsonResponse } from '../../src/http/response-builder.js';
import { isOriginAllowed } from '../../src/http/origin-policy.js';
import { LOCAL_EMULATOR_ENV } from '../../src/config.js';

afterEach(() => {
  delete process.env.ALLOWED_ORIGINS;
});

describe('ResponseBuilder', () => {
  it('answers JSON with a JSON content type and CORS headers', () => {
    const res = jsonResponse(400, { a: 1 }, { origin: undefined, allowed: true });
    expect(res.headers['Content-Type']).toBe('application/json');
    expect(res.headers['Access-Control-Allow-Origin']).toBe('*');
    expect(res.headers['Access-Control-Allow-Headers']).toContain('x-tiflux-api-key');
    expect(JSON.parse(res.body)).toEqual({ a: 1 });
  });

  it('gives empty answers no body and no JSON content type', () => {
    const res = emptyResponse(202, { origin: undefined, allowed: true });
    expect(res.body).toBe('');
    expect(res.headers['Content-Type']).toBeUndefined();
    expect(res.headers['Access-Control-Allow-Origin']).toBe('*');
  });

  it('echoes an allowed Origin with Vary, and never a foreign one', () => {
    expect(corsHeaders({ origin: 'http://localhost:6274', allowed: true })).toMatchObject({
      'Access-Control-Allow-Origin': 'http://localhost:6274',
      Vary: 'Origin',
    });
    const foreign = corsHeaders({ origin: 'https://evil.example', allowed: false });
    expect(foreign['Access-Control-Allow-Origin']).toBeUndefined();
    expect(foreign.Vary).toBe('Origin');
  });

  it('allows every header the MCP clients send', () => {
    const allowed = corsHeaders({ origin: undefined, allowed: true })['Access-Control-Allow-Headers']!.split(', ');
    for (const h of ['content-type', 'accept', 'authorization', 'x-tiflux-api-key', 'x-api-key', 'mcp-protocol-version', 'mcp-session-id', 'mcp-method', 'mcp-name', 'last-event-id']) {
      expect(allowed).toContain(h);
    }
  });
});

describe('Origin policy', () => {
  it('with ALLOWED_ORIGINS empty: no Origin is allowed, every browser origin refused (issue 12)', () => {
    expect(isOriginAllowed(undefined)).toBe(true);
    for (const origin of ['http://localhost:6274', 'http://127.0.0.1', 'https://[::1]:8443', 'https://claude.ai', 'null', 'NULL']) {
      expect(isOriginAllowed(origin)).toBe(false);
    }
  });

  it('loopback origins on any port only in the local emulator', () => {
    process.env[LOCAL_EMULATOR_ENV] = '1';
    try {
      expect(isOriginAllowed('http://localhost:6274')).toBe(true);
      expect(isOriginAllowed('http://127.0.0.1')).toBe(true);
      expect(isOriginAllowed('https://[::1]:8443')).toBe(true);
      expect(isOriginAllowed('http://localhost.evil.example')).toBe(false);
      expect(isOriginAllowed('null')).toBe(false);
      expect(isOriginAllowed('Null')).toBe(false);
    } finally {
      delete process.env[LOCAL_EMULATOR_ENV];
    }
  });

  it('uses ALLOWED_ORIGINS when set (loopback no longer implied), case-insensitively, trailing slash ignored', () => {
    process.env.ALLOWED_ORIGINS = 'https://claude.ai/, https://app.example.com';
    expect(isOriginAllowed('https://claude.ai')).toBe(true);
    expect(isOriginAllowed('https://APP.example.com')).toBe(true);
    expect(isOriginAllowed('http://localhost:3000')).toBe(false);
    process.env.ALLOWED_ORIGINS = '*';
    expect(isOriginAllowed('https://anything.example')).toBe(true);
    expect(isOriginAllowed('null')).toBe(false);
    expect(isOriginAllowed('NULL')).toBe(false);
  });
});
