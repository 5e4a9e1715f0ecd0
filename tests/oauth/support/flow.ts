/** Raw-HTTP steps of the OAuth flow, for tests that need to bend one step (negative cases, browser, mcp-remote). */
import { createHash, randomBytes } from 'node:crypto';
import { signIn } from './stack.js';

export interface Pkce {
  verifier: string;
  challenge: string;
}

export function pkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export async function register(baseUrl: string, metadata: Record<string, unknown>): Promise<{ status: number; json: any }> {
  const response = await fetch(`${baseUrl}/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(metadata),
  });
  return { status: response.status, json: await response.json() };
}

export async function registeredClient(baseUrl: string, redirectUri: string): Promise<string> {
  const { status, json } = await register(baseUrl, { client_name: 'Negative-case client', redirect_uris: [redirectUri], token_endpoint_auth_method: 'none' });
  if (status !== 201) throw new Error(`registration failed: ${JSON.stringify(json)}`);
  return json.client_id as string;
}

export function authorizeUrl(baseUrl: string, params: Record<string, string | undefined>): URL {
  const url = new URL(`${baseUrl}/authorize`);
  for (const [name, value] of Object.entries({ response_type: 'code', code_challenge_method: 'S256', ...params })) {
    if (value !== undefined) url.searchParams.set(name, value);
  }
  return url;
}

/** Register (unless given a client), authorize with `key` and return the code and what redeeming it needs. */
export async function obtainCode(
  baseUrl: string,
  key: string,
  options: { clientId?: string; redirectUri?: string; resource?: string } = {},
): Promise<{ code: string; clientId: string; redirectUri: string; verifier: string }> {
  const redirectUri = options.redirectUri ?? 'http://127.0.0.1:49152/callback';
  const clientId = options.clientId ?? (await registeredClient(baseUrl, redirectUri));
  const { verifier, challenge } = pkce();
  const url = authorizeUrl(baseUrl, { client_id: clientId, redirect_uri: redirectUri, code_challenge: challenge, state: 's1', resource: options.resource ?? `${baseUrl}/mcp` });
  const answer = await signIn(url, key);
  if (answer.status !== 303) throw new Error(`authorize answered ${answer.status}: ${answer.html.slice(0, 500)}`);
  const code = new URL(answer.location!).searchParams.get('code');
  if (!code) throw new Error(`no code in ${answer.location}`);
  return { code, clientId, redirectUri, verifier };
}

export async function token(baseUrl: string, params: Record<string, string | undefined>, as: 'form' | 'json' = 'form') {
  const fields = Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined));
  const response = await fetch(`${baseUrl}/token`, {
    method: 'POST',
    headers: { 'content-type': as === 'form' ? 'application/x-www-form-urlencoded' : 'application/json' },
    body: as === 'form' ? new URLSearchParams(fields).toString() : JSON.stringify(fields),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as any };
}

export async function redeem(baseUrl: string, got: { code: string; clientId: string; redirectUri: string; verifier: string }) {
  return token(baseUrl, {
    grant_type: 'authorization_code',
    code: got.code,
    client_id: got.clientId,
    redirect_uri: got.redirectUri,
    code_verifier: got.verifier,
    resource: `${baseUrl}/mcp`,
  });
}

/** A tools/list (or any method) POSTed to the MCP endpoint with the given headers. */
export async function mcp(url: string, headers: Record<string, string>, method = 'tools/list', params?: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-06-18', ...headers },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as any };
}

/** The same token with one character of its ciphertext changed. */
export function tamper(tokenValue: string): string {
  const parts = tokenValue.split('.');
  const body = parts[3]!;
  const flipped = (body[5] === 'A' ? 'B' : 'A') + body.slice(6);
  parts[3] = body.slice(0, 5) + flipped;
  return parts.join('.');
}
