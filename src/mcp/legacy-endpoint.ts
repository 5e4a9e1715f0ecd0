import type { HttpRequest, HttpResponse } from '../http/types.js';
import { acceptsJson } from '../http/accept.js';
import { emptyResponse, rawJsonResponse } from '../http/response-builder.js';
import type { CorsContext } from '../http/response-builder.js';
import { dispatchRequest } from './dispatch.js';
import { httpJsonRpcError } from './http-errors.js';
import { classifyMessage, ErrorCodes, errorResponse } from './jsonrpc.js';
import type { ClassifiedMessage, JsonRpcResponse } from './jsonrpc.js';
import type { McpRequestContext } from './request-context.js';
import { escapedBytes } from './payload-guard.js';
import { logError } from '../observability/logger.js';
import { recordOutcome } from '../observability/outcome.js';

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
  const body = await answerBatch(decision.messages, ctx);
  if (body === undefined) return emptyResponse(202, cors);
  return rawJsonResponse(200, body, cors);
}

/**
 * Batches amplify: one 48-byte `tools/list` element answers ~38 KB, and ten get_ticket calls on one big ticket used
 * to be computed in full, in parallel, before anything was measured (688 MB). So (docs/result-size.md):
 * - at most MAX_BATCH_MESSAGES messages (MCP clients batch a few);
 * - BATCH_CONCURRENCY elements run at a time, so memory holds a few answers, not a hundred;
 * - the answers are budgeted on the final payload: MAX_BATCH_RESPONSE_BYTES counts each answer as Lambda will carry
 *   it, JSON-escaped a second time inside the response (payload-guard.ts). An answer that would cross the budget is
 *   replaced by a short error naming its id, and once the budget is spent the remaining elements are not run at all
 *   (their errors say so: nothing of theirs happened, so sending them again is safe).
 */
export const MAX_BATCH_MESSAGES = 100;
export const MAX_BATCH_RESPONSE_BYTES = 5 * 1024 * 1024;
export const BATCH_CONCURRENCY = 4;

/** The batch's answers as a JSON array, or undefined when nothing in it needs an answer. */
export async function answerBatch(
  messages: readonly unknown[],
  ctx: McpRequestContext,
  budget = MAX_BATCH_RESPONSE_BYTES,
): Promise<string | undefined> {
  const parts: (string | undefined)[] = new Array(messages.length).fill(undefined);
  let spent = 2; // the brackets
  let exhausted = false;
  let next = 0;
  const take = (index: number, answer: JsonRpcResponse) => {
    let part = JSON.stringify(answer);
    if (spent + escapedBytes(part) + 1 > budget) {
      exhausted = true;
      const tooLarge = errorResponse(answer.id, ErrorCodes.TransportError, tooLargeMessage(budget));
      recordOutcome(ctx.trace, tooLarge);
      part = JSON.stringify(tooLarge);
    }
    spent += escapedBytes(part) + 1;
    parts[index] = part;
  };
  const worker = async () => {
    while (next < messages.length) {
      const index = next++;
      const element = messages[index];
      if (exhausted) {
        const skipped = notRunAnswer(element, budget);
        if (skipped) {
          recordOutcome(ctx.trace, skipped);
          const part = JSON.stringify(skipped);
          spent += escapedBytes(part) + 1;
          parts[index] = part;
        }
        continue;
      }
      const answer = await answerBatchElement(element, ctx);
      if (answer) take(index, answer);
    }
  };
  await Promise.all(Array.from({ length: Math.min(BATCH_CONCURRENCY, messages.length) }, worker));
  const answered = parts.filter((part): part is string => part !== undefined);
  return answered.length === 0 ? undefined : `[${answered.join(',')}]`;
}

function tooLargeMessage(budget: number): string {
  return `Response too large: this batch's answers exceed ${budget} bytes; send this request on its own`;
}

/** For an element left unrun once the budget is spent: requests get an error saying so; the rest, nothing. */
function notRunAnswer(element: unknown, budget: number): JsonRpcResponse | undefined {
  const message = classifyMessage(element);
  if (message.kind === 'invalid') return errorResponse(null, ErrorCodes.InvalidRequest, `Invalid Request: ${message.reason}`);
  if (message.kind !== 'request') return undefined;
  return errorResponse(
    message.message.id,
    ErrorCodes.TransportError,
    `Not run: this batch's answers already fill its ${budget}-byte budget, so this request was not executed; send it again on its own`,
  );
}

/**
 * JSON-RPC 2.0 batch semantics: each element answered on its own; notifications and responses get no entry. One
 * element's crash is that element's -32603, never the whole batch's 500 (its neighbours, writes included, ran).
 */
async function answerBatchElement(element: unknown, ctx: McpRequestContext): Promise<JsonRpcResponse | undefined> {
  try {
    return await answerOneElement(element, ctx);
  } catch (error) {
    logError('batch element crashed', error, {}, ctx.apiKey);
    const message = classifyMessage(element);
    const id = message.kind === 'request' ? message.message.id : null;
    const crashed = errorResponse(id, ErrorCodes.InternalError, 'Internal error: the server failed to handle this request');
    recordOutcome(ctx.trace, crashed);
    return crashed;
  }
}

async function answerOneElement(element: unknown, ctx: McpRequestContext): Promise<JsonRpcResponse | undefined> {
  const message = classifyMessage(element);
  switch (message.kind) {
    case 'invalid': {
      // Recorded like a dispatched answer: otherwise a valid element beside it made the log line say "ok".
      const invalid = errorResponse(null, ErrorCodes.InvalidRequest, `Invalid Request: ${message.reason}`);
      recordOutcome(ctx.trace, invalid);
      return invalid;
    }
    case 'request':
      ctx.trace.method ??= message.message.method;
      return dispatchRequest(message.message, ctx);
    default:
      return undefined;
  }
}
