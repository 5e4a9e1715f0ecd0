/**
 * Row 14 of docs/protocol.md#test-table-2026-07-28: header names in any case, values with optional whitespace. Over HTTP (node:http
 * keeps the name casing and the spaces on the wire), and as Lambda events, because Node's HTTP parser strips OWS
 * before the emulator sees it while a Function URL event may carry the value as sent.
 */
import { describe, expect, it, vi } from 'vitest';
import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { E, expectOk, R, rawPost, useEndpoint } from './wire.js';

vi.mock('../../src/tools/catalog.js', async () => ({ toolCatalog: (await import('./fixture-catalog.js')).fixtureCatalog }));

const endpoint = useEndpoint();

describe('row 14 over HTTP', () => {
  it('Mcp-Method "  tools/list  " with upper-case header names → 200', async () => {
    const res = await rawPost(
      endpoint.url(),
      { 'Content-Type': 'application/json', 'MCP-PROTOCOL-VERSION': '2026-07-28', 'MCP-METHOD': '  tools/list  ' },
      R(14, 'tools/list', { _meta: E }),
    );
    expectOk(res, 14);
  });

  it('row 21: Mcp-Name "  echo  " → 200', async () => {
    const res = await rawPost(
      endpoint.url(),
      { 'content-type': 'application/json', 'Mcp-Protocol-Version': '2026-07-28', 'Mcp-Method': 'tools/call', 'Mcp-Name': '  echo  ', 'X-TiFlux-Api-Key': 'k' },
      R(21, 'tools/call', { _meta: E, name: 'echo', arguments: { text: 'hi' } }),
    );
    expectOk(res, 21);
  });
});

/** A Function URL event whose header values are exactly as given (names in mixed case, as some proxies send). */
function event(headers: Record<string, string>, body: unknown) {
  return {
    version: '2.0',
    rawPath: '/mcp',
    headers: { 'Content-Type': 'application/json', ...headers },
    requestContext: { http: { method: 'POST', path: '/mcp' }, requestId: 'ows-test' },
    body: JSON.stringify(body),
    isBase64Encoded: false,
  };
}

async function invoke(headers: Record<string, string>, body: unknown): Promise<APIGatewayProxyStructuredResultV2> {
  const { handler } = await import('../../src/handler.js');
  return handler(event(headers, body), {} as Context);
}

describe('row 14 as Lambda events (values not pre-trimmed)', () => {
  it('strips spaces and tabs around Mcp-Method, Mcp-Name and MCP-Protocol-Version', async () => {
    const res = await invoke(
      { 'MCP-Protocol-Version': ' \t2026-07-28 ', 'Mcp-Method': '\t tools/call  ', 'MCP-NAME': '  =?base64?ZWNobw==?=\t', 'x-tiflux-api-key': 'k' },
      R(1, 'tools/call', { _meta: E, name: 'echo', arguments: { text: 'hi' } }),
    );
    expect(res.statusCode, String(res.body)).toBe(200);
    expect(JSON.parse(String(res.body)).result.content).toEqual([{ type: 'text', text: 'hi' }]);
  });

  it('whitespace inside a value still counts: "tools/ list" is a mismatch', async () => {
    const res = await invoke({ 'MCP-Protocol-Version': '2026-07-28', 'Mcp-Method': 'tools/ list' }, R(1, 'tools/list', { _meta: E }));
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(String(res.body)).error.code).toBe(-32020);
  });
});
