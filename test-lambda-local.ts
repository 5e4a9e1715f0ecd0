/**
 * Local Function URL emulator: serves the Lambda handler on http://127.0.0.1:${PORT:-3000} the way AWS does
 * (payload 2.0 events, a context whose remaining time counts down), so MCP clients can connect to it.
 *
 *   npm start                      # handler from src/, sandbox TiFlux unless TIFLUX_API_BASE_URL is set
 *   LOCAL_HANDLER=dist npm start   # the built bundle (dist/handler.js), i.e. what deploys
 *   OAUTH=on npm start             # OAuth sign-in on, with an ephemeral token secret (docs/oauth.md)
 *
 * Tests import `startLocalEndpoint` to run the same server in-process on a random port.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyStructuredResultV2, Context, LambdaFunctionURLEvent } from 'aws-lambda';
import { LOCAL_EMULATOR_ENV } from './src/config.js';

export type LambdaHttpHandler = (event: LambdaFunctionURLEvent, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

export interface LocalEndpointOptions {
  port?: number;
  host?: string;
  /** Defaults to the handler in src/. */
  handler?: LambdaHttpHandler;
  /** Invocation timeout, like the function's Timeout setting. Default: LAMBDA_TIMEOUT_MS or 30000. */
  timeoutMs?: number;
}

