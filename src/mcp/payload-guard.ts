/**
 * The last line of defence of the result-size policy (docs/result-size.md): Lambda refuses a response whose
 * serialised payload exceeds 6 MB, and the client then gets a bare 502 it cannot read. The payload Lambda measures
 * is the result object as JSON, so the body is escaped a second time (every `"` becomes `\"`). This measures exactly
 * that and, when it is too big, answers an in-band JSON-RPC error naming each request id instead.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ErrorCodes, errorResponse, isValidId } from './jsonrpc.js';
import type { JsonRpcId } from './jsonrpc.js';
import { isPlainObject } from '../plain-object.js';

/** Lambda's synchronous response limit. */
export const LAMBDA_RESPONSE_LIMIT_BYTES = 6 * 1024 * 1024;
/** Kept free below the limit for what AWS adds around the payload. */
const SAFETY_MARGIN_BYTES = 64 * 1024;

/** Bytes `text` takes once JSON-escaped inside the Lambda payload (without the surrounding quotes). */
export function escapedBytes(text: string): number {
  return Buffer.byteLength(JSON.stringify(text)) - 2;
}

export function payloadBytes(result: APIGatewayProxyStructuredResultV2): number {
  return Buffer.byteLength(JSON.stringify(result));
}

export const TOO_LARGE_MESSAGE =
  "Response too large: this answer would exceed Lambda's 6 MB response limit, so it was not sent. Ask for less " +
  '(a smaller limit, fewer requests in a batch, or a tool’s offset argument).';

/**
 * A cheap upper bound of payloadBytes: JSON escaping writes at most 6 bytes per UTF-16 code unit (`\uXXXX`), so an
 * answer under a megabyte never needs the exact (second) serialisation, which cost warm tools/list as much as the
 * answer's own.
 */
function payloadBytesAtMost(result: APIGatewayProxyStructuredResultV2): number {
  const body = typeof result.body === 'string' ? result.body : '';
  return body.length * 6 + Buffer.byteLength(JSON.stringify({ ...result, body: '' }));
}

export function guardLambdaPayload(
  result: APIGatewayProxyStructuredResultV2,
  limit = LAMBDA_RESPONSE_LIMIT_BYTES - SAFETY_MARGIN_BYTES,
): APIGatewayProxyStructuredResultV2 {
  if (payloadBytesAtMost(result) <= limit || payloadBytes(result) <= limit) return result;
  const body = typeof result.body === 'string' ? result.body : '';
  const answer = (id: JsonRpcId | null) => errorResponse(id, ErrorCodes.InternalError, TOO_LARGE_MESSAGE);
  const ids = requestIdsOf(body);
  const replacement = ids === undefined ? answer(null) : Array.isArray(ids) ? ids.map(answer) : answer(ids);
  return {
    ...result,
    headers: { ...result.headers, 'Content-Type': 'application/json' },
    body: JSON.stringify(replacement),
    isBase64Encoded: false,
  };
}

/** The id (or, for a batch, the ids) the body answers; undefined when the body is not JSON-RPC. */
function requestIdsOf(body: string): JsonRpcId | null | (JsonRpcId | null)[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const idOf = (message: unknown): JsonRpcId | null => (isPlainObject(message) && isValidId(message.id) ? message.id : null);
  if (Array.isArray(parsed)) return parsed.map(idOf);
  return isPlainObject(parsed) ? idOf(parsed) : undefined;
}
