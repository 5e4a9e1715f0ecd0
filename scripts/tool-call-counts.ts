/**
 * TiFlux calls per tool, cold (empty lookup cache, as in a new container) and warm (names cached), counted with
 * the `onUpstreamCall` hook of ToolCallContext (one count per HTTP attempt, retries included). Used by
 * tests/tools/call-counts.e2e.test.ts and the benchmark (bench/tool-calls.ts), so it lives outside tests/:
 *
 *   const sandbox = await startSandbox();
 *   process.env.TIFLUX_API_BASE_URL = sandbox.baseUrl;
 *   const rows = await measureToolCallCounts({ apiKey: sandbox.keys.admin, resetData: () => sandbox.reset() });
 */
import { SAMPLE_CALLS } from '../sandbox/samples/index.js';
import { clearLookupCache } from '../src/tiflux/lookup-cache.js';
import { toolCatalog } from '../src/tools/catalog.js';
import { ALL_SELECTION } from '../src/tools/selection.js';

export interface ToolCallCount {
  tool: string;
  cold: number;
  warm: number;
  /** "GET /desks" …, for the cold call: what the calls were. */
  coldCalls: string[];
  isError: boolean;
}

export interface MeasureOptions {
  apiKey: string;
  /** Restores the upstream data between calls (a write must not make the next call fail). */
  resetData(): void;
  calls?: Record<string, Record<string, unknown>>;
}

async function countedCall(name: string, args: Record<string, unknown>, apiKey: string) {
  const calls: string[] = [];
  const result = await toolCatalog.callTool(name, args, {
    apiKey,
    remainingTimeMs: () => 30_000,
    selection: ALL_SELECTION,
    onUpstreamCall: (call) => calls.push(`${call.method} ${call.path}`),
  });
  return { calls, isError: result.isError === true };
}

export async function measureToolCallCounts(options: MeasureOptions): Promise<ToolCallCount[]> {
  const rows: ToolCallCount[] = [];
  for (const [tool, args] of Object.entries(options.calls ?? SAMPLE_CALLS)) {
    options.resetData();
    clearLookupCache();
    const cold = await countedCall(tool, args, options.apiKey);
    options.resetData(); // the data, not the lookup cache: the second call is the warm one
    const warm = await countedCall(tool, args, options.apiKey);
    rows.push({ tool, cold: cold.calls.length, warm: warm.calls.length, coldCalls: cold.calls, isError: cold.isError || warm.isError });
  }
  return rows;
}
