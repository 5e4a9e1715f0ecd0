/**
 * The 2026-07-28 method table. server/discover is ours; tools/list and tools/call go to the same SDK v1 Server the
 * legacy path uses; everything else, including what the revision removed (initialize, ping, logging/setLevel,
 * resources/(un)subscribe) and what it added but we do not serve (subscriptions/listen), is 404 -32601.
 */
import { dispatchRequest } from './dispatch.js';
import { ErrorCodes, errorResponse, resultResponse } from './jsonrpc.js';
import type { JsonRpcRequest, JsonRpcResponse } from './jsonrpc.js';
import { discoverResult } from './modern-discover.js';
import { withoutEnvelopeKeys } from './modern-envelope.js';
import { stampResult, stampToolsListResult } from './modern-result.js';
import type { McpRequestContext } from './request-context.js';

export interface ModernAnswer {
  status: number;
  response: JsonRpcResponse;
}

type ResultStamp = (result: Record<string, unknown>) => Record<string, unknown>;

/** Methods the v1 Server answers, with the stamp each result gets (a Map: `constructor` must find nothing). */
const SDK_METHODS: ReadonlyMap<string, ResultStamp> = new Map<string, ResultStamp>([
  ['tools/list', stampToolsListResult],
  ['tools/call', stampResult],
]);

/** Methods 2026-07-28 removed: named in the 404 message so a developer sees why, not just "not found". */
const REMOVED_METHODS = new Set([
  'initialize',
  'ping',
  'logging/setLevel',
  'resources/subscribe',
  'resources/unsubscribe',
]);

export async function answerModernRequest(request: JsonRpcRequest, ctx: McpRequestContext): Promise<ModernAnswer> {
  if (request.method === 'server/discover') {
    return { status: 200, response: resultResponse(request.id, discoverResult(ctx.selection)) };
  }
  const stamp = SDK_METHODS.get(request.method);
  if (stamp === undefined) return methodNotFound(request);

  const response = await dispatchRequest({ ...request, params: withoutEnvelopeKeys(request.params) }, ctx);
  // Handler-produced errors (unknown tool, bad cursor, a crash) stay in-band with HTTP 200 (SDK v2 parity).
  if (response.result === undefined) return { status: 200, response };
  return { status: 200, response: resultResponse(request.id, stamp(response.result)) };
}

function methodNotFound(request: JsonRpcRequest): ModernAnswer {
  const message = REMOVED_METHODS.has(request.method)
    ? `Method not found: ${request.method} does not exist in protocol revision 2026-07-28`
    : `Method not found: ${request.method}`;
  return { status: 404, response: errorResponse(request.id, ErrorCodes.MethodNotFound, message) };
}
