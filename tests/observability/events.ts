/** Function URL events for log tests (payload 2.0, like the deployed URL sends). */
export function functionUrlEvent(
  body: unknown,
  headers: Record<string, string> = {},
  options: { method?: string; path?: string; requestId?: string; rawBody?: string } = {},
) {
  const path = options.path ?? '/mcp';
  const method = options.method ?? 'POST';
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'user-agent': 'vitest-client/1.0', ...headers },
    requestContext: {
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.5', userAgent: 'vitest-client/1.0' },
      requestId: options.requestId ?? 'req-0001',
    },
    body: options.rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
    isBase64Encoded: false,
  };
}

export const initialize = (id: number | string = 0) => ({
  jsonrpc: '2.0',
  id,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'log-test', version: '1' } },
});
