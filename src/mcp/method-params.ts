import { ErrorCodes, errorResponse } from './jsonrpc.js';
import type { JsonRpcRequest, JsonRpcResponse } from './jsonrpc.js';
import { isPlainObject } from '../plain-object.js';

/**
 * Params checks for the protocol methods this server answers. The SDK would report these as -32603 with a zod dump;
 * the spec (and docs/design-decisions.md#error-channels) want -32602 with a message a person can read, so our layer checks them first.
 */

/** The MCP (syslog) levels of logging/setLevel and the 2026 logLevel key; not this server's LOG_LEVEL (log-level.ts). */
export const MCP_LOG_LEVELS = ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'];

function invalid(request: JsonRpcRequest, message: string): JsonRpcResponse {
  return errorResponse(request.id, ErrorCodes.InvalidParams, message);
}

/** Returns an error response when the params are unusable, else undefined. */
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
