/**
 * The per-request log line, through the real Lambda entry (src/lambda-adapter.ts): fields present, outcome values,
 * LOG_LEVEL, and the caller's API key never written anywhere (stdout or stderr, any level, any header it came in).
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toolCatalog } from '../../src/tools/catalog.js';
import { DEFAULT_SELECTION } from '../../src/tools/selection.js';
import { captureOutput } from './capture.js';
import { functionUrlEvent, initialize } from './events.js';

type Adapter = typeof import('../../src/lambda-adapter.js');

/** A key nobody could mistake for anything else, so a grep for it cannot miss. */
const KEY = 'tfx-LOGTEST-9f8e7d6c5b4a3210-SECRETKEY';
const FINGERPRINT = createHash('sha256').update(KEY).digest('hex').slice(0, 8);
const context = (requestId: string) => ({ awsRequestId: requestId, getRemainingTimeInMillis: () => 30_000 });

let adapter: Adapter;
const savedLevel = process.env.LOG_LEVEL;

beforeEach(async () => {
  // A fresh module per test, so its first invocation is a cold start again.
  vi.resetModules();
  adapter = await import('../../src/lambda-adapter.js');
  process.env.LOG_LEVEL = 'info';
});

afterEach(() => {
  if (savedLevel === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = savedLevel;
});

async function call(event: ReturnType<typeof functionUrlEvent>) {
  return adapter.handleLambdaEvent(event, context(event.requestContext.requestId));
}

describe('request log line', () => {
  it('writes one JSON line per request with the fields CloudWatch queries use', async () => {
    const { lines } = await captureOutput(() =>
      call(functionUrlEvent(initialize(), { 'x-tiflux-api-key': KEY }, { requestId: 'req-fields' })),
    );
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).toMatchObject({
      level: 'info',
      msg: 'request',
      service: 'tiflux-mcp',
      requestId: 'req-fields',
      coldStart: true,
      httpMethod: 'POST',
      path: '/mcp',
      status: 200,
      outcome: 'ok',
      era: 'legacy',
      method: 'initialize',
      upstreamCalls: 0,
      keyFingerprint: FINGERPRINT,
      userAgent: 'vitest-client/1.0',
    });
    // initialize carries no version header: the line names the revision it negotiated (events.ts asks for 2025-06-18).
    expect(line.protocolVersion).toBe('2025-06-18');
    expect(typeof line.durationMs).toBe('number');
    expect(Date.parse(line.timestamp)).not.toBeNaN();
    expect(line.debug).toBeUndefined();
  });

  it('marks only the first invocation of a container as cold', async () => {
    const { lines } = await captureOutput(async () => {
      await call(functionUrlEvent(initialize(1)));
      await call(functionUrlEvent(initialize(2)));
      await call(functionUrlEvent(undefined, {}, { method: 'GET', path: '/health' }));
    });
    expect(lines.map((l) => l.coldStart)).toEqual([true, false, false]);
  });

  it('logs no fingerprint when no key was sent', async () => {
    const { lines } = await captureOutput(() => call(functionUrlEvent(initialize())));
    expect(lines[0]).not.toHaveProperty('keyFingerprint');
  });

  const toolName = () => toolCatalog.listTools(DEFAULT_SELECTION)[0]!.name;
  const outcomes: Array<[string, () => ReturnType<typeof functionUrlEvent>, Record<string, unknown>]> = [
    ['ok for a result', () => functionUrlEvent({ jsonrpc: '2.0', id: 1, method: 'ping' }), { outcome: 'ok', status: 200, method: 'ping' }],
    ['ok for an accepted notification (202)', () => functionUrlEvent({ jsonrpc: '2.0', method: 'notifications/initialized' }), { outcome: 'ok', status: 202, method: 'notifications/initialized' }],
    ['ok for GET /health', () => functionUrlEvent(undefined, {}, { method: 'GET', path: '/health' }), { outcome: 'ok', status: 200, path: '/health' }],
    ['tool_error for a keyless tools/call', () => functionUrlEvent({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: toolName(), arguments: {} } }), { outcome: 'tool_error', status: 200, method: 'tools/call' }],
    ['jsonrpc_error:-32601 for an unknown method', () => functionUrlEvent({ jsonrpc: '2.0', id: 3, method: 'no/such/method' }), { outcome: 'jsonrpc_error:-32601', status: 200 }],
    ['jsonrpc_error:-32602 for an unknown tool', () => functionUrlEvent({ jsonrpc: '2.0', id: 4, method: 'tools/call', params: { name: 'no_such_tool' } }), { outcome: 'jsonrpc_error:-32602', tool: 'no_such_tool' }],
    ['http_400 for malformed JSON', () => functionUrlEvent(undefined, {}, { rawBody: '{"jsonrpc":' }), { outcome: 'http_400', status: 400 }],
    ['http_403 for a foreign Origin', () => functionUrlEvent(initialize(), { origin: 'https://evil.example' }), { outcome: 'http_403', status: 403 }],
    ['http_404 for an unknown path', () => functionUrlEvent(undefined, {}, { method: 'GET', path: '/.well-known/oauth-protected-resource' }), { outcome: 'http_404', status: 404 }],
    ['http_405 for GET /mcp', () => functionUrlEvent(undefined, {}, { method: 'GET' }), { outcome: 'http_405', status: 405 }],
    ['http_406 for an Accept without JSON', () => functionUrlEvent(initialize(), { accept: 'text/event-stream' }), { outcome: 'http_406', status: 406 }],
    ['http_415 for a non-JSON Content-Type', () => functionUrlEvent(initialize(), { 'content-type': 'text/plain' }), { outcome: 'http_415', status: 415 }],
    ['jsonrpc_error:-32600 for a batch with an invalid element after a valid one', () => functionUrlEvent([{ jsonrpc: '2.0', id: 1, method: 'ping' }, 5], { 'mcp-protocol-version': '2025-03-26' }), { outcome: 'jsonrpc_error:-32600', status: 200, method: 'ping' }],
  ];

  it.each(outcomes)('outcome: %s', async (_label, event, expected) => {
    const { lines } = await captureOutput(() => call(event()));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject(expected);
  });

  it('never writes the API key, whichever header carries it, even at LOG_LEVEL=debug', async () => {
    process.env.LOG_LEVEL = 'debug';
    const carriers: Array<Record<string, string>> = [
      { 'x-tiflux-api-key': KEY },
      { 'x-api-key': KEY },
      { authorization: `Bearer ${KEY}` },
    ];
    const requests = [
      initialize(),
      { jsonrpc: '2.0', id: 5, method: 'tools/list' },
      { jsonrpc: '2.0', id: 6, method: 'tools/call', params: { name: 'no_such_tool', arguments: { text: 'x' } } },
      { jsonrpc: '2.0', id: 7, method: 'no/such/method' },
    ];
    const { stdout, stderr, lines } = await captureOutput(async () => {
      for (const headers of carriers) {
        for (const body of requests) await call(functionUrlEvent(body, headers));
        await call(functionUrlEvent(initialize(), { ...headers, origin: 'https://evil.example' }));
        await call(functionUrlEvent(initialize(), { ...headers, 'content-type': 'text/plain' }));
      }
    });
    expect(lines).toHaveLength(carriers.length * (requests.length + 2));
    expect(stdout).not.toContain(KEY);
    expect(stderr).not.toContain(KEY);
    expect(stdout).not.toContain('SECRETKEY');
    for (const line of lines) expect(line.keyFingerprint).toBe(FINGERPRINT);
  });

  it('adds header context (no credentials) only at LOG_LEVEL=debug', async () => {
    process.env.LOG_LEVEL = 'debug';
    const { lines } = await captureOutput(() =>
      call(functionUrlEvent(initialize(), { 'x-tiflux-api-key': KEY, 'content-type': 'text/plain', origin: 'http://localhost:6274' })),
    );
    expect(lines[0]!.debug).toEqual({
      contentType: 'text/plain',
      accept: 'application/json, text/event-stream',
      origin: 'http://localhost:6274',
      requestBytes: expect.any(Number),
      responseBytes: expect.any(Number),
    });
  });

  it.each([
    ['silent', 0],
    ['error', 0],
    ['warn', 0],
    ['info', 1],
    ['debug', 1],
    ['INFO', 1],
    ['verbose (unknown: falls back to info)', 1],
  ])('LOG_LEVEL=%s writes %i line(s) for a successful request', async (level, count) => {
    process.env.LOG_LEVEL = level.split(' ')[0]!;
    const { lines } = await captureOutput(() => call(functionUrlEvent(initialize())));
    expect(lines).toHaveLength(count);
  });
});
