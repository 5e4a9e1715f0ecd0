/**
 * What deploys is what we test: these cases load the built bundle, dist/handler.js (the file `sam build` copies
 * into the Lambda zip, see scripts/sam/Makefile), exactly as the Lambda Node.js runtime does, with `require`, and
 * drive it with recorded event shapes: Function URL and API Gateway HTTP API (payload 2.0), REST API (payload 1.0).
 * `npm test` builds dist/ first; run `npm run build` before running this file alone. Every case runs twice: with
 * OAuth off (no OAUTH_TOKEN_SECRET) and on (docs/oauth.md); with it on, events that carry no credential get a
 * header key, except where the missing credential is the point.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolCatalog } from '../../src/tools/catalog.js';
import { DEFAULT_SELECTION } from '../../src/tools/selection.js';
import { SERVER_NAME, SERVER_VERSION } from '../../src/version.js';

const distHandlerPath = fileURLToPath(new URL('../../dist/handler.js', import.meta.url));
const distPackagePath = fileURLToPath(new URL('../../dist/package.json', import.meta.url));

interface LambdaResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: boolean;
}
type DistHandler = (event: unknown, context: unknown) => Promise<LambdaResult>;

const fixture = (name: string): Record<string, any> =>
  JSON.parse(readFileSync(new URL(`../fixtures/events/${name}`, import.meta.url), 'utf8'));

/** A Lambda context like the runtime's: 30 s budget counting down, a request id. */
function lambdaContext(requestId: string) {
  const deadline = Date.now() + 30_000;
  return {
    awsRequestId: requestId,
    functionName: 'tiflux-mcp-McpFunction',
    functionVersion: '$LATEST',
    memoryLimitInMB: '512',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => deadline - Date.now(),
  };
}

let handler: DistHandler;

beforeAll(() => {
  if (!existsSync(distHandlerPath)) {
    throw new Error('dist/handler.js is missing: run `npm run build` (npm test does it for you).');
  }
  // The Lambda runtime loads the handler with require(); dist/package.json makes the .js file CommonJS.
  const require = createRequire(import.meta.url);
  handler = (require(distHandlerPath) as { handler: DistHandler }).handler;
});

async function invoke(event: unknown): Promise<LambdaResult & { json: any }> {
  const e = event as { requestContext?: { requestId?: string } };
  const result = await handler(event, lambdaContext(e.requestContext?.requestId ?? 'test'));
  let json: unknown;
  try {
    json = result.body ? JSON.parse(result.body) : undefined;
  } catch {
    json = undefined;
  }
  return { ...result, json };
}

const MODES = [
  { label: 'OAuth off', secret: undefined },
  { label: 'OAuth on', secret: randomBytes(32).toString('base64url') },
];

/** With OAuth on, a credential-less event would be a 401: give it a header key (the event shape is what is tested). */
function withCredential(event: Record<string, any>, on: boolean): Record<string, any> {
  if (!on) return event;
  const headers = (event.headers ?? {}) as Record<string, string>;
  const has = Object.keys(headers).some((name) => ['x-tiflux-api-key', 'x-api-key', 'authorization'].includes(name.toLowerCase()));
  if (has) return event;
  event.headers = { ...headers, 'x-tiflux-api-key': 'dist-test-key' };
  if (event.multiValueHeaders) event.multiValueHeaders = { ...event.multiValueHeaders, 'x-tiflux-api-key': ['dist-test-key'] };
  return event;
}

