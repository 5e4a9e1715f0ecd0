/**
 * The `outcome` of a request, for logs: set by the MCP layers when they know it (RequestTrace.outcome), otherwise
 * derived here from what the client got back:
 *   ok                      2xx, and a JSON-RPC result that is not a tool error (202/204 included)
 *   tool_error              a tools/call result with `isError: true` (missing key, TiFlux refused, bad arguments…)
 *   jsonrpc_error:<code>    HTTP 200 carrying a JSON-RPC error (unknown method, invalid params, a crash as -32603)
 *   http_<status>           any 4xx/5xx (403 Origin, 406, 413, 415, 400 protocol errors, 404 path, 500)
 * For a batch, the first element that is not ok decides.
 */
export function deriveOutcome(status: number, body: string | undefined, method?: string): string {
  if (status >= 400) return `http_${status}`;
  if (!body) return 'ok';
  // A result-first single response (how the SDK serialises one) is a success; only a tools/call result can still be
  // a tool error. This keeps a 40 KiB tools/list answer from being scanned or parsed on every request.
  if (body.startsWith('{"result":') && method !== 'tools/call') return 'ok';
  // Anything else is small (errors, tool results) or rare (batches). Very large bodies in another key order are
  // results too: JSON-RPC errors are never that large.
  if (body.length > MAX_PARSED_CHARS) return 'ok';
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return 'ok';
  }
  const messages = Array.isArray(parsed) ? parsed : [parsed];
  for (const message of messages) {
    const outcome = messageOutcome(message);
    if (outcome !== 'ok') return outcome;
  }
  return 'ok';
}

const MAX_PARSED_CHARS = 1024 * 1024;

function messageOutcome(message: unknown): string {
  if (message === null || typeof message !== 'object') return 'ok';
  const m = message as { error?: { code?: unknown }; result?: { isError?: unknown } };
  if (m.error && typeof m.error === 'object') {
    return typeof m.error.code === 'number' ? `jsonrpc_error:${m.error.code}` : 'jsonrpc_error';
  }
  if (m.result && typeof m.result === 'object' && m.result.isError === true) return 'tool_error';
  return 'ok';
}
