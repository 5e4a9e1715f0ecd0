import type { HttpRequest, HttpResponse } from '../http/types.js';
import { acceptsJson } from '../http/accept.js';
import { emptyResponse, rawJsonResponse } from '../http/response-builder.js';
import type { CorsContext } from '../http/response-builder.js';
import { dispatchRequest } from './dispatch.js';
import { httpJsonRpcError } from './http-errors.js';
import { classifyMessage, ErrorCodes, errorResponse } from './jsonrpc.js';
import type { ClassifiedMessage, JsonRpcResponse } from './jsonrpc.js';
import type { McpRequestContext } from './request-context.js';

/**
 * The 2025 revisions (2025-03-26, 2025-06-18, 2025-11-25, and the 2024 ones SDK v1 still negotiates): one JSON
 * answer per POST, 202 for anything that is not a request, batches only under 2025-03-26.
 */
export async function serveLegacy(
  req: HttpRequest,
  cors: CorsContext,
  ctx: McpRequestContext,
  decision: { version: string } & ({ message: ClassifiedMessage } | { messages: unknown[] }),
): Promise<HttpResponse> {
  ctx.trace.era = 'legacy';
  ctx.trace.protocolVersion = decision.version;
  if (!acceptsJson(req.headers.accept)) {
    return httpJsonRpcError(406, null, ErrorCodes.TransportError, 'Not Acceptable: this server answers with application/json; include it in Accept', cors);
  }
  if ('message' in decision) {
    const { message } = decision;
    if (message.kind !== 'request') {
      if (message.kind === 'notification') ctx.trace.method = message.message.method;
      return emptyResponse(202, cors);
    }
    ctx.trace.method = message.message.method;
    const response = await dispatchRequest(message.message, ctx);
    return rawJsonResponse(200, JSON.stringify(response), cors);
  }

  const responses = await Promise.all(decision.messages.map((m) => answerBatchElement(m, ctx)));
  const answered = responses.filter((r): r is JsonRpcResponse => r !== undefined);
  if (answered.length === 0) return emptyResponse(202, cors);
  return rawJsonResponse(200, JSON.stringify(answered), cors);
}

/** JSON-RPC 2.0 batch semantics: each element answered on its own; notifications and responses get no entry. */
async function answerBatchElement(element: unknown, ctx: McpRequestContext): Promise<JsonRpcResponse | undefined> {
  const message = classifyMessage(element);
  switch (message.kind) {
    case 'invalid':
      return errorResponse(null, ErrorCodes.InvalidRequest, `Invalid Request: ${message.reason}`);
    case 'request':
      ctx.trace.method ??= message.message.method;
      return dispatchRequest(message.message, ctx);
    default:
      return undefined;
  }
}
