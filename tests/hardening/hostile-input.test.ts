/**
 * Hostile input (issue 6), generated and bounded: random and malformed bodies, 10,000-level nesting, bodies around
 * the 5 MiB limit, prototype-pollution keys in every position, invalid UTF-8 and lone surrogates, odd headers, every
 * HTTP method, odd paths, malformed Lambda events, and every tool with wrong argument types. Driven through the
 * handler directly (Function URL, HTTP API v2 and REST v1 events) and through the local emulator over real HTTP.
 *
 * The invariants (support.ts answerProblems): never a 5xx; every JSON content type carries valid JSON and a JSON-RPC
 * envelope; 4xx always JSON-RPC errors; 202/204 and HEAD without a body; no CR/LF in a header; the key never echoed.
 * Around them: no unhandled rejection, Object.prototype untouched, every log line one bounded JSON object without the
 * key, the process still serving after the storm, and heap flat across rounds.
 *
 * Seeded (HARDENING_SEED to change it); SOAK=1 runs ten times the generated cases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SELECTION } from '../../src/tools/selection.js';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { handler } from '../../src/handler.js';
import { answerBatch } from '../../src/mcp/legacy-endpoint.js';
import { escapedBytes } from '../../src/mcp/payload-guard.js';
import { startLocalEndpoint, type LocalEndpoint } from '../../test-lambda-local.js';
import { startSandbox, type SandboxHandle } from '../../sandbox/server.js';
import {
  ACCEPTS,
  CONTENT_TYPES,
  defineOwn,
  METHODS,
  MODERN_VERSION,
  ORIGINS,
  PATHS,
  POLLUTION_KEYS,
  PROTOCOL_VERSION_VALUES,
  randomBadUtf8,
  randomBodyText,
} from './generators.js';
import {
  answerProblems,
  captureOutput,
  EVENT_SHAPES,
  fromLambda,
  isNodeParserAnswer,
  heapUsedAfterGc,
  lambdaContext,
  pool,
  prng,
  prototypeSnapshot,
  SEED,
  sendRaw,
  sendSocket,
  SOAK,
  toEvent,
  watchProcess,
  type Answer,
  type EventShape,
  type RawRequest,
} from './support.js';

const MiB = 1024 * 1024;
const LIMIT = 5 * MiB;
/** A key nobody else uses, so finding it anywhere (body, logs) is unambiguous. */
const MARKER_KEY = 'hostile-marker-key-5f0c9a1e7d3b2468';

let sandbox: SandboxHandle;
let endpoint: LocalEndpoint;
let watch: ReturnType<typeof watchProcess>;
let logs: ReturnType<typeof captureOutput>;
let prototypesBefore: string;
let toolNames: string[] = [];
/** Problems with the server's log lines, found as they are written (a storm writes thousands). */
const badLogLines: string[] = [];
function inspectLogLine(line: string): void {
  if (badLogLines.length > 20) return;
  if (line.includes(MARKER_KEY) || (sandbox && line.includes(sandbox.keys.admin))) badLogLines.push(`key in log: ${line.slice(0, 200)}`);
  if (line.length > 16 * 1024) badLogLines.push(`log line of ${line.length} chars: ${line.slice(0, 200)}`);
  try {
    const parsed: unknown = JSON.parse(line);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) badLogLines.push(`log line not an object: ${line.slice(0, 200)}`);
  } catch {
    badLogLines.push(`log line not JSON: ${line.slice(0, 200)}`);
  }
}
let tools: Tool[] = [];
const savedEnv = { base: process.env.TIFLUX_API_BASE_URL, level: process.env.LOG_LEVEL };

beforeAll(async () => {
  prototypesBefore = prototypeSnapshot();
  watch = watchProcess();
  sandbox = await startSandbox();
  // Never the real TiFlux: every tool call in this file lands on the sandbox.
  process.env.TIFLUX_API_BASE_URL = sandbox.baseUrl;
  endpoint = await startLocalEndpoint({ handler: handler as never });
  const list = await direct('function-url', post({ jsonrpc: '2.0', id: 1, method: 'tools/list' }));
  tools = (JSON.parse(list.body.toString()) as { result: { tools: Tool[] } }).result.tools;
  toolNames = tools.map((t) => t.name);
  // The server's own log lines are part of what is checked: at info, one per request.
  process.env.LOG_LEVEL = 'info';
  logs = captureOutput({ onLine: inspectLogLine });
});

afterAll(async () => {
  logs?.stop();
  watch?.stop();
  process.env.TIFLUX_API_BASE_URL = savedEnv.base;
  process.env.LOG_LEVEL = savedEnv.level;
  await endpoint?.close();
  await sandbox?.close();
});

// ---------------------------------------------------------------------------------------------------------------

function post(body: unknown, headers: [string, string][] = [], path = '/mcp'): RawRequest {
  return {
    method: 'POST',
    path,
    headers: [['content-type', 'application/json'], ['accept', 'application/json, text/event-stream'], ...headers],
    body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  };
}

