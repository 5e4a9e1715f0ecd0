// One cold start: load the bundle, answer initialize and tools/list, exit. Timed from outside by the parent.
const { handler } = require(process.argv[2]);
const event = (body) => ({
  version: '2.0',
  rawPath: '/mcp',
  headers: { 'content-type': 'application/json' },
  requestContext: { http: { method: 'POST' }, requestId: 'cold' },
  body: JSON.stringify(body),
});
(async () => {
  await handler(event({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } }));
  const res = await handler(event({ jsonrpc: '2.0', id: 1, method: 'tools/list' }));
  if (res.statusCode !== 200) process.exit(1);
})();