export interface LocalEndpoint {
  /** Base URL, e.g. http://127.0.0.1:3000 */
  baseUrl: string;
  /** The MCP endpoint: `${baseUrl}/mcp` */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Lambda refuses request payloads above 6 MB before the function runs. */
const LAMBDA_PAYLOAD_LIMIT = 6 * 1024 * 1024;
const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;
const TEXT_TYPES = /^(application\/(json|x-www-form-urlencoded|xml|javascript)|text\/)/i;

export async function startLocalEndpoint(options: LocalEndpointOptions = {}): Promise<LocalEndpoint> {
  // Loopback browser origins (the Inspector's page) are admitted here only, when ALLOWED_ORIGINS is empty.
  process.env[LOCAL_EMULATOR_ENV] = '1';
  const handler = options.handler ?? (await loadHandler('src'));
  const timeoutMs = options.timeoutMs ?? (Number(process.env.LAMBDA_TIMEOUT_MS) || 30_000);
  const server = createServer((req, res) => {
    serve(req, res, handler, timeoutMs).catch((error: unknown) => {
      console.error('emulator error:', error);
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'application/json' });
      res.end('{"message":"Internal Server Error"}');
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    // Without a listener a busy port is an uncaught 'error' event: a raw stack trace instead of a message.
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    url: `${baseUrl}/mcp`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function loadHandler(from: 'src' | 'dist'): Promise<LambdaHttpHandler> {
  if (from === 'dist') {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    return (require('./dist/handler.js') as { handler: LambdaHttpHandler }).handler;
  }
  return (await import('./src/handler.js')).handler as LambdaHttpHandler;
}

async function serve(req: IncomingMessage, res: ServerResponse, handler: LambdaHttpHandler, timeoutMs: number) {
  // DNS-rebinding protection for a server on loopback: a page on evil.example resolving to 127.0.0.1 arrives
  // with a foreign Host. (The handler itself checks Origin.)
  if (!LOOPBACK_HOST.test(req.headers.host ?? '')) {
    res.writeHead(403, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32000, message: `Forbidden: Host ${req.headers.host ?? '(none)'} is not a loopback host` } }));
    return;
  }
  const body = await readBody(req);
  if (body === undefined) {
    res.writeHead(413, { 'Content-Type': 'application/json' });
    res.end('{"message":"Request Entity Too Large"}');
    return;
  }
  const event = toFunctionUrlEvent(req, body);
  const started = Date.now();
  const context = lambdaContext(event.requestContext.requestId, started + timeoutMs);
  const result = await withTimeout(handler(event, context), timeoutMs);
  if (result === 'timeout') {
    res.writeHead(502, { 'Content-Type': 'application/json' });
    res.end('{"message":"Internal Server Error"}');
    return;
  }
  const payload = typeof result.body === 'string' ? Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8') : Buffer.alloc(0);
  res.writeHead(result.statusCode ?? 200, { ...(result.headers as Record<string, string>), 'Content-Length': String(payload.length) });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > LAMBDA_PAYLOAD_LIMIT) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The request target as a Function URL reports it: rawPath exactly as sent. Not `new URL(target, base)`, which
 * reads `//mcp` as a host named "mcp" (so the path became "/") and throws on `//[`, which made the emulator answer
 * 502 (hardening, issue 6). An absolute-form target (`http://host/mcp`, proxy style) is reduced to its path.
 */
function splitTarget(target: string): { path: string; query: string } {
  let t = target;
  if (!t.startsWith('/')) {
    try {
      const url = new URL(t);
      t = url.pathname + url.search;
    } catch {
      t = '/';
    }
  }
  const hash = t.indexOf('#');
  if (hash !== -1) t = t.slice(0, hash);
  const q = t.indexOf('?');
  return q === -1 ? { path: t, query: '' } : { path: t.slice(0, q), query: t.slice(q + 1) };
}

function toFunctionUrlEvent(req: IncomingMessage, body: Buffer): LambdaFunctionURLEvent {
  const target = splitTarget(req.url ?? '/');
  const url = { pathname: target.path, search: target.query ? `?${target.query}` : '', searchParams: new URLSearchParams(target.query) };
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === 'cookie' || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const contentType = headers['content-type'] ?? '';
  // Function URLs pass text bodies as-is and base64-encode everything else.
  const isText = body.length === 0 || TEXT_TYPES.test(contentType);
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    cookies: req.headers.cookie ? req.headers.cookie.split(/;\s*/) : undefined,
    headers,
    queryStringParameters: url.search ? Object.fromEntries(url.searchParams) : undefined,
    requestContext: {
      accountId: 'anonymous',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method: req.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    body: body.length === 0 ? undefined : body.toString(isText ? 'utf8' : 'base64'),
    isBase64Encoded: !isText,
  } as LambdaFunctionURLEvent;
}

function lambdaContext(requestId: string, deadline: number): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'tiflux-mcp-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:tiflux-mcp-local',
    memoryLimitInMB: '512',
    awsRequestId: requestId,
    logGroupName: '/aws/lambda/tiflux-mcp-local',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function main(): Promise<void> {
  let upstream = process.env.TIFLUX_API_BASE_URL;
  let demoKey: string | undefined;
  if (!upstream) {
    const { startSandbox, SANDBOX_DEMO_KEY } = await import('./sandbox/server.js');
    const sandbox = await startSandbox({ port: Number(process.env.SANDBOX_PORT) || 0 });
    upstream = sandbox.baseUrl;
    demoKey = SANDBOX_DEMO_KEY;
    process.env.TIFLUX_API_BASE_URL = upstream;
  }
  // OAuth stays off locally unless asked for, so the no-credential behaviour the conformance suite relies on holds.
  let oauthNotice: string | undefined;
  if (process.env.OAUTH === 'on') {
    if (!process.env.OAUTH_TOKEN_SECRET) process.env.OAUTH_TOKEN_SECRET = randomBytes(32).toString('base64url');
    oauthNotice = 'OAuth: on, with an ephemeral token secret (tokens die with this process). A request without a key now gets 401.';
  } else {
    delete process.env.OAUTH_TOKEN_SECRET;
    oauthNotice = undefined;
  }
  const handler = await loadHandler(process.env.LOCAL_HANDLER === 'dist' ? 'dist' : 'src');
  const endpoint = await startLocalEndpoint({ port: Number(process.env.PORT ?? 3000), handler });
  const key = demoKey ?? '<your TiFlux API key>';
  console.log(
    [
      `tiflux-mcp local endpoint: ${endpoint.url}   (health: ${endpoint.baseUrl}/health)`,
      demoKey ? `TiFlux upstream: sandbox at ${upstream} (demo data). Demo key: ${demoKey}` : `TiFlux upstream: ${upstream}`,
      '',
      'Try it:',
      `  curl -s ${endpoint.url} -H 'content-type: application/json' -H 'x-tiflux-api-key: ${key}' \\`,
      `    -d '{"jsonrpc":"2.0","id":1,"method":"tools/list"}'`,
      '',
      'Claude Desktop (mcp-remote), the key kept in env rather than in args:',
      `  "args": ["-y", "mcp-remote", "${endpoint.url}", "--header", "x-tiflux-api-key:\${TIFLUX_API_KEY}", "--transport", "http-only"],`,
      `  "env": { "TIFLUX_API_KEY": "${key}" }`,
      ...(oauthNotice
        ? ['', oauthNotice, `  Sign in from a client with just the URL: ${endpoint.url} (the authorize page asks for the key above).`]
        : ['', 'OAuth: off (OAUTH=on npm start turns it on).']),
    ].join('\n'),
  );
}

/** What `npm start` prints when it cannot start: a sentence for the usual causes, the error itself otherwise. */
export function startupProblem(error: unknown, port: number): string {
  const { code, port: failedPort } = (error ?? {}) as { code?: unknown; port?: unknown };
  if (code === 'EADDRINUSE') {
    // Node names the port it could not bind; the sandbox's own port (SANDBOX_PORT) can be the busy one too.
    const busy = typeof failedPort === 'number' ? failedPort : port;
    const variable = busy === port ? 'PORT' : 'SANDBOX_PORT';
    return (
      `Port ${busy} is already in use (another npm start, or another server), so the local endpoint could not start. ` +
      `Stop the other process, or choose another port: ${variable}=${busy === 3001 ? 3002 : 3001} npm start`
    );
  }
  if (code === 'EACCES') return `Port ${port} needs privileges this user lacks; choose a port above 1024: PORT=3000 npm start`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(startupProblem(error, Number(process.env.PORT ?? 3000)));
    process.exit(1);
  });
}