async function withDeadline<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms (a hang): ${label}`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function direct(shape: EventShape, req: RawRequest): Promise<Answer> {
  const label = `${shape} ${req.method} ${req.path}`;
  return fromLambda(await withDeadline(handler(toEvent(shape, req), lambdaContext()), 15_000, label));
}

/** Header values node:http can put on the wire (it refuses control characters and code points above 0xff). */
const WIRE_SAFE = /^[\t\x20-\x7e\x80-\xff]*$/;
function wireSafe(req: RawRequest): RawRequest {
  return { ...req, headers: req.headers.filter(([n, v]) => /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(n) && WIRE_SAFE.test(v)) };
}

/** Collects failures with enough context to replay them, instead of stopping at the first. */
function failures() {
  const list: string[] = [];
  return {
    list,
    check(answer: Answer, req: RawRequest, label: string, secrets: string[] = [MARKER_KEY]) {
      if (label.endsWith('(http)') && isNodeParserAnswer(answer)) return;
      const problems = answerProblems(answer, { method: req.method, path: req.path.split('?')[0]!, secrets });
      if (problems.length > 0) {
        const body = typeof req.body === 'string' ? req.body.slice(0, 200) : req.body ? `<${req.body.length} bytes>` : '';
        list.push(`${label}: ${problems.join('; ')} | status ${answer.status} | ${answer.body.toString().slice(0, 200)} | sent ${body}`);
      }
    },
    error(label: string, error: unknown) {
      list.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    },
  };
}

function randomHeaders(rng: ReturnType<typeof prng>): [string, string][] {
  const h: [string, string][] = [];
  const r = rng.next();
  h.push(['content-type', r < 0.75 ? 'application/json' : rng.pick(CONTENT_TYPES)]);
  if (rng.chance(0.8)) h.push(['accept', rng.chance(0.7) ? 'application/json, text/event-stream' : rng.pick(ACCEPTS)]);
  if (rng.chance(0.4)) h.push(['mcp-protocol-version', rng.pick(PROTOCOL_VERSION_VALUES)]);
  if (rng.chance(0.3)) h.push(['x-tiflux-api-key', rng.chance(0.5) ? MARKER_KEY : sandbox.keys.admin]);
  if (rng.chance(0.05)) h.push(['authorization', `Bearer ${MARKER_KEY}`]);
  if (rng.chance(0.1)) h.push(['origin', rng.pick(ORIGINS)]);
  if (rng.chance(0.1)) h.push(['mcp-method', rng.pick(['tools/list', 'tools/call', 'ping', '', '\u0000x'])]);
  if (rng.chance(0.1)) h.push(['mcp-name', rng.pick(['get_ticket', '=?base64?Z2V0X3RpY2tldA==?=', '=?base64?!!?=', '=?base64?/w==?=', ''])]);
  if (rng.chance(0.05)) h.push(['content-type', 'text/plain']); // a duplicate
  if (rng.chance(0.05)) h.push(['user-agent', 'evil\n{"level":"error"}\r\n\ud800']);
  return h;
}

// ---------------------------------------------------------------------------------------------------------------

describe('hostile input', () => {
  it('random, mutated and broken bodies with random headers, in all three event shapes', async () => {
    const rng = prng(SEED);
    const f = failures();
    const cases = 1500 * SOAK;
    for (let i = 0; i < cases; i++) {
      const shape = EVENT_SHAPES[i % 3]!;
      const req: RawRequest = { method: 'POST', path: '/mcp', headers: randomHeaders(rng), body: randomBodyText(rng, toolNames) };
      if (rng.chance(0.03)) req.method = rng.pick(METHODS);
      if (rng.chance(0.03)) req.path = rng.pick(PATHS);
      try {
        f.check(await direct(shape, req), req, `seed ${SEED} case ${i} (${shape})`, [MARKER_KEY]);
      } catch (error) {
        f.error(`seed ${SEED} case ${i} (${shape})`, error);
      }
    }
    expect(f.list.slice(0, 10)).toEqual([]);
  });

  it('the same generator over real HTTP through the emulator, 8 clients at a time', async () => {
    const rng = prng(SEED + 1);
    const f = failures();
    const reqs = Array.from({ length: 400 * SOAK }, () =>
      wireSafe({ method: 'POST', path: '/mcp', headers: randomHeaders(rng), body: randomBodyText(rng, toolNames) }),
    );
    await pool(reqs, 8, async (req, i) => {
      try {
        f.check(await sendRaw(endpoint.baseUrl, req), req, `http case ${i}`);
      } catch (error) {
        f.error(`http case ${i}`, error);
      }
    });
    expect(f.list.slice(0, 10)).toEqual([]);
  });

  it('10,000-level nesting (arrays and objects) at the top, in params, arguments, _meta, id and a batch', async () => {
    const f = failures();
    const deepArray = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const unclosed = '['.repeat(10_000);
    const bodies: [string, string, [string, string][]?][] = [];
    for (const [kind, deep] of [['array', deepArray], ['object', deepObject]] as const) {
      bodies.push(
        [`top-level ${kind}`, deep],
        [`params.x ${kind}`, `{"jsonrpc":"2.0","id":1,"method":"ping","params":{"x":${deep}}}`],
        [`params ${kind}`, `{"jsonrpc":"2.0","id":1,"method":"ping","params":${deep}}`],
        [`arguments ${kind}`, `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_ticket","arguments":{"ticket_number":${deep}}}}`, [['x-tiflux-api-key', MARKER_KEY]]],
        [`arguments root ${kind}`, `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_ticket","arguments":${deep}}}`, [['x-tiflux-api-key', MARKER_KEY]]],
        [`_meta ${kind}`, `{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"x":${deep}}}}`],
        [`_meta itself ${kind}`, `{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":${deep}}}`],
        [`modern capabilities ${kind}`, `{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"${MODERN_VERSION}","io.modelcontextprotocol/clientCapabilities":${deep}}}}`, [['mcp-protocol-version', MODERN_VERSION], ['mcp-method', 'tools/list']]],
        [`initialize capabilities ${kind}`, `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","clientInfo":{"name":"a","version":"1"},"capabilities":${deep}}}`],
        [`id ${kind}`, `{"jsonrpc":"2.0","id":${deep},"method":"ping"}`],
        [`batch element ${kind}`, `[{"jsonrpc":"2.0","id":1,"method":"ping","params":{"_meta":{"x":${deep}}}},${deep}]`],
        [`response result ${kind}`, `{"jsonrpc":"2.0","id":1,"result":${deep}}`],
      );
    }
    bodies.push(['unclosed', unclosed], ['deep string escapes', `"${'\\\\'.repeat(100_000)}"`]);
    for (const [label, body, headers = []] of bodies) {
      for (const shape of EVENT_SHAPES) {
        const req = post(body, headers);
        try {
          f.check(await direct(shape, req), req, `${label} (${shape})`);
        } catch (error) {
          f.error(`${label} (${shape})`, error);
        }
      }
      const req = post(body, headers);
      f.check(await sendRaw(endpoint.baseUrl, req), req, `${label} (http)`);
    }
    expect(f.list).toEqual([]);
  });

  it('bodies just under, at and over the 5 MiB limit: served or 413, never a crash', async () => {
    const f = failures();
    const envelopeBytes = (inner: string) => Buffer.byteLength(inner);
    const fill = (template: (pad: string) => string, target: number) => {
      const empty = envelopeBytes(template(''));
      return template('x'.repeat(Math.max(0, target - empty)));
    };
    const cases: [string, string, number][] = [];
    const sizes: [string, number][] = [['under', LIMIT - 1], ['at', LIMIT], ['over', LIMIT + 1], ['well over', LIMIT + 512 * 1024]];
    for (const [size, target] of sizes) {
      const expected = target > LIMIT ? 413 : 200;
      cases.push(
        [`huge tool argument ${size}`, fill((p) => `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"create_ticket","arguments":{"title":"t","description":"${p}"}}}`, target), expected],
        [`huge method ${size}`, fill((p) => `{"jsonrpc":"2.0","id":1,"method":"${p}"}`, target), expected],
        [`huge id ${size}`, fill((p) => `{"jsonrpc":"2.0","id":"${p}","method":"ping"}`, target), expected],
        [`huge unknown tool name ${size}`, fill((p) => `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"${p}"}}`, target), expected],
        [`huge _meta claim ${size}`, fill((p) => `{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"9${p}","io.modelcontextprotocol/clientCapabilities":{}}}}`, target), target > LIMIT ? 413 : 400],
      );
    }
    // Huge arrays: ~870,000 small elements, under the limit.
    const items = Array.from({ length: Math.floor((LIMIT - 200) / 6) }, () => '12345').join(',');
    cases.push(['huge array argument', `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_ticket","arguments":{"ticket_number":[${items}]}}}`, 200]);
    // A batch is capped at 100 messages (it amplified: see legacy-endpoint.ts).
    cases.push(['huge batch of notifications', `[${Array.from({ length: 20_000 }, (_, i) => `{"jsonrpc":"2.0","method":"notifications/x${i}"}`).join(',')}]`, 400]);
    cases.push(['huge batch of pings', `[${Array.from({ length: 100_000 }, (_, i) => `{"jsonrpc":"2.0","id":${i},"method":"ping"}`).join(',')}]`, 400]);
    for (const [label, body, expected] of cases) {
      for (const shape of ['function-url', 'rest-v1'] as const) {
        const req = post(body, [['x-tiflux-api-key', MARKER_KEY]]);
        const answer = await direct(shape, req);
        f.check(answer, req, `${label} (${shape})`);
        if (answer.status !== expected) f.error(`${label} (${shape})`, `status ${answer.status}, expected ${expected}: ${answer.body.toString().slice(0, 200)}`);
      }
      const req = post(body, [['x-tiflux-api-key', MARKER_KEY]]);
      const answer = await sendRaw(endpoint.baseUrl, req);
      f.check(answer, req, `${label} (http)`);
      if (answer.status !== expected) f.error(`${label} (http)`, `status ${answer.status}, expected ${expected}`);
      // The same bytes base64-encoded (as AWS sends a non-text body): the limit is on decoded bytes.
      const raw = post(Buffer.from(body), [['x-tiflux-api-key', MARKER_KEY]]);
      const b64 = await direct('http-api-v2', raw);
      if (b64.status !== expected) f.error(`${label} (base64)`, `status ${b64.status}, expected ${expected}`);
    }
    expect(f.list).toEqual([]);
  });

  it('batches cannot amplify: at most 100 messages, answers budgeted on the final (escaped) payload', async () => {
    const batch = (n: number, message: (i: number) => unknown) => JSON.stringify(Array.from({ length: n }, (_, i) => message(i)));
    const headers: [string, string][] = [['x-tiflux-api-key', sandbox.keys.admin]];
    // 101 messages → one Invalid Request, before any work.
    const tooMany = await direct('function-url', post(batch(101, (i) => ({ jsonrpc: '2.0', id: i, method: 'tools/list' })), headers));
    expect(tooMany.status).toBe(400);
    expect(JSON.parse(tooMany.body.toString())).toMatchObject({ id: null, error: { code: -32600, message: expect.stringMatching(/at most 100 messages/) } });
    // Every element is answered by id, in order: a result, or an error saying it did not fit / was not run; the
    // body as Lambda carries it (escaped once more) stays within the 5 MiB budget plus the short errors.
    const budgeted = (body: string) => {
      expect(escapedBytes(body)).toBeLessThanOrEqual(5 * MiB + 100 * 300);
      const answers = JSON.parse(body) as { id: number; result?: { isError?: boolean }; error?: { code: number; message: string } }[];
      expect(answers.map((a) => a.id)).toEqual(Array.from({ length: 100 }, (_, i) => i));
      for (const a of answers) {
        if (a.error) expect(a.error).toMatchObject({ code: -32000, message: expect.stringMatching(/^(Response too large|Not run)/) });
        else expect(a.result?.isError).not.toBe(true);
      }
      return answers;
    };
    const lists = await direct('function-url', post(batch(100, (i) => ({ jsonrpc: '2.0', id: i, method: 'tools/list' })), headers));
    expect(lists.status).toBe(200);
    expect(budgeted(lists.body.toString()).filter((a) => a.result).length).toBeGreaterThan(0);
    const big = await direct(
      'function-url',
      post(batch(100, (i) => ({ jsonrpc: '2.0', id: i, method: 'tools/call', params: { name: 'list_tickets', arguments: { desk_name: 'Suporte', limit: 200, offset: 1 } } })), headers),
    );
    expect(big.status).toBe(200);
    budgeted(big.body.toString());
    // A small budget shows the mechanism: answers past it become errors naming their id, and once it is spent
    // the remaining elements are not run at all.
    const ctx = { apiKey: undefined, remainingTimeMs: () => 10_000, selection: DEFAULT_SELECTION, trace: { upstreamCalls: 0 } };
    const pings = Array.from({ length: 10 }, (_, i) => ({ jsonrpc: '2.0', id: i, method: 'ping' }));
    const cutText = (await answerBatch(pings, ctx, 150))!;
    const cutAnswers = JSON.parse(cutText) as { id: number; result?: unknown; error?: { code: number; message: string } }[];
    expect(cutAnswers.map((a) => a.id)).toEqual(Array.from({ length: 10 }, (_, i) => i));
    expect(cutAnswers.filter((a) => a.result).length).toBeGreaterThan(0);
    expect(cutAnswers.filter((a) => a.result).length).toBeLessThan(10);
    expect(cutAnswers[9]!.error).toMatchObject({ code: -32000, message: expect.stringMatching(/^(Response too large|Not run)/) });
    // The log line says so too: the first answer that was not ok decides the outcome (observability/outcome.ts).
    expect(ctx.trace).toMatchObject({ outcome: 'jsonrpc_error:-32000' });
    // Over HTTP too: the emulator gets an answer it can send (not a 502).
    const overHttp = await sendRaw(endpoint.baseUrl, post(batch(100, (i) => ({ jsonrpc: '2.0', id: i, method: 'tools/list' })), headers));
    expect(overHttp.status).toBe(200);
  });

  it('prototype-pollution keys in every position: answered, and no prototype changes', async () => {
    const f = failures();
    const payloads: unknown[] = [{ polluted: 'yes' }, { prototype: { polluted: 'yes' } }, 'yes', null, [1], { toString: 1, valueOf: 1, hasOwnProperty: 1 }];
    type Builder = (key: string, value: unknown) => Record<string, unknown>;
    const at = (path: string[], base: () => Record<string, unknown>): Builder => (key, value) => {
      const message = base();
      let target = message;
      for (const step of path) target = target[step] as Record<string, unknown>;
      defineOwn(target, key, value);
      return message;
    };
    const call = () => ({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_ticket', arguments: { ticket_number: '84429' }, _meta: { progressToken: 't' } } });
    const modern = () => ({
      jsonrpc: '2.0', id: 1, method: 'tools/call',
      params: { name: 'get_ticket', arguments: { ticket_number: '84429' }, _meta: { 'io.modelcontextprotocol/protocolVersion': MODERN_VERSION, 'io.modelcontextprotocol/clientCapabilities': {} } },
    });
    const init = () => ({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'a', version: '1' } } });
    const positions: [string, Builder, [string, string][]][] = [
      ['top level', at([], call), []],
      ['params', at(['params'], call), []],
      ['arguments', at(['params', 'arguments'], call), []],
      ['_meta', at(['params', '_meta'], call), []],
      ['modern _meta', at(['params', '_meta'], modern), [['mcp-protocol-version', MODERN_VERSION], ['mcp-method', 'tools/call'], ['mcp-name', 'get_ticket']]],
      ['modern capabilities', (k, v) => at(['params', '_meta', 'io.modelcontextprotocol/clientCapabilities'], modern)(k, v), [['mcp-protocol-version', MODERN_VERSION], ['mcp-method', 'tools/call'], ['mcp-name', 'get_ticket']]],
      ['initialize capabilities', at(['params', 'capabilities'], init), []],
      ['initialize clientInfo', at(['params', 'clientInfo'], init), []],
      ['ping top level', at([], () => ({ jsonrpc: '2.0', id: 1, method: 'ping' })), []],
      ['notification', at([], () => ({ jsonrpc: '2.0', method: 'notifications/initialized' })), []],
      ['response', at([], () => ({ jsonrpc: '2.0', id: 1, result: {} })), []],
    ];
    let n = 0;
    for (const [label, build, extra] of positions) {
      for (const key of POLLUTION_KEYS) {
        for (const value of payloads) {
          const body = JSON.stringify(build(key, value));
          const headers: [string, string][] = [['x-tiflux-api-key', sandbox.keys.admin], ...extra];
          const shape = EVENT_SHAPES[n++ % 3]!;
          const req = post(body, headers);
          try {
            const answer = await direct(shape, req);
            f.check(answer, req, `${label} ${key} (${shape})`, []);
          } catch (error) {
            f.error(`${label} ${key} (${shape})`, error);
          }
        }
        // Over HTTP too, and as a header name.
        const req = post(JSON.stringify(build(key, { polluted: 'yes' })), [['x-tiflux-api-key', sandbox.keys.admin], [key, 'yes'], ...extra]);
        try {
          f.check(await sendRaw(endpoint.baseUrl, req), req, `${label} ${key} (http)`, []);
        } catch (error) {
          f.error(`${label} ${key} (http)`, error);
        }
      }
    }
    // Pollution keys as header names inside the events themselves.
    for (const shape of EVENT_SHAPES) {
      const req = post({ jsonrpc: '2.0', id: 1, method: 'ping' }, POLLUTION_KEYS.map((k) => [k, '{"polluted":"yes"}'] as [string, string]));
      f.check(await direct(shape, req), req, `header names (${shape})`);
    }
    expect(f.list).toEqual([]);
    expect(prototypeSnapshot()).toBe(prototypesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('invalid UTF-8 bytes and lone surrogates: in bodies (base64 events and raw HTTP), arguments, keys and headers', async () => {
    const rng = prng(SEED + 2);
    const f = failures();
    for (let i = 0; i < 150 * SOAK; i++) {
      const bytes = randomBadUtf8(rng);
      const req = post(bytes, [['x-tiflux-api-key', MARKER_KEY]]);
      const shape = EVENT_SHAPES[i % 3]!;
      f.check(await direct(shape, req), req, `bad utf-8 ${i} (${shape})`);
      if (i % 5 === 0) f.check(await sendRaw(endpoint.baseUrl, req), req, `bad utf-8 ${i} (http)`);
    }
    const surrogateBodies = [
      '{"jsonrpc":"2.0","id":"\\ud800","method":"ping"}',
      '{"jsonrpc":"2.0","id":1,"method":"\\udfff"}',
      '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"\\ud800"}}',
      '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_ticket","arguments":{"ticket_number":"\\ud800"}}}',
      ...toolNames.map((name) => `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"${name}","arguments":{"title":"\\ud800","description":"\\udc00x","client_name":"\\ud83d","desk_name":"\\ud800","query":"\\ud800","name":"\\ud800"}}}`),
      `{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"\\ud800","io.modelcontextprotocol/clientCapabilities":{}}}}`,
      '{"jsonrpc":"2.0","id":1,"method":"logging/setLevel","params":{"level":"\\ud800"}}',
    ];
    for (const body of surrogateBodies) {
      for (const shape of EVENT_SHAPES) {
        const req = post(body, [['x-tiflux-api-key', sandbox.keys.admin]]);
        f.check(await direct(shape, req), req, `surrogate ${body.slice(0, 60)} (${shape})`, []);
      }
    }
    // A lone surrogate (and other non-latin1 text) in header values: possible in an event, not on the wire.
    // (Values that are not the key header must not contain the marker: Origin and the version header are echoed.)
    const headerValues = ['\ud800', 'ключ\udc00', 'ключ', '\u0000', '😀'];
    for (const value of headerValues) {
      for (const name of ['x-tiflux-api-key', 'mcp-protocol-version', 'accept', 'content-type', 'origin', 'mcp-name', 'authorization']) {
        for (const shape of EVENT_SHAPES) {
          const req = post({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_ticket', arguments: { ticket_number: '84429' } } }, [[name, value]]);
          f.check(await direct(shape, req), req, `header ${name}=${JSON.stringify(value)} (${shape})`);
        }
      }
    }
    // latin1 bytes in a key on the wire (valid HTTP, invalid as a TiFlux key).
    const req = post({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_ticket', arguments: { ticket_number: '84429' } } }, [['x-tiflux-api-key', 'chave-\u00e7\u00e3o-\u00ff']]);
    f.check(await sendRaw(endpoint.baseUrl, req), req, 'latin1 key (http)');
    expect(f.list).toEqual([]);
  });

  it('odd header combinations: duplicates, empty and huge values, every protocol-version class, Accept/Content-Type variants, Origin null', async () => {
    const rng = prng(SEED + 3);
    const f = failures();
    const bodies = [
      { jsonrpc: '2.0', id: 1, method: 'ping' },
      { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_ticket', arguments: { ticket_number: '84429' } } },
      { jsonrpc: '2.0', method: 'notifications/initialized' },
      { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'a', version: '1' } } },
      { jsonrpc: '2.0', id: 1, method: 'tools/list', params: { _meta: { 'io.modelcontextprotocol/protocolVersion': MODERN_VERSION, 'io.modelcontextprotocol/clientCapabilities': {} } } },
      [{ jsonrpc: '2.0', id: 1, method: 'ping' }, { jsonrpc: '2.0', id: 2, method: 'tools/list' }],
    ];
    // Every protocol-version value × every body, in each shape.
    for (const version of PROTOCOL_VERSION_VALUES) {
      for (const body of bodies) {
        const shape = rng.pick(EVENT_SHAPES);
        const req = post(body, [['mcp-protocol-version', version], ['mcp-method', 'tools/list']]);
        f.check(await direct(shape, req), req, `version ${JSON.stringify(version.slice(0, 20))} (${shape})`);
      }
    }
    // Accept × Content-Type × Origin, sampled.
    for (let i = 0; i < 400 * SOAK; i++) {
      const headers: [string, string][] = [];
      if (rng.chance(0.9)) headers.push(['content-type', rng.pick(CONTENT_TYPES)]);
      if (rng.chance(0.9)) headers.push(['accept', rng.pick(ACCEPTS)]);
      if (rng.chance(0.5)) headers.push(['origin', rng.pick(ORIGINS)]);
      if (rng.chance(0.3)) headers.push(['mcp-protocol-version', rng.pick(PROTOCOL_VERSION_VALUES)]);
      if (rng.chance(0.2)) headers.push(['x-tiflux-api-key', MARKER_KEY]);
      const req: RawRequest = { method: rng.chance(0.1) ? 'OPTIONS' : 'POST', path: '/mcp', headers, body: JSON.stringify(rng.pick(bodies)) };
      const shape = EVENT_SHAPES[i % 3]!;
      f.check(await direct(shape, req), req, `headers ${JSON.stringify(headers).slice(0, 160)} (${shape})`);
      if (i % 4 === 0) f.check(await sendRaw(endpoint.baseUrl, wireSafe(req)), req, `headers ${JSON.stringify(headers).slice(0, 160)} (http)`);
    }
    // Duplicates and casing clashes, empty values, huge values.
    const dupes: [string, [string, string][]][] = [
      ['two content types', [['content-type', 'application/json'], ['content-type', 'application/json']]],
      ['json then text', [['content-type', 'application/json'], ['content-type', 'text/plain']]],
      ['two keys', [['x-tiflux-api-key', MARKER_KEY], ['x-tiflux-api-key', sandbox.keys.admin]]],
      ['key casing clash', [['X-Tiflux-Api-Key', MARKER_KEY], ['x-tiflux-api-key', sandbox.keys.admin]]],
      ['three key headers', [['x-tiflux-api-key', ''], ['x-api-key', ' '], ['authorization', 'Bearer ']]],
      ['empty everything', [['content-type', ''], ['accept', ''], ['mcp-protocol-version', ''], ['origin', ''], ['x-tiflux-api-key', '']]],
      ['two versions', [['mcp-protocol-version', '2025-06-18'], ['mcp-protocol-version', MODERN_VERSION]]],
      ['two origins', [['origin', 'http://localhost'], ['origin', 'https://evil.example']]],
      ['Origin null', [['origin', 'null']]],
      ['basic auth', [['authorization', `Basic ${Buffer.from(`u:${MARKER_KEY}`).toString('base64')}`]]],
      ['bearer with spaces', [['authorization', `Bearer  ${MARKER_KEY}  extra`]]],
      ['huge key 1 MiB', [['x-tiflux-api-key', 'k'.repeat(MiB)]]],
      ['huge accept 1 MiB', [['accept', `application/json,${'a/b;q=1,'.repeat(MiB / 8)}`]]],
      ['huge user agent', [['user-agent', 'u'.repeat(MiB)]]],
      ['huge origin', [['origin', `http://localhost:${'9'.repeat(100_000)}`]]],
      ['many headers', Array.from({ length: 5000 }, (_, i) => [`x-h-${i}`, 'v'] as [string, string])],
    ];
    for (const [label, headers] of dupes) {
      for (const body of bodies.slice(0, 3)) {
        for (const shape of EVENT_SHAPES) {
          const base = post(body);
          const names = new Set(headers.map(([n]) => n.toLowerCase()));
          const req = { ...base, headers: [...base.headers.filter(([n]) => !names.has(n)), ...headers] };
          f.check(await direct(shape, req), req, `${label} (${shape})`);
        }
        const base = post(body);
        const names = new Set(headers.map(([n]) => n.toLowerCase()));
        const req = wireSafe({ ...base, headers: [...base.headers.filter(([n]) => !names.has(n)), ...headers] });
        try {
          // Node's own limit (16 KiB of headers) answers 431 before the emulator; that is < 500 too.
          f.check(await sendRaw(endpoint.baseUrl, req), req, `${label} (http)`);
        } catch (error) {
          // Node may also close the socket on an oversized header block before answering.
          if (!/socket hang up|ECONNRESET|EPIPE/.test(String(error))) f.error(`${label} (http)`, error);
        }
      }
    }
    expect(f.list).toEqual([]);
  });

  it('every HTTP method on every odd path, and request lines node:http itself would not send', async () => {
    const f = failures();
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' });
    for (const method of METHODS) {
      for (const path of PATHS) {
        for (const shape of EVENT_SHAPES) {
          const req: RawRequest = { method, path, headers: [['content-type', 'application/json'], ['origin', 'http://localhost:3000']], body };
          f.check(await direct(shape, req), req, `${method} ${path.slice(0, 40)} (${shape})`);
        }
        if (/^[A-Z]+$/.test(method) && !path.includes('#')) {
          const req: RawRequest = { method, path, headers: [['content-type', 'application/json']], body };
          try {
            f.check(await sendRaw(endpoint.baseUrl, req), req, `${method} ${path.slice(0, 40)} (http)`);
          } catch (error) {
            f.error(`${method} ${path.slice(0, 40)} (http)`, error);
          }
        }
      }
    }
    // Raw request lines: whatever answers (the emulator, or Node's parser with a 400), it is never a 5xx.
    const host = `127.0.0.1:${endpoint.port}`;
    const rawLines = [
      `GET //[ HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      `POST //evil.example/mcp HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      `POST http://${host}/mcp HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      `POST * HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 0\r\n\r\n`,
      `POST /mcp HTTP/1.0\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      `POST /mcp HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`,
      `POST /mcp HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n{}`,
      `POST /mcp HTTP/1.1\r\nHost: ${host}\r\nHost: evil.example\r\nContent-Length: 0\r\n\r\n`,
      `POST /mcp HTTP/1.1\r\nHost: evil.example\r\nContent-Length: 0\r\n\r\n`,
      `POST /mcp HTTP/1.1\r\nContent-Length: 0\r\n\r\n`,
      `GET /mcp\u00ff HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      `BREW /mcp HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      `POST /mcp HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nX-Bad: a\u0000b\r\nContent-Length: 2\r\n\r\n{}`,
      `\r\n\r\n`,
      `POST /mcp HTTP/9.9\r\nHost: ${host}\r\n\r\n`,
    ];
    for (const raw of rawLines) {
      const { status, text } = await sendSocket(endpoint.port, Buffer.from(raw, 'latin1'));
      if (status >= 500) f.error(`raw ${JSON.stringify(raw.slice(0, 50))}`, `status ${status}: ${text.slice(0, 300)}`);
    }
    expect(f.list).toEqual([]);
  });

  it('malformed Lambda events never make the handler throw', async () => {
    const f = failures();
    const events: unknown[] = [
      null, undefined, 0, 'event', [], {}, { version: '2.0' },
      { rawPath: 5, headers: 'x', cookies: 'a=b', body: 5, requestContext: { http: { method: 7 } } },
      { httpMethod: {}, path: [], multiValueHeaders: { a: 'x' }, headers: { b: 5 } },
      { requestContext: null, headers: null, multiValueHeaders: null, body: null },
      { requestContext: { http: null }, cookies: [1, null] },
      { httpMethod: 'POST', path: '/mcp', multiValueHeaders: { 'content-type': [null, 5, 'application/json'] }, body: '{"jsonrpc":"2.0","id":1,"method":"ping"}' },
      { rawPath: '/mcp', requestContext: { http: { method: 'POST' }, requestId: 42 }, headers: { 'content-type': 'application/json' }, body: '{"jsonrpc":"2.0","id":1,"method":"ping"}', isBase64Encoded: 'yes' },
      { rawPath: '/mcp', requestContext: { http: { method: 'POST' } }, headers: { 'content-type': 'application/json' }, body: '!!!not base64', isBase64Encoded: true },
      JSON.parse('{"rawPath":"/mcp","requestContext":{"http":{"method":"POST"}},"headers":{"__proto__":{"content-type":"application/json"},"content-type":"application/json"},"body":"{\\"jsonrpc\\":\\"2.0\\",\\"id\\":1,\\"method\\":\\"ping\\"}"}'),
    ];
    for (const [i, event] of events.entries()) {
      try {
        const result = await withDeadline(handler(event, lambdaContext()), 5_000, `event ${i}`);
        const answer = fromLambda(result);
        f.check(answer, { method: 'GET', path: '/', headers: [] }, `event ${i}`);
      } catch (error) {
        f.error(`event ${i} threw`, error);
      }
    }
    // A context without getRemainingTimeInMillis (or none at all) is a 30 s budget, not a crash.
    for (const context of [undefined, {}, { getRemainingTimeInMillis: 'x' }]) {
      const req = post({ jsonrpc: '2.0', id: 1, method: 'ping' });
      const result = await handler(toEvent('function-url', req), context as never);
      f.check(fromLambda(result), req, `context ${JSON.stringify(context)}`);
    }
    expect(f.list).toEqual([]);
  });

  it('every tool, every argument, wrong types and out-of-range values → isError before any TiFlux call', async () => {
    const f = failures();
    let cases = 0;
    for (const tool of tools) {
      const schema = tool.inputSchema as { properties?: Record<string, JsonSchema>; required?: string[] };
      const properties = schema.properties ?? {};
      const baseline: Record<string, unknown> = {};
      for (const name of schema.required ?? []) baseline[name] = validValue(properties[name] ?? {});
      for (const [name, prop] of Object.entries(properties)) {
        for (const wrong of wrongValues(prop)) {
          cases++;
          const args = { ...baseline, [name]: wrong };
          const before = sandbox.requests.length;
          const req = post({ jsonrpc: '2.0', id: cases, method: 'tools/call', params: { name: tool.name, arguments: args } }, [['x-tiflux-api-key', sandbox.keys.admin]]);
          const shape = EVENT_SHAPES[cases % 3]!;
          const label = `${tool.name}.${name} = ${JSON.stringify(wrong)?.slice(0, 40)} (${shape})`;
          const answer = await direct(shape, req);
          f.check(answer, req, label, [sandbox.keys.admin]);
          const message = JSON.parse(answer.body.toString()) as { error?: unknown; result?: { isError?: boolean; content?: { text: string }[] } };
          if (answer.status !== 200 || message.error !== undefined) f.error(label, `not a tool result: ${answer.body.toString().slice(0, 200)}`);
          else if (message.result?.isError !== true) f.error(label, `accepted: ${message.result?.content?.[0]?.text.slice(0, 200)}`);
          else if (!message.result.content?.[0]?.text.includes(name)) f.error(label, `message does not name the argument: ${message.result.content?.[0]?.text.slice(0, 200)}`);
          if (sandbox.requests.length !== before) f.error(label, `${sandbox.requests.length - before} TiFlux request(s) made for invalid arguments`);
        }
      }
      // An unknown argument and a non-object `arguments`.
      for (const args of [{ ...baseline, not_an_argument: 1 }]) {
        const req = post({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: tool.name, arguments: args } }, [['x-tiflux-api-key', sandbox.keys.admin]]);
        const answer = await direct('function-url', req);
        const message = JSON.parse(answer.body.toString());
        if (message.result?.isError !== true) f.error(`${tool.name} unknown argument`, answer.body.toString().slice(0, 200));
      }
    }
    expect(cases).toBeGreaterThan(tools.length);
    expect(f.list.slice(0, 15)).toEqual([]);
  });

  it('keeps serving after the storms, with a flat heap across rounds', async () => {
    const rng = prng(SEED + 4);
    const round = async () => {
      for (let i = 0; i < 250; i++) {
        const req: RawRequest = { method: 'POST', path: '/mcp', headers: randomHeaders(rng), body: randomBodyText(rng, toolNames) };
        await direct(EVENT_SHAPES[i % 3]!, req);
      }
      await pool(Array.from({ length: 50 }, () => wireSafe({ method: 'POST', path: '/mcp', headers: randomHeaders(rng), body: randomBodyText(rng, toolNames) })), 5, (req) => sendRaw(endpoint.baseUrl, req));
      // The sandbox keeps a log of every request it served; that is the test's memory, not the server's.
      sandbox.reset();
    };
    await round(); // warm-up: lazy imports, the tools/list cache, JIT
    await round();
    const heaps: number[] = [heapUsedAfterGc()];
    for (let r = 0; r < 4 * SOAK; r++) {
      await round();
      heaps.push(heapUsedAfterGc());
    }
    const growthMiB = (Math.max(...heaps.slice(1)) - heaps[0]!) / MiB;
    expect(growthMiB, `heapUsed after GC per round (MiB): ${heaps.map((h) => (h / MiB).toFixed(1)).join(', ')}`).toBeLessThan(4);

    // And it still answers, directly and over HTTP.
    const ping = post({ jsonrpc: '2.0', id: 'after-storm', method: 'ping' });
    expect(JSON.parse((await direct('function-url', ping)).body.toString())).toEqual({ jsonrpc: '2.0', id: 'after-storm', result: {} });
    const overHttp = await sendRaw(endpoint.baseUrl, ping);
    expect(overHttp.status).toBe(200);
    expect(JSON.parse(overHttp.body.toString())).toEqual({ jsonrpc: '2.0', id: 'after-storm', result: {} });
  });

  it('no unhandled rejection, no prototype change, and every log line one bounded JSON object without a key', () => {
    expect(watch.seen).toEqual([]);
    expect(prototypeSnapshot()).toBe(prototypesBefore);
    expect(logs.count).toBeGreaterThan(1000);
    expect(badLogLines.slice(0, 10)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Wrong values per JSON Schema property (tools/list), for the tool test above.

interface JsonSchema {
  type?: string | string[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  maxLength?: number;
  minLength?: number;
  maxItems?: number;
  pattern?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

function typesOf(schema: JsonSchema): Set<string> {
  const out = new Set<string>();
  if (typeof schema.type === 'string') out.add(schema.type);
  if (Array.isArray(schema.type)) schema.type.forEach((t) => out.add(t));
  for (const branch of schema.anyOf ?? []) typesOf(branch).forEach((t) => out.add(t));
  if (schema.enum) schema.enum.forEach((v) => out.add(v === null ? 'null' : typeof v));
  return out;
}

function branches(schema: JsonSchema): JsonSchema[] {
  return schema.anyOf ?? [schema];
}

/** A value the schema accepts (used for required arguments other than the one under test). */
function validValue(schema: JsonSchema): unknown {
  const first = branches(schema)[0] ?? {};
  if (first.enum) return first.enum[0];
  const type = typeof first.type === 'string' ? first.type : Array.isArray(first.type) ? first.type[0] : 'string';
  switch (type) {
    case 'integer':
    case 'number':
      return Math.max(1, first.minimum ?? 1);
    case 'boolean':
      return true;
    case 'array':
      return first.items ? Array.from({ length: Math.max(1, 0) }, () => validValue(first.items!)) : [];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const name of first.required ?? []) out[name] = validValue(first.properties?.[name] ?? {});
      return out;
    }
    default:
      if (first.pattern === '^\\d{1,15}$') return '84429';
      if (first.pattern) return 'person@example.com';
      return 'Valor de teste';
  }
}

/**
 * Values the schema refuses. Lenient coercions a tool may legitimately accept (a number for a string id, "1" for
 * a number, null for an optional) are left out: what is sent is wrong under any reading.
 */
function wrongValues(schema: JsonSchema): unknown[] {
  const types = typesOf(schema);
  const out: unknown[] = [];
  if (!types.has('object')) out.push({ nested: { value: 1 } });
  if (!types.has('array')) out.push([1, 'two']);
  if (!types.has('boolean')) out.push(true);
  if (!types.has('string')) out.push('not a valid value');
  if (!types.has('number') && !types.has('integer') && !types.has('string')) out.push(12.5);
  for (const branch of branches(schema)) {
    if (branch.maxLength !== undefined) out.push('x'.repeat(branch.maxLength + 1));
    if (branch.maximum !== undefined && branch.maximum < Number.MAX_SAFE_INTEGER) out.push(branch.maximum + 1);
    if (branch.exclusiveMinimum !== undefined) out.push(branch.exclusiveMinimum);
    if (branch.minimum !== undefined) out.push(branch.minimum - 1);
    if (branch.enum) out.push('not-one-of-the-values');
    if (branch.maxItems !== undefined && branch.items) out.push(Array.from({ length: branch.maxItems + 1 }, () => validValue(branch.items!)));
  }
  if ((types.has('integer') && !types.has('number') && !types.has('string'))) out.push(1.5);
  return out;
}
