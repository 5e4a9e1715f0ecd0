/**
 * Shared pieces of the hardening tests (issue 6): a seeded PRNG, the three Lambda event shapes, a raw HTTP client
 * that can send anything (any method, duplicate headers, raw bytes), the invariants every answer must keep, a
 * process-level watch for unhandled rejections, and a GC'd heap measurement.
 */
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness: every failure prints its seed and case number, so it reproduces.

/** mulberry32: small, fast, good enough to generate test cases. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
export type Rng = ReturnType<typeof prng>;

export const SEED = Number(process.env.HARDENING_SEED) || 0x7f1c_2026;
/** SOAK=1 multiplies the generated case counts (documented in the issue 6 note). */
export const SOAK = process.env.SOAK === '1' ? 10 : 1;

// ---------------------------------------------------------------------------------------------------------------
// Lambda events: the same request in the three shapes the handler accepts.

export type EventShape = 'function-url' | 'http-api-v2' | 'rest-v1';
export const EVENT_SHAPES: readonly EventShape[] = ['function-url', 'http-api-v2', 'rest-v1'];

export interface RawRequest {
  method: string;
  path: string;
  /** Header pairs; a name may repeat (duplicate headers). */
  headers: [string, string][];
  body?: Buffer | string;
}

export function toEvent(shape: EventShape, req: RawRequest, requestId = 'hardening'): Record<string, unknown> {
  const bodyBuffer = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body, 'utf8');
  // Raw bytes travel base64-encoded (that is how AWS passes a body it does not consider text).
  const base64 = Buffer.isBuffer(req.body);
  const body = bodyBuffer === undefined ? undefined : base64 ? bodyBuffer.toString('base64') : (req.body as string);
  const [rawPath, query = ''] = req.path.split('?', 2) as [string, string?];
  if (shape === 'rest-v1') {
    const single: Record<string, string> = {};
    const multi: Record<string, string[]> = {};
    for (const [name, value] of req.headers) {
      // Own properties even for `__proto__` (the Lambda runtime JSON.parses events, which does the same).
      own(single, name, value); // API Gateway keeps the last value in `headers`
      own(multi, name, [...(Object.hasOwn(multi, name) ? multi[name]! : []), value]);
    }
    return {
      resource: '/{proxy+}',
      path: rawPath,
      httpMethod: req.method,
      headers: single,
      multiValueHeaders: multi,
      queryStringParameters: query ? Object.fromEntries(new URLSearchParams(query)) : null,
      requestContext: { requestId, httpMethod: req.method, path: `/Prod${rawPath}`, stage: 'Prod' },
      body: body ?? null,
      isBase64Encoded: base64,
    };
  }
  // Payload 2.0 (Function URL and HTTP API) joins repeated headers with commas.
  const headers: Record<string, string> = {};
  for (const [name, value] of req.headers) {
    const key = name.toLowerCase();
    own(headers, key, Object.hasOwn(headers, key) ? `${headers[key]},${value}` : value);
  }
  return {
    version: '2.0',
    routeKey: shape === 'function-url' ? '$default' : `${req.method} ${rawPath}`,
    rawPath,
    rawQueryString: query,
    headers,
    requestContext: {
      http: { method: req.method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'x' },
      requestId,
      routeKey: '$default',
      stage: '$default',
    },
    body,
    isBase64Encoded: base64,
  };
}

