import type { HttpRequest, HttpResponse } from '../http/types.js';
import { acceptsJson } from '../http/accept.js';
import { emptyResponse, rawJsonResponse } from '../http/response-builder.js';
import type { CorsContext } from '../http/response-builder.js';
import { dispatchRequest, recordOutcome } from './dispatch.js';
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
    // initialize carries no version header: log the revision it negotiated, not the header default.
    const negotiated = response.result?.protocolVersion;
    if (message.message.method === 'initialize' && typeof negotiated === 'string') ctx.trace.protocolVersion = negotiated;
    return rawJsonResponse(200, JSON.stringify(response), cors);
  }

  if (decision.messages.length > MAX_BATCH_MESSAGES) {
    return httpJsonRpcError(
      400,
      null,
      ErrorCodes.InvalidRequest,
      `Invalid Request: a batch may hold at most ${MAX_BATCH_MESSAGES} messages (this one has ${decision.messages.length}); send the rest in further requests`,
      cors,
    );
  }
  const responses = await Promise.all(decision.messages.map((m) => answerBatchElement(m, ctx)));
  const answered = responses.filter((r): r is JsonRpcResponse => r !== undefined);
  if (answered.length === 0) return emptyResponse(202, cors);
  return rawJsonResponse(200, serialiseWithinBudget(answered), cors);
}

/**
 * Batches amplify: one 48-byte `tools/list` element answers ~38 KB, so a 100 KB body asked for a 76 MB response and
 * a 4.5 MB batch of pings took 4 s and 1.3 GB (a 512 MB Lambda dies; Lambda also refuses any response over 6 MB,
 * and the client gets a bare 502). Hardening, issue 6: at most 100 messages per batch (MCP clients batch a few),
 * and answers kept under 4 MiB (the body is JSON-escaped once more inside Lambda's 6 MB response payload).
 */
export const MAX_BATCH_MESSAGES = 100;
export const MAX_BATCH_RESPONSE_BYTES = 4 * 1024 * 1024;

/**
 * The batch's answers as JSON; an answer that would cross the budget is replaced by a short error naming its id
 * (~170 bytes plus the id), so the total stays within the budget plus 100 such errors.
 */
export function serialiseWithinBudget(answers: JsonRpcResponse[], budget = MAX_BATCH_RESPONSE_BYTES): string {
  const parts: string[] = [];
  let bytes = 2;
  for (const answer of answers) {
    let part = JSON.stringify(answer);
    if (bytes + Buffer.byteLength(part) + 1 > budget) {
      part = JSON.stringify(
        errorResponse(answer.id, ErrorCodes.TransportError, `Response too large: this batch's answers exceed ${budget} bytes; send this request on its own`),
      );
    }
    bytes += Buffer.byteLength(part) + 1;
    parts.push(part);
  }
  return `[${parts.join(',')}]`;
}

/** JSON-RPC 2.0 batch semantics: each element answered on its own; notifications and responses get no entry. */
async function answerBatchElement(element: unknown, ctx: McpRequestContext): Promise<JsonRpcResponse | undefined> {
  const message = classifyMessage(element);
  switch (message.kind) {
    case 'invalid': {
      // Recorded like a dispatched answer: otherwise a valid element beside it made the log line say "ok".
      const invalid = errorResponse(null, ErrorCodes.InvalidRequest, `Invalid Request: ${message.reason}`);
      recordOutcome(invalid, ctx);
      return invalid;
    }
    case 'request':
      ctx.trace.method ??= message.message.method;
      return dispatchRequest(message.message, ctx);
    default:
      return undefined;
  }
}
