import type { HttpResponse } from '../http/types.js';
import { jsonResponse } from '../http/response-builder.js';
import type { CorsContext } from '../http/response-builder.js';
import { errorResponse } from './jsonrpc.js';
import type { JsonRpcId } from './jsonrpc.js';

/**
 * An HTTP error carrying a JSON-RPC error body (docs/design-choices.md#paths-and-http: every 4xx does; so does the 500 of an
 * unhandled crash).
 */
export function httpJsonRpcError(
  status: number,
  id: JsonRpcId | null,
  code: number,
  message: string,
  cors: CorsContext,
  data?: unknown,
): HttpResponse {
  return jsonResponse(status, errorResponse(id, code, message, data), cors);
}
