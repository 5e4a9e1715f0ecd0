import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { parseEvent } from './http/event-parser.js';
import { guardLambdaPayload } from './mcp/payload-guard.js';
import { publicPath } from './http/paths.js';
import { route } from './router.js';
import type { HttpResponse } from './http/types.js';
import { httpJsonRpcError } from './mcp/http-errors.js';
import { ErrorCodes } from './mcp/jsonrpc.js';
import type { McpRequestContext } from './mcp/request-context.js';
import { clip, clipStrings, logError, writeLog } from './observability/logger.js';
import { recordOutcome, requestOutcome } from './observability/outcome.js';
import { writeRequestLog } from './observability/request-log.js';
import { keyFingerprint } from './tiflux/key-hash.js';
import { DEFAULT_SELECTION } from './tools/selection.js';

let invocationCount = 0;

/** Lambda's remaining time, or a 30 s budget when a caller passes no real context (tests, scripts). */
function remainingTimeFrom(context: Partial<Context> | undefined): () => number {
  if (context && typeof context.getRemainingTimeInMillis === 'function') {
    return () => context.getRemainingTimeInMillis!();
  }
  const deadline = Date.now() + 30_000;
  return () => deadline - Date.now();
}

/**
 * The whole Lambda entry: event → HttpRequest → route → Lambda result, plus one log line. Never throws: Lambda would
 * turn a throw into a bare 502 that no MCP client can read.
 */
export async function handleLambdaEvent(event: unknown, context?: Partial<Context>): Promise<APIGatewayProxyStructuredResultV2> {
  const started = performance.now();
  const coldStart = invocationCount++ === 0;
  const req = parseEvent(event, context?.awsRequestId ?? '');
  const ctx: McpRequestContext = {
    apiKey: req.apiKey,
    selection: DEFAULT_SELECTION,
    remainingTimeMs: remainingTimeFrom(context),
    trace: { upstreamCalls: 0 },
  };
  let response: HttpResponse;
  try {
    response = await route(req, ctx);
  } catch (error) {
    logError('unhandled error', error, { requestId: req.requestId, httpMethod: req.method, path: publicPath(req.path), ...ctx.trace }, ctx.apiKey ?? req.apiKey);
    response = httpJsonRpcError(500, null, ErrorCodes.InternalError, 'Internal error', { origin: undefined, allowed: true });
  }
  // Measured last, on the object Lambda serialises (payload-guard.ts): never a bare 502 for a too-large answer.
  const result = guardLambdaPayload({ statusCode: response.statusCode, headers: response.headers, body: response.body, isBase64Encoded: false });
  if (result.body !== response.body) {
    writeLog('warn', 'response too large', { requestId: clip(req.requestId), responseBytes: Buffer.byteLength(response.body) });
    recordOutcome(ctx.trace, { error: { code: ErrorCodes.InternalError } });
    response = { statusCode: result.statusCode ?? 500, headers: result.headers as Record<string, string>, body: result.body ?? '' };
  }
  writeRequestLog({
    ...clipStrings(ctx.trace),
    outcome: requestOutcome(ctx.trace, response.statusCode),
    requestId: clip(req.requestId),
    httpMethod: clip(req.method),
    path: publicPath(req.path),
    status: response.statusCode,
    durationMs: Math.round((performance.now() - started) * 100) / 100,
    // ctx.apiKey: the key actually used (for an OAuth caller, the one inside the token; never the token's own hash).
    keyFingerprint: ctx.apiKey === undefined ? undefined : keyFingerprint(ctx.apiKey),
    coldStart,
    userAgent: req.headers['user-agent']?.slice(0, 120),
    debug: () => ({
      contentType: clip(req.headers['content-type']),
      accept: clip(req.headers.accept),
      origin: clip(req.headers.origin),
      protocolVersionHeader: clip(req.headers['mcp-protocol-version']),
      requestBytes: req.bodyBytes,
      responseBytes: Buffer.byteLength(response.body),
    }),
  });
  return result;
}
