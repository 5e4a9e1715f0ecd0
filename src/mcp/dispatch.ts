import { ErrorCodes, errorResponse } from './jsonrpc.js';
import type { JsonRpcRequest, JsonRpcResponse } from './jsonrpc.js';
import { checkMethodParams } from './method-params.js';
import type { McpRequestContext } from './request-context.js';
import { exchangeWithServer } from './server-factory.js';

/**
 * Answers one JSON-RPC request through a fresh SDK Server. Never throws: a crash becomes -32603 with a safe
 * message (details go to the log, not to the client).
 */
export async function dispatchRequest(request: JsonRpcRequest, ctx: McpRequestContext): Promise<JsonRpcResponse> {
  const response = await answer(request, ctx);
  recordOutcome(response, ctx);
  return response;
}

async function answer(request: JsonRpcRequest, ctx: McpRequestContext): Promise<JsonRpcResponse> {
  const paramsError = checkMethodParams(request);
  if (paramsError) return paramsError;
  try {
    return (await exchangeWithServer(request, ctx)) as JsonRpcResponse;
  } catch (error) {
    logCrash(request.method, error);
    return errorResponse(request.id, ErrorCodes.InternalError, 'Internal error: the server failed to handle this request');
  }
}

/** The log's outcome, from the response object we already hold (no re-parsing); in a batch the first failure wins. */
function recordOutcome(response: JsonRpcResponse, ctx: McpRequestContext): void {
  const outcome = response.error
    ? `jsonrpc_error:${response.error.code}`
    : response.result?.isError === true
      ? 'tool_error'
      : 'ok';
  if (ctx.trace.outcome === undefined || ctx.trace.outcome === 'ok') ctx.trace.outcome = outcome;
}

function logCrash(method: string, error: unknown): void {
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  console.error(JSON.stringify({ level: 'error', msg: 'request handler crashed', method, detail }));
}
