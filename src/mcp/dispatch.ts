import {
  CallToolRequestSchema,
  InitializeRequestSchema,
  ListToolsRequestSchema,
  PingRequestSchema,
  RequestSchema,
  SetLevelRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { ErrorCodes, errorResponse } from './jsonrpc.js';
import type { JsonRpcRequest, JsonRpcResponse } from './jsonrpc.js';
import { checkMethodParams } from './method-params.js';
import type { McpRequestContext } from './request-context.js';
import { exchangeWithServer } from './server-factory.js';
import { logError } from '../observability/logger.js';

/**
 * Answers one JSON-RPC request through a fresh SDK Server. Never throws: a crash becomes -32603 with a safe
 * message (details go to the log, not to the client).
 */
export async function dispatchRequest(request: JsonRpcRequest, ctx: McpRequestContext): Promise<JsonRpcResponse> {
  let response: JsonRpcResponse;
  try {
    // Everything inside the try, the checks included: a throw anywhere must stay this request's -32603.
    response = await answer(request, ctx);
  } catch (error) {
    logError('request handler crashed', error, { method: request.method }, ctx.apiKey);
    response = errorResponse(request.id, ErrorCodes.InternalError, 'Internal error: the server failed to handle this request');
  }
  recordOutcome(response, ctx);
  return response;
}

async function answer(request: JsonRpcRequest, ctx: McpRequestContext): Promise<JsonRpcResponse> {
  const paramsError = checkMethodParams(request);
  if (paramsError) return paramsError;
  const clean = sdkRequest(request);
  const shapeError = checkSdkShape(clean);
  if (shapeError) return shapeError;
  return (await exchangeWithServer(clean, ctx)) as JsonRpcResponse;
}

/** The log's outcome, from the response object we already hold (no re-parsing); in a batch the first failure wins. */
export function recordOutcome(response: JsonRpcResponse, ctx: McpRequestContext): void {
  const outcome = response.error
    ? `jsonrpc_error:${response.error.code}`
    : response.result?.isError === true
      ? 'tool_error'
      : 'ok';
  if (ctx.trace.outcome === undefined || ctx.trace.outcome === 'ok') ctx.trace.outcome = outcome;
}

/**
 * Only the four JSON-RPC members go to the SDK. Its Protocol routes a message by strict zod schemas, and a request
 * with any extra top-level member (`"x": 1`, `"__proto__": {}`, a stray `"result"`) matches none of them: the SDK
 * then reports "Unknown message type" to onerror and never answers, so the invocation hung until the Lambda
 * timeout (hardening, issue 6). Extra members carry nothing MCP defines, so they are dropped rather than refused.
 */
function sdkRequest(request: JsonRpcRequest): JsonRpcRequest {
  const { id, method, params } = request;
  return params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params };
}

/**
 * The SDK's own request schemas, checked before the Server sees the request. Two failure modes are closed here:
 * - params that fail the SDK's base request schema (`_meta: 5`, `_meta.progressToken: {}`) make the SDK drop the
 *   message without an answer (the hang above);
 * - params that fail a method schema (`capabilities.elicitation: 5` on initialize) come back from the SDK as
 *   -32603 with a multi-line zod dump, where docs/design-decisions.md#error-channels wants -32602 and a readable message.
 * method-params.ts gives the friendlier message for the common mistakes; this is the complete backstop.
 */
// A Map, not an object literal: the method name is the client's, and `constructor` or `toString` must find nothing.
const SDK_REQUEST_SCHEMAS: ReadonlyMap<string, { safeParse(value: unknown): ParseOutcome }> = new Map<string, { safeParse(value: unknown): ParseOutcome }>([
  ['initialize', InitializeRequestSchema],
  ['ping', PingRequestSchema],
  ['logging/setLevel', SetLevelRequestSchema],
  ['tools/list', ListToolsRequestSchema],
  ['tools/call', CallToolRequestSchema],
]);

type ParseOutcome =
  | { success: true }
  | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };

function checkSdkShape(request: JsonRpcRequest): JsonRpcResponse | undefined {
  const known = SDK_REQUEST_SCHEMAS.get(request.method);
  // Methods the Server does not handle only need to pass the base schema (the SDK then answers -32601 itself);
  // one that fails it gets the same -32601 here, since "no such method" is the more useful answer.
  const parsed = (known ?? RequestSchema).safeParse({ method: request.method, params: request.params });
  if (parsed.success) return undefined;
  if (!known) return errorResponse(request.id, ErrorCodes.MethodNotFound, 'Method not found');
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'params';
  return errorResponse(request.id, ErrorCodes.InvalidParams, `Invalid params: ${where}: ${issue?.message ?? 'invalid'}`);
}
