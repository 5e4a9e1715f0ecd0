/**
 * The `outcome` of a request, for its log line, decided here and nowhere else:
 *   ok                      2xx, and every JSON-RPC answer that is neither an error nor a tool error (202/204 included)
 *   tool_error              a tools/call result with `isError: true` (missing key, TiFlux refused, bad arguments…)
 *   jsonrpc_error:<code>    HTTP 200 carrying a JSON-RPC error (unknown method, invalid params, a crash as -32603)
 *   http_<status>           any 4xx/5xx (403 Origin, 406, 413, 415, 400 protocol errors, 404 path, 500)
 * The MCP layer records each JSON-RPC answer as it builds it (the response objects, never a re-parsed body); the
 * HTTP status decides at the end. In a batch the first answer that is not ok wins.
 */
import type { RequestTrace } from './trace.js';

/** The parts of a JSON-RPC response an outcome depends on. */
interface AnswerShape {
  error?: { code?: unknown } | undefined;
  result?: { isError?: unknown } | undefined;
}

export function answerOutcome(answer: AnswerShape): string {
  if (answer.error) return typeof answer.error.code === 'number' ? `jsonrpc_error:${answer.error.code}` : 'jsonrpc_error';
  return answer.result?.isError === true ? 'tool_error' : 'ok';
}

/** Records one JSON-RPC answer; an earlier failure in the same request is kept. */
export function recordOutcome(trace: RequestTrace, answer: AnswerShape): void {
  if (trace.outcome === undefined || trace.outcome === 'ok') trace.outcome = answerOutcome(answer);
}

/** The request's final outcome, once its HTTP status is known. */
export function requestOutcome(trace: RequestTrace, status: number): string {
  if (status >= 400) return `http_${status}`;
  return trace.outcome ?? 'ok';
}
