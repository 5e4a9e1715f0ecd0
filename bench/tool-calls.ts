/**
 * TiFlux calls per tool, cold (empty lookup cache, as in a new container) and warm (names cached), against the
 * sandbox; and how many sequential round trips a cold create_ticket with four names costs (its independent lookups
 * run in parallel).
 */
import { startSandbox } from '../sandbox/server.js';
import { measureToolCallCounts } from '../scripts/tool-call-counts.js';
import { SAMPLE_CALLS } from '../sandbox/samples/index.js';
import { ALL_SELECTION } from '../src/tools/selection.js';
import { toolCatalog } from '../src/tools/catalog.js';
import { clearLookupCache } from '../src/tiflux/lookup-cache.js';

export async function runToolCallCounts(): Promise<void> {
  const sandbox = await startSandbox();
  const previousBaseUrl = process.env.TIFLUX_API_BASE_URL;
  process.env.TIFLUX_API_BASE_URL = sandbox.baseUrl;
  try {
    console.log('\n## TiFlux calls per tool (admin key; cold = empty lookup cache, warm = names cached)');
    const rows = await measureToolCallCounts({ apiKey: sandbox.keys.admin, resetData: () => sandbox.reset() });
    for (const row of rows) {
      console.log(`${row.tool.padEnd(30)} cold ${String(row.cold).padStart(2)}  warm ${String(row.warm).padStart(2)}${row.isError ? '  (tool error!)' : ''}`);
    }

    // Round trips: every sandbox answer delayed by 100 ms, so elapsed time / 100 ms ≈ sequential steps.
    const delayMs = 100;
    sandbox.reset();
    clearLookupCache();
    sandbox.faults.inject({ kind: 'latency', delayMs });
    const started = performance.now();
    const result = await toolCatalog.callTool('create_ticket', SAMPLE_CALLS.create_ticket!, {
      apiKey: sandbox.keys.admin,
      remainingTimeMs: () => 30_000,
      selection: ALL_SELECTION,
    });
    const elapsed = performance.now() - started;
    sandbox.faults.clear();
    console.log(
      `cold create_ticket with client, desk, responsible and catalogue names: ${Math.round(elapsed)} ms with ${delayMs} ms per TiFlux call ` +
        `≈ ${(elapsed / delayMs).toFixed(1)} sequential round trips for ${rows.find((r) => r.tool === 'create_ticket')?.cold ?? '?'} calls` +
        `${result.isError ? ' (tool error!)' : ''}`,
    );
  } finally {
    if (previousBaseUrl === undefined) delete process.env.TIFLUX_API_BASE_URL;
    else process.env.TIFLUX_API_BASE_URL = previousBaseUrl;
    await sandbox.close();
  }
}
