import type { HttpRequest, HttpResponse } from '../http/types.js';
import { emptyResponse, rawJsonResponse } from '../http/response-builder.js';
import type { CorsContext } from '../http/response-builder.js';
import type { EraDecision } from './era.js';
import { httpJsonRpcError } from './http-errors.js';
import { echoed, ErrorCodes } from './jsonrpc.js';
import { answerModernRequest } from './modern-dispatch.js';
import { checkRequiredRequestHeaders } from './modern-headers.js';
import { isServedModernVersion, MODERN_PROTOCOL_VERSIONS } from './protocol-versions.js';
import type { McpRequestContext } from './request-context.js';

/**
 * Revision 2026-07-28, after era.ts has accepted the envelope and the header cross-checks: the modern route of
 * docs/protocol.md#the-2026-route. Version served? (-32022) → standard headers present? (-32020) → dispatch.
 * Every answer is JSON or an empty 202: this path never answers 406 (docs/design-choices.md#protocol-versions) and never opens a stream.
 */
export async function serveModern(
  req: HttpRequest,
  cors: CorsContext,
  ctx: McpRequestContext,
  decision: Extract<EraDecision, { era: 'modern' }>,
): Promise<HttpResponse> {
  const { message, claim } = decision;
  ctx.trace.era = 'modern';
  ctx.trace.method = message.message.method;
  if (claim !== undefined) ctx.trace.protocolVersion = claim;
  if (decision.note !== undefined) ctx.trace.note = decision.note;

  const id = message.kind === 'request' ? message.message.id : null;
  if (claim !== undefined && !isServedModernVersion(claim)) {
    return httpJsonRpcError(400, id, ErrorCodes.UnsupportedProtocolVersion, `Unsupported protocol version: ${echoed(claim)}`, cors, {
      supported: [...MODERN_PROTOCOL_VERSIONS],
      requested: echoed(claim),
    });
  }
  // The revision defines no client→server notification over HTTP; an accepted one gets 202 and is ignored.
  if (message.kind === 'notification') return emptyResponse(202, cors);

  const headerProblem = checkRequiredRequestHeaders(req.headers, message.message);
  if (headerProblem) return httpJsonRpcError(400, id, ErrorCodes.HeaderMismatch, headerProblem, cors);

  const answer = await answerModernRequest(message.message, ctx);
  return rawJsonResponse(answer.status, JSON.stringify(answer.response), cors);
}
