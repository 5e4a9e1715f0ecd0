/**
 * Issue 12: no lookup keyed by outside input reads through the prototype chain. Every Object.prototype name is fed
 * to every table and entry point that takes a client- or upstream-controlled key: JSON-RPC methods (both eras,
 * single and in batches), tool names, every tool's argument names, the Mcp-Name header, file extensions, HTML
 * entities, name queries, lookup list names, paths and network error codes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_SELECTION } from '../../src/tools/selection.js';
import { handleLambdaEvent } from '../../src/lambda-adapter.js';
import { guessContentType } from '../../src/tiflux/uploads.js';
import { errorForFailure } from '../../src/tiflux/error-mapping.js';
import { cachedLookup, clearLookupCache } from '../../src/tiflux/lookup-cache.js';
import { htmlToMarkdown } from '../../src/text/markdown.js';
import { matchName } from '../../src/tools/names/match-names.js';
import { tools } from '../../src/tools/catalog.js';
import { runTool } from '../../src/tools/run-tool.js';
import { checkRequiredRequestHeaders } from '../../src/mcp/modern-headers.js';
import { startSandbox, type SandboxHandle } from '../../sandbox/server.js';

/** Every name Object.prototype answers to, including the legacy accessors. */
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);
const MODERN = '2026-07-28';
const envelope = { 'io.modelcontextprotocol/protocolVersion': MODERN, 'io.modelcontextprotocol/clientCapabilities': {} };

let sandbox: SandboxHandle;
beforeAll(async () => {
  sandbox = await startSandbox();
  process.env.TIFLUX_API_BASE_URL = sandbox.baseUrl;
});
afterAll(async () => {
  await sandbox?.close();
});

async function post(body: unknown, headers: Record<string, string> = {}, path = '/mcp') {
  const res = await handleLambdaEvent(
    {
      version: '2.0',
      rawPath: path,
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-tiflux-api-key': sandbox.keys.admin, ...headers },
      requestContext: { http: { method: 'POST', path }, requestId: 'proto' },
      body: JSON.stringify(body),
      isBase64Encoded: false,
    },
    { awsRequestId: 'proto', getRemainingTimeInMillis: () => 20_000 },
  );
  return { status: res.statusCode, body: JSON.parse(res.body!) as any };
}

it('covers the names that broke things', () => {
  for (const name of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__']) {
    expect(PROTO_NAMES).toContain(name);
  }
});

describe.each(PROTO_NAMES)('Object.prototype name %s', (name) => {
  it('as a JSON-RPC method: -32601 in the 2025 era, single and batched', async () => {
    const single = await post({ jsonrpc: '2.0', id: 1, method: name });
    expect(single.status).toBe(200);
    expect(single.body.error.code).toBe(-32601);
    const batch = await post([{ jsonrpc: '2.0', id: 1, method: name }, { jsonrpc: '2.0', id: 2, method: 'ping' }], { 'mcp-protocol-version': '2025-03-26' });
    expect(batch.status).toBe(200);
    expect(batch.body.map((a: { id: number }) => a.id)).toEqual([1, 2]);
    expect(batch.body[0].error.code).toBe(-32601);
    expect(batch.body[1].result).toEqual({});
  });

  it('as a 2026-07-28 method: the era’s 404 -32601, never the SDK', async () => {
    const res = await post({ jsonrpc: '2.0', id: 1, method: name, params: { _meta: envelope } }, { 'mcp-protocol-version': MODERN, 'mcp-method': name });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: -32601, message: `Method not found: ${name}` });
  });

  it('as a tool name: Unknown tool, -32602', async () => {
    const res = await post({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: {} } });
    expect(res.body.error).toMatchObject({ code: -32602, message: `Unknown tool: ${name}` });
  });

  it('as the method behind an Mcp-Name check: no header is asked for', () => {
    expect(checkRequiredRequestHeaders({ 'mcp-protocol-version': MODERN, 'mcp-method': name }, { jsonrpc: '2.0', id: 1, method: name, params: {} })).toBeUndefined();
  });

  it('as an argument name of every tool: an unknown argument, nothing sent', async () => {
    const before = sandbox.requests.length;
    for (const tool of tools) {
      const args = JSON.parse(`{${JSON.stringify(name)}: 1}`) as Record<string, unknown>;
      const result = await runTool(tool, args, { apiKey: sandbox.keys.admin, remainingTimeMs: () => 10_000, selection: ALL_SELECTION });
      expect(result.isError, tool.name).toBe(true);
    }
    expect(sandbox.requests.length).toBe(before);
  });

  it('as a file extension, an HTML entity, a name query, a lookup list, a path and an error code', async () => {
    expect(guessContentType(`report.${name}`)).toBe('application/octet-stream');
    expect(guessContentType(`report.${name.toUpperCase()}`)).toBe('application/octet-stream');
    // The text module's entity decoding (docs/text.md): the HTML parser's own table, never a plain-object lookup.
    expect(await htmlToMarkdown(`<p>a &${name}; b</p>`)).toBe(`a &${name}; b`);
    expect(matchName(name, [{ name: 'Padaria' }], (item) => [item.name]).kind).toBe('none');
    clearLookupCache();
    expect(await cachedLookup('digest', name, async () => ['own'])).toEqual(['own']);
    const missing = await post({ jsonrpc: '2.0', id: 1, method: 'ping' }, {}, `/${name}`);
    expect(missing.status).toBe(404);
    const failure = errorForFailure({ method: 'GET', path: '/x', action: 'read x' }, { kind: 'network', code: name });
    expect(failure.userMessage).toContain('the connection to TiFlux failed');
  });
});
