// One cold start: load the bundle, answer initialize and tools/list, exit. Timed from outside by the parent.
// argv[3], when given, is the toolset selection (x-tiflux-toolsets), e.g. `all`.
const { handler } = require(process.argv[2]);
const event = (body) => ({
  version: '2.0',
  rawPath: '/mcp',
  headers: { 'content-type': 'application/json', ...(process.argv[3] ? { 'x-tiflux-toolsets': process.argv[3] } : {}) },
  requestContext: { http: { method: 'POST' }, requestId: 'cold' },
  body: JSON.stringify(body),
});
(async () => {
  await handler(event({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } }));
  const res = await handler(event({ jsonrpc: '2.0', id: 1, method: 'tools/list' }));
  if (res.statusCode !== 200) process.exit(1);
})();