describe.each(MODES)('dist/handler.js (the deployed bundle), $label', ({ secret }) => {
  const on = secret !== undefined;
  beforeAll(() => {
    if (on) process.env.OAUTH_TOKEN_SECRET = secret;
    else delete process.env.OAUTH_TOKEN_SECRET;
  });
  afterAll(() => {
    delete process.env.OAUTH_TOKEN_SECRET;
  });

  it('is a CommonJS module exporting a `handler` function, as template.yaml (Handler: handler.handler) expects', () => {
    expect(JSON.parse(readFileSync(distPackagePath, 'utf8'))).toEqual({ type: 'commonjs' });
    expect(typeof handler).toBe('function');
  });

  const initializeFixtures = [
    ['Function URL (payload 2.0, base64 body)', 'function-url-initialize.json', 0],
    ['HTTP API (payload 2.0, route ANY /mcp)', 'http-api-v2-initialize.json', 0],
    ['REST API (payload 1.0)', 'rest-v1-initialize.json', 'init-1'],
  ] as const;

  it.each(initializeFixtures)('answers initialize from a %s event', async (_label, file, id) => {
    const event = withCredential(fixture(file), on);
    const requested = JSON.parse(
      event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body,
    ).params.protocolVersion;
    const res = await invoke(event);
    expect(res.statusCode).toBe(200);
    expect(res.isBase64Encoded).toBe(false);
    expect(res.headers['Content-Type']).toBe('application/json');
    expect(res.json).toMatchObject({
      jsonrpc: '2.0',
      id,
      result: {
        protocolVersion: requested,
        serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
        capabilities: { tools: {} },
      },
    });
  });

  const listFixtures = [
    ['Function URL (payload 2.0)', 'function-url-tools-list.json', 1],
    ['HTTP API (payload 2.0)', 'http-api-v2-tools-list.json', 'list-1'],
    ['REST API (payload 1.0)', 'rest-v1-tools-list.json', 'list-2'],
  ] as const;

  it.each(listFixtures)('answers tools/list from a %s event with the catalogue built from src/', async (_label, file, id) => {
    const res = await invoke(withCredential(fixture(file), on));
    expect(res.statusCode).toBe(200);
    expect(res.json.id).toBe(id);
    const tools = res.json.result.tools as Array<{ name: string; inputSchema: { type: string } }>;
    expect(tools.length).toBeGreaterThan(0);
    for (const tool of tools) expect(tool.inputSchema.type).toBe('object');
    // A stale dist/ (built before the latest tool changes) would differ here: rebuild with `npm run build`.
    expect(tools.map((t) => t.name), 'dist/ is stale: run `npm run build`').toEqual(
      toolCatalog.listTools(DEFAULT_SELECTION).map((t) => t.name),
    );
  });

  it('answers GET /health from a Function URL event without a key', async () => {
    const res = await invoke(fixture('function-url-health.json'));
    expect(res.statusCode).toBe(200);
    expect(res.json).toMatchObject({ status: 'ok', service: SERVER_NAME, endpoint: '/mcp' });
  });

  it.skipIf(on)('answers a keyless tools/call with an isError result naming the header (never an HTTP 401)', async () => {
    const event = fixture('function-url-tools-call-no-key.json');
    const toolName = toolCatalog.listTools(DEFAULT_SELECTION)[0]!.name;
    event.body = event.body.replace('__TOOL__', toolName);
    const res = await invoke(event);
    expect(res.statusCode).toBe(200);
    expect(res.json.result.isError).toBe(true);
    expect(res.json.result.content[0].text).toContain('x-tiflux-api-key');
  });

  it.runIf(on)('answers a keyless tools/call with 401 and WWW-Authenticate naming the resource metadata, body naming the header', async () => {
    const event = fixture('function-url-tools-call-no-key.json');
    event.body = event.body.replace('__TOOL__', toolCatalog.listTools(DEFAULT_SELECTION)[0]!.name);
    const res = await invoke(event);
    expect(res.statusCode).toBe(401);
    expect(res.headers['WWW-Authenticate']).toMatch(/^Bearer resource_metadata="https:\/\/[^"]+\/\.well-known\/oauth-protected-resource\/mcp"$/);
    expect(res.json.error.message).toContain('x-tiflux-api-key');
  });

  it(`answers the protected resource metadata path with ${on ? '200' : '404'}`, async () => {
    const event = fixture('function-url-health.json');
    event.rawPath = '/.well-known/oauth-protected-resource/mcp';
    event.requestContext.http.path = event.rawPath;
    const res = await invoke(event);
    expect(res.statusCode).toBe(on ? 200 : 404);
    if (on) expect(res.json.resource).toBe(`https://${event.headers.host}/mcp`);
  });

  it('answers CORS for a browser origin it does not know with 403 and no Allow-Origin', async () => {
    const event = fixture('function-url-tools-list.json');
    event.headers.origin = 'https://evil.example';
    const res = await invoke(event);
    expect(res.statusCode).toBe(403);
    expect(res.headers['Access-Control-Allow-Origin']).toBeUndefined();
  });
});
