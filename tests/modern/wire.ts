/**
 * The notation of docs/protocol.md#test-table-2026-07-28 as code (E, MH, R, OK, ERR), plus a raw-HTTP sender for the rows about
 * header spelling that fetch would normalise away.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, expect } from 'vitest';
import { startLocalEndpoint } from '../../test-lambda-local.js';
import type { LocalEndpoint } from '../../test-lambda-local.js';
import type { RawResponse } from '../helpers/http.js';

export const REVISION = '2026-07-28';

/** The full envelope `E`. */
export const E = {
  'io.modelcontextprotocol/protocolVersion': REVISION,
  'io.modelcontextprotocol/clientCapabilities': {},
  'io.modelcontextprotocol/clientInfo': { name: 't', version: '1' },
};

/** `E` with some keys removed or replaced. */
export function envelope(changes: Record<string, unknown> = {}, drop: string[] = []): Record<string, unknown> {
  const meta: Record<string, unknown> = { ...E, ...changes };
  for (const key of drop) delete meta[key];
  return meta;
}

export const API_KEY = 'modern-test-key';

/** `MH(m[,n])`, plus the API key (tools/call needs one; docs/design-choices.md#credentials: nothing else does). */
export function MH(method: string, name?: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
    'mcp-protocol-version': REVISION,
    'mcp-method': method,
    ...(name === undefined ? {} : { 'mcp-name': name }),
    'x-tiflux-api-key': API_KEY,
  };
}

export function without(headers: Record<string, string>, ...names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));
}

/** `R(id, m, p)`; `p` omitted means no params member at all. */
export function R(id: string | number | null, method: string, params?: Record<string, unknown>) {
  return params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params };
}

/** Every JSON answer: JSON content type, no session id. */
export function expectJsonAnswer(res: RawResponse): void {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(res.headers.get('mcp-session-id')).toBeNull();
}

/** `OK(x)`: 200, the same id, `resultType: "complete"` and serverInfo in `_meta`. Returns the result. */
export function expectOk(res: RawResponse, id: string | number): Record<string, any> {
  expect(res.status, res.text).toBe(200);
  expectJsonAnswer(res);
  expect(res.json).toMatchObject({ jsonrpc: '2.0', id });
  expect(res.json.error, res.text).toBeUndefined();
  expect(res.json.result.resultType).toBe('complete');
  expect(res.json.result._meta['io.modelcontextprotocol/serverInfo']).toEqual({ name: 'tiflux-mcp', title: 'TiFlux', version: expect.any(String) });
  return res.json.result;
}

/** `ERR(s, c)`: that status, a JSON-RPC error with that code and the given id. Returns the error object. */
export function expectErr(res: RawResponse, status: number, code: number, id: string | number | null): Record<string, any> {
  expect(res.status, res.text).toBe(status);
  expectJsonAnswer(res);
  expect(res.json, res.text).toMatchObject({ jsonrpc: '2.0', id, error: { code } });
  expect(res.json.result).toBeUndefined();
  return res.json.error;
}

/**
 * POST with node:http, which keeps header-name casing on the wire and does not trim values (fetch normalises both).
 * Note that Node's server-side parser strips OWS again before the emulator sees it, so the lambda-event tests cover
 * untrimmed values reaching the handler.
 */
export function rawPost(url: string, headers: Record<string, string>, body: unknown): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = request(url, { method: 'POST', headers: { ...headers, 'Content-Length': String(Buffer.byteLength(payload)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (typeof value === 'string') responseHeaders.set(name, value);
        }
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: responseHeaders, text, json });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** Starts the emulator (handler from src/, so the test file's vi.mock applies) for one test file. */
export function useEndpoint(): { url: () => string } {
  let endpoint: LocalEndpoint | undefined;
  beforeAll(async () => {
    process.env.LOG_LEVEL = 'silent';
    endpoint = await startLocalEndpoint();
  });
  afterAll(async () => {
    await endpoint?.close();
  });
  return {
    url: () => {
      if (!endpoint) throw new Error('endpoint not started');
      return endpoint.url;
    },
  };
}