function own(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

export function lambdaContext(remainingMs = 30_000): Context {
  const deadline = Date.now() + remainingMs;
  return {
    awsRequestId: 'hardening',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  } as Context;
}

/** The answer, in the form both drivers (direct handler call, real HTTP) are checked in. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export function fromLambda(result: APIGatewayProxyStructuredResultV2): Answer {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name.toLowerCase()] = value as string;
  const body = result.body === undefined ? Buffer.alloc(0) : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8');
  return { status: result.statusCode ?? 200, headers, body };
}

// ---------------------------------------------------------------------------------------------------------------
// Raw HTTP: node:http so the method, header repetition and body bytes are exactly what we say.

export function sendRaw(baseUrl: string, req: RawRequest, timeoutMs = 20_000): Promise<Answer> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of req.headers) {
      const existing = headers[name];
      headers[name] = existing === undefined ? value : ([] as string[]).concat(existing, value);
    }
    const r = httpRequest(
      { host: url.hostname, port: url.port, method: req.method, path: req.path, headers, setHost: !req.headers.some(([n]) => n.toLowerCase() === 'host'), timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const h: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) h[name] = Array.isArray(value) ? value.join(', ') : (value ?? '');
          resolve({ status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks) });
        });
        res.on('error', reject);
      },
    );
    r.on('timeout', () => r.destroy(new Error(`no answer within ${timeoutMs} ms: ${req.method} ${req.path}`)));
    r.on('error', reject);
    r.end(req.body);
  });
}

/** Bytes straight onto a socket, for request lines node:http refuses to produce. Resolves with the status (0: none). */
export function sendSocket(port: number, raw: string | Buffer, timeoutMs = 1_500): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const done = () => {
      socket.destroy();
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: match ? Number(match[1]) : 0, text });
    };
    socket.setTimeout(timeoutMs, done);
    socket.on('data', (d: Buffer) => {
      text += d.toString('latin1');
      // One response is enough; the length check stops us waiting on keep-alive.
      const head = text.indexOf('\r\n\r\n');
      if (head !== -1) {
        const length = /content-length: (\d+)/i.exec(text.slice(0, head));
        if (!length || text.length >= head + 4 + Number(length[1])) done();
      }
    });
    socket.on('error', done);
    socket.on('end', done);
    socket.write(raw);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The invariants (issue 6; docs/design-choices.md#paths-and-http). Returns the problems found, empty when the answer is
// fine.

const JSON_CT = /^application\/json\b/i;

function isEnvelope(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const m = value as Record<string, unknown>;
  if (m.jsonrpc !== '2.0') return false;
  const idOk = m.id === null || typeof m.id === 'string' || (typeof m.id === 'number' && Number.isInteger(m.id));
  if (!idOk) return false;
  const hasResult = 'result' in m;
  const hasError = 'error' in m;
  if (hasResult === hasError) return false;
  if (hasError) {
    const e = m.error as Record<string, unknown> | null;
    return e !== null && typeof e === 'object' && Number.isInteger(e.code) && typeof e.message === 'string';
  }
  return m.result !== null && typeof m.result === 'object';
}

export interface CheckOptions {
  method: string;
  path: string;
  /** Secrets that must never come back (the API keys sent). */
  secrets?: readonly string[];
}

/**
 * Node's HTTP parser answers some requests itself, before the emulator (or, in AWS, the Function URL front end)
 * sees them: an unknown method or a malformed request line (400), a header block over 16 KiB (431). Those answers
 * have no body and no content type, and are not the handler's.
 */
export function isNodeParserAnswer(answer: Answer): boolean {
  return (answer.status === 400 || answer.status === 431) && answer.body.length === 0 && answer.headers['content-type'] === undefined;
}

export function answerProblems(answer: Answer, opts: CheckOptions): string[] {
  const problems: string[] = [];
  const { status, headers, body } = answer;
  const text = body.toString('utf8');
  if (!Number.isInteger(status) || status < 200 || status >= 500) problems.push(`status ${status}`);
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value !== 'string') problems.push(`header ${name} is not a string`);
    else if (/[\r\n]/.test(value)) problems.push(`header ${name} carries CR/LF`);
  }
  const contentType = headers['content-type'] ?? '';
  const isJson = JSON_CT.test(contentType);
  const head = opts.method.toUpperCase() === 'HEAD';
  if (head && body.length > 0) problems.push('HEAD answer has a body');
  if (status === 202 || status === 204) {
    if (body.length > 0) problems.push(`${status} with a body`);
    if (isJson) problems.push(`${status} with a JSON content type`);
  }
  if (status >= 400 && !head && !isJson) problems.push(`${status} without a JSON content type (${contentType || 'none'})`);
  if (isJson && !head && body.length > 0) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      problems.push('JSON content type, body is not JSON');
    }
    if (parsed !== undefined) {
      const health = /^\/health\/?$/.test(opts.path) && status === 200;
      if (health) {
        if ((parsed as { status?: unknown }).status !== 'ok') problems.push('health body without status ok');
      } else if (Array.isArray(parsed)) {
        if (parsed.length === 0 || !parsed.every(isEnvelope)) problems.push('batch answer with a non-envelope element');
      } else if (!isEnvelope(parsed)) {
        problems.push('JSON body is not a JSON-RPC envelope');
      } else if (status >= 400 && !('error' in (parsed as object))) {
        problems.push(`${status} whose body is not a JSON-RPC error`);
      }
    }
  } else if (isJson && !head && body.length === 0 && status !== 200) {
    problems.push(`${status} with a JSON content type and no body`);
  }
  for (const secret of opts.secrets ?? []) {
    if (secret.length >= 8 && text.includes(secret)) problems.push('the API key came back in the body');
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Process-level watches.

/** Records unhandled rejections and uncaught exceptions while installed. */
export function watchProcess() {
  const seen: string[] = [];
  const onRejection = (reason: unknown) => seen.push(`unhandledRejection: ${reason instanceof Error ? reason.stack : String(reason)}`);
  const onException = (error: Error) => seen.push(`uncaughtException: ${error.stack}`);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return {
    seen,
    stop() {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
    },
  };
}

let gcFn: (() => void) | undefined;
/** `global.gc` without `--expose-gc` on the command line (vitest's workers do not get it). */
export function collectGarbage(): void {
  if (!gcFn) {
    v8.setFlagsFromString('--expose-gc');
    gcFn = vm.runInNewContext('gc') as () => void;
  }
  gcFn();
  gcFn();
}

export function heapUsedAfterGc(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** A snapshot of Object.prototype (and friends) to prove no payload polluted them. */
export function prototypeSnapshot(): string {
  const describe = (o: object) =>
    Reflect.ownKeys(o)
      .map((k) => String(k))
      .sort()
      .join(',');
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map(describe).join('|');
}

/**
 * Captures the lines written to stdout/stderr (the server's logs) while active. `onLine` sees each line as it is
 * written (so a long run need not keep them); `keep` also stores them; `passThrough` still writes them out.
 */
export function captureOutput(opts: { passThrough?: boolean; keep?: boolean; onLine?: (line: string) => void } = {}) {
  const lines: string[] = [];
  let count = 0;
  const originals = { out: process.stdout.write, err: process.stderr.write };
  let partial = '';
  const wrap = (original: typeof process.stdout.write) =>
    function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
      const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
      partial += text;
      let nl: number;
      while ((nl = partial.indexOf('\n')) !== -1) {
        const line = partial.slice(0, nl);
        partial = partial.slice(nl + 1);
        count++;
        if (opts.keep) lines.push(line);
        opts.onLine?.(line);
      }
      if (opts.passThrough) return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
      // Swallowed: honour the callback contract of write(chunk, [encoding], [cb]).
      const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      cb?.();
      return true;
    } as typeof process.stdout.write;
  process.stdout.write = wrap(originals.out);
  process.stderr.write = wrap(originals.err);
  return {
    lines,
    get count() {
      return count;
    },
    /** Everything kept, including a last line without a newline. */
    text: () => lines.join('\n') + (partial ? `\n${partial}` : ''),
    stop() {
      process.stdout.write = originals.out;
      process.stderr.write = originals.err;
    },
  };
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  });
  await Promise.all(workers);
  return out;
}
