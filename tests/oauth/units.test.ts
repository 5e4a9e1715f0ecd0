/** The small pure pieces of src/oauth/: resource normalisation, the redirect allow-list, the address guard, PKCE. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseEvent } from '../../src/http/event-parser.js';
import { isAddressAllowed } from '../../src/oauth/client-metadata-document.js';
import { isS256Challenge, verifierMatches } from '../../src/oauth/pkce.js';
import { issuerFor, normaliseResource } from '../../src/oauth/public-url.js';
import { isRedirectAllowed, matchesRegisteredRedirect } from '../../src/oauth/redirect-allowlist.js';

describe('normaliseResource', () => {
  it.each([
    ['https://x.example/mcp', 'https://x.example/mcp'],
    ['https://x.example/mcp/', 'https://x.example/mcp'],
    ['https://x.example/mcp?toolsets=tickets', 'https://x.example/mcp'],
    ['https://x.example/mcp#frag', 'https://x.example/mcp'],
    ['https://x.example/', 'https://x.example/mcp'],
    ['https://x.example', 'https://x.example/mcp'],
    ['HTTPS://X.EXAMPLE/mcp', 'https://x.example/mcp'],
  ])('%s → %s', (input, expected) => expect(normaliseResource(input)).toBe(expected));

  it('is undefined for a non-URL or another scheme', () => {
    expect(normaliseResource('mcp')).toBeUndefined();
    expect(normaliseResource('ftp://x.example/mcp')).toBeUndefined();
  });
});

describe('issuerFor', () => {
  const req = (headers: Record<string, string>) => parseEvent({ version: '2.0', rawPath: '/', headers, requestContext: { http: { method: 'GET' } } });
  it('is https for a public Host, http for loopback, and ignores a Host that is not a host', () => {
    expect(issuerFor(req({ host: 'abc.lambda-url.sa-east-1.on.aws' }))).toBe('https://abc.lambda-url.sa-east-1.on.aws');
    expect(issuerFor(req({ host: '127.0.0.1:3000' }))).toBe('http://127.0.0.1:3000');
    expect(issuerFor(req({ host: 'evil"><script>' }))).toBe('http://localhost');
  });
});

describe('redirect allow-list (default)', () => {
  it.each([
    ['http://127.0.0.1:1/cb', true],
    ['http://localhost:65535/oauth/callback', true],
    ['http://[::1]:8080/cb', true],
    ['https://127.0.0.1/cb', false],
    ['http://127.0.0.1.evil.example/cb', false],
    ['https://claude.ai/api/mcp/auth_callback', true],
    ['https://claude.ai/api/mcp/auth_callback/x', false],
    ['https://chatgpt.com/connector/oauth/anything', true],
    ['https://chatgpt.com/connector/oauth/../../evil', false],
    ['https://chatgpt.com/connector/oauthx', false],
    ['cursor://anysphere.cursor-mcp/oauth/callback', true],
    ['https://vscode.dev/redirect', true],
    ['https://evil.example/cb', false],
    ['javascript:alert(1)', false],
    ['http://127.0.0.1:1/cb#frag', false],
  ])('%s → %s', (uri, allowed) => expect(isRedirectAllowed(uri)).toBe(allowed));

  it('matches a registered loopback URI on another port, nothing else loosely', () => {
    expect(matchesRegisteredRedirect('http://127.0.0.1:9/cb', ['http://127.0.0.1:8/cb'])).toBe(true);
    expect(matchesRegisteredRedirect('http://localhost:9/cb', ['http://127.0.0.1:8/cb'])).toBe(false);
    expect(matchesRegisteredRedirect('https://claude.ai/api/mcp/auth_callback', ['https://claude.ai/api/mcp/auth_callback'])).toBe(true);
    expect(matchesRegisteredRedirect('https://claude.ai/api/mcp/auth_callback?x=1', ['https://claude.ai/api/mcp/auth_callback'])).toBe(false);
  });
});

describe('address guard for client metadata documents', () => {
  it.each(['10.1.2.3', '172.20.0.1', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', 'fc00::1', 'fe80::1', '::ffff:10.0.0.1', '::ffff:a00:1', '::'])(
    '%s is refused',
    (address) => expect(isAddressAllowed(address, true)).toBe(false),
  );
  it('allows public addresses; loopback only off Lambda', () => {
    expect(isAddressAllowed('93.184.215.14', false)).toBe(true);
    expect(isAddressAllowed('8.8.8.8', false)).toBe(true);
    expect(isAddressAllowed('::ffff:8.8.8.8', false)).toBe(true);
    expect(isAddressAllowed('2606:4700::1111', false)).toBe(true);
    expect(isAddressAllowed('127.0.0.1', true)).toBe(true);
    expect(isAddressAllowed('127.0.0.1', false)).toBe(false);
    expect(isAddressAllowed('::1', false)).toBe(false);
    expect(isAddressAllowed('::ffff:127.0.0.1', false)).toBe(false);
  });
});

describe('PKCE S256', () => {
  const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  it('matches the verifier of its challenge only', () => {
    expect(isS256Challenge(challenge)).toBe(true);
    expect(verifierMatches(verifier, challenge)).toBe(true);
    expect(verifierMatches(`${verifier.slice(0, -1)}A`, challenge)).toBe(false);
    // A "plain" client sends the verifier itself as the challenge: it is not an S256 challenge of itself.
    expect(verifierMatches(verifier, verifier)).toBe(false);
    expect(verifierMatches('short', challenge)).toBe(false);
  });
});

describe('the query string reaches the request (the authorize page reads it)', () => {
  it('from payload 2.0 rawQueryString and from payload 1.0 parameter maps', () => {
    expect(parseEvent({ version: '2.0', rawPath: '/authorize', rawQueryString: 'a=1&b=2', requestContext: { http: { method: 'GET' } } }).query).toBe('a=1&b=2');
    const v1 = parseEvent({ httpMethod: 'GET', path: '/authorize', multiValueQueryStringParameters: { a: ['1', '2'], b: ['x y'] } });
    expect(new URLSearchParams(v1.query).getAll('a')).toEqual(['1', '2']);
    expect(new URLSearchParams(v1.query).get('b')).toBe('x y');
    expect(parseEvent({}).query).toBe('');
  });
});
