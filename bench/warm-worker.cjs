// Runs inside a fresh `node --expose-gc` process: warm latency of the built handler, and RSS over 10,000 requests.
// Writes one JSON object to the file named by argv[3]. Logging stays on (as in production); the parent points
// stdout at /dev/null so the log lines cost what a write costs, without piling up in a pipe.
const { handler } = require(process.argv[2]);

const event = (body) => ({
  version: '2.0',
  rawPath: '/mcp',
  headers: { 'content-type': 'application/json', 'mcp-protocol-version': '2025-11-25' },
  requestContext: { http: { method: 'POST' }, requestId: 'bench' },
  body: JSON.stringify(body),
  isBase64Encoded: false,
});
const bodies = {
  initialize: { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } },
  ping: { jsonrpc: '2.0', id: 1, method: 'ping' },
  'tools/list': { jsonrpc: '2.0', id: 2, method: 'tools/list' },
};
const context = { getRemainingTimeInMillis: () => 30000, awsRequestId: 'bench' };

function stats(samples) {
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(samples.length * q))];
  return { p50: at(0.5), p99: at(0.99) };
}

(async () => {
  const out = { latency: {}, rss: [] };
  for (const [name, body] of Object.entries(bodies)) {
    const ev = event(body);
    for (let i = 0; i < 2000; i++) await handler(ev, context); // warm-up (JIT)
    const samples = [];
    const started = performance.now();
    for (let i = 0; i < 10000; i++) {
      const t = performance.now();
      await handler(ev, context);
      samples.push(performance.now() - t);
    }
    const elapsed = performance.now() - started;
    out.latency[name] = { ...stats(samples), rps: 10000 / (elapsed / 1000) };
  }

  // What serialising the tools/list response alone costs: the floor the handler is compared with.
  const listResponse = await handler(event(bodies['tools/list']), context);
  const parsed = JSON.parse(listResponse.body);
  const ser = [];
  for (let i = 0; i < 10000; i++) {
    const t = performance.now();
    JSON.stringify(parsed);
    ser.push(performance.now() - t);
  }
  out.toolsListSerialise = stats(ser);
  out.toolsListBytes = listResponse.body.length;

  // RSS across 10,000 mixed requests, sampled after a full GC.
  const mix = Object.values(bodies).map(event);
  for (let i = 1; i <= 10000; i++) {
    await handler(mix[i % mix.length], context);
    if (i % 2000 === 0) {
      global.gc();
      const m = process.memoryUsage();
      out.rss.push({ requests: i, rssMiB: m.rss / 1048576, heapUsedMiB: m.heapUsed / 1048576 });
    }
  }
  require('node:fs').writeFileSync(process.argv[3], JSON.stringify(out));
})();
