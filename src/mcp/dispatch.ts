import { ErrorCodes, errorResponse } from './jsonrpc.js';
import type { JsonRpcRequest, JsonRpcResponse } from './jsonrpc.js';
import { checkRequest } from './request-checks.js';
import type { McpRequestContext } from './request-context.js';
import { exchangeWithServer } from './server-factory.js';
import { logError } from '../observability/logger.js';
import { recordOutcome } from '../observability/outcome.js';

/**
 * Answers one JSON-RPC request, top-down (docs/protocol.md#order-of-checks): our checks (request-checks.ts) → a
 * fresh SDK Server (server-factory.ts) → for tools/call, tool-call.ts and the catalogue. Records the outcome of
 * the answer for the log. Never throws: a crash becomes -32603 with a safe message (details go to the log, not to
 * the client).
 */
export async function dispatchRequest(request: JsonRpcRequest, ctx: McpRequestContext): Promise<JsonRpcResponse> {
  let response: JsonRpcResponse;
  try {
    // Everything inside the try, the checks included: a throw anywhere must stay this request's -32603.
    const checked = checkRequest(request);
    response = 'refused' in checked ? checked.refused : ((await exchangeWithServer(checked.ok, ctx)) as JsonRpcResponse);
  } catch (error) {
    logError('request handler crashed', error, { method: request.method }, ctx.apiKey);
    response = errorResponse(request.id, ErrorCodes.InternalError, 'Internal error: the server failed to handle this request');
  }
  recordOutcome(ctx.trace, response);
  return response;
}
