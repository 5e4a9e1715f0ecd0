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
import { isPlainObject } from '../plain-object.js';

/**
 * The one place that decides whether a request may go to the SDK Server (docs/protocol.md#order-of-checks). It
 * answers what the Server would answer badly:
 * - the common mistakes (`tools/call` without a name, a bad log level) get -32602 with a message a person can read,
 *   where the SDK gives -32603 and a zod dump (docs/design-choices.md#error-channels);
 * - anything else the SDK's own schemas refuse is refused here, from those same schemas, because the Server
 *   silently drops a request whose params fail its base schema (`_meta: 5`) and never answers.
 * A request that passes reaches the Server with only the four JSON-RPC members: its Protocol routes by strict
 * schemas, and a stray top-level member (`"x": 1`, `"__proto__": {}`) made it drop the message too (hardening,
 * issue 6). Extra members carry nothing MCP defines, so they are dropped rather than refused.
 * The Server still parses what it receives (that is how the SDK routes); after this check, that parse always passes.
 */
export type RequestCheck = { ok: JsonRpcRequest } | { refused: JsonRpcResponse };

export function checkRequest(request: JsonRpcRequest): RequestCheck {
  const refused = checkMethodParams(request) ?? checkSdkShape(request);
  if (refused) return { refused };
  const { id, method, params } = request;
  return { ok: params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params } };
}

/** The MCP (syslog) levels of logging/setLevel and the 2026 logLevel key; not this server's LOG_LEVEL (log-level.ts). */
export const MCP_LOG_LEVELS = ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'];

function invalid(request: JsonRpcRequest, message: string): JsonRpcResponse {
  return errorResponse(request.id, ErrorCodes.InvalidParams, message);
}

/** The friendly checks: an error response when the params are unusable, else undefined. */
export function checkMethodParams(request: JsonRpcRequest): JsonRpcResponse | undefined {
  const params = request.params;
  // This server declares no `tasks` capability. The SDK refuses a task-augmented request itself (before any handler
  // runs), but as -32603 "Server does not support task creation"; it is the caller's params that are wrong.
  if (isPlainObject(params) && params.task !== undefined) {
    return invalid(request, 'params.task: this server does not support task-augmented requests; send the request without it');
  }
  switch (request.method) {
    case 'initialize': {
      if (!isPlainObject(params)) return invalid(request, 'initialize requires params');
      if (typeof params.protocolVersion !== 'string') return invalid(request, 'params.protocolVersion must be a string');
      if (!isPlainObject(params.capabilities)) return invalid(request, 'params.capabilities must be an object');
      const info = params.clientInfo;
      if (!isPlainObject(info) || typeof info.name !== 'string' || typeof info.version !== 'string') {
        return invalid(request, 'params.clientInfo must be an object with string name and version');
      }
      return undefined;
    }
    case 'logging/setLevel':
      if (!isPlainObject(params) || typeof params.level !== 'string' || !MCP_LOG_LEVELS.includes(params.level)) {
        return invalid(request, `params.level must be one of: ${MCP_LOG_LEVELS.join(', ')}`);
      }
      return undefined;
    case 'tools/list':
      // Every tool fits on one page, so no cursor we could have issued exists.
      if (params !== undefined && params.cursor !== undefined) {
        return invalid(request, 'Invalid cursor: this server returns every tool on a single page');
      }
      return undefined;
    case 'tools/call':
      if (!isPlainObject(params) || typeof params.name !== 'string' || params.name.length === 0) {
        return invalid(request, 'tools/call requires params.name (the tool name)');
      }
      if (params.arguments !== undefined && !isPlainObject(params.arguments)) {
        return invalid(request, 'params.arguments must be an object');
      }
      return undefined;
    default:
      return undefined;
  }
}

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

/** The backstop: the SDK's schema for the method, its first issue named. */
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
