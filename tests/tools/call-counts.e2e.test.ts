/**
 * The call budget: a warm call whose names are cached makes only the calls its action needs (one for a
 * get, create or update; none for a search whose list is cached); a cold create_ticket with four names makes the
 * lookups (client, desk and responsible in parallel, then the catalogue item) plus the create.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../sandbox/server.js';
import { measureToolCallCounts, type ToolCallCount } from '../../scripts/tool-call-counts.js';
import { tools } from '../../src/tools/catalog.js';

/**
 * No warm call makes more than MAX_WARM_CALLS upstream calls. What a warm call may add to its one action: one
 * substring search for a client_name (the cache keeps whole lists, not one entry per search text:
 * docs/lookup-cache.md), a read of the record an update or delete answers with (before → after, what was deleted),
 * the one-row read after a full page TiFlux sent without a total (so "Next page" is only said when one exists), and
 * the live sibling or child list the catalogue administration checks (unique names, the cascade guard). `npm run
 * bench` prints every tool's figures.
 */
const MAX_WARM_CALLS = 3;

let sandbox: SandboxHandle;
let rows: ToolCallCount[];
const row = (tool: string) => rows.find((r) => r.tool === tool)!;

beforeAll(async () => {
  sandbox = await startSandbox();
  process.env.TIFLUX_API_BASE_URL = sandbox.baseUrl;
  rows = await measureToolCallCounts({ apiKey: sandbox.keys.admin, resetData: () => sandbox.reset() });
});
afterAll(() => sandbox.close());

describe('TiFlux calls per tool', () => {
  it('measures every tool of the catalogue, every sample call succeeding', () => {
    expect(rows.map((r) => r.tool).sort()).toEqual(tools.map((tool) => tool.name).sort());
    expect(rows.filter((r) => r.isError).map((r) => r.tool)).toEqual([]);
  });

  it('a warm call makes at most the calls its action needs; the original tools exactly one', () => {
    for (const r of rows) expect(r.warm, r.tool).toBeLessThanOrEqual(MAX_WARM_CALLS);
    for (const tool of ['get_ticket', 'update_ticket', 'list_tickets', 'create_ticket_answer']) {
      expect(row(tool).warm, tool).toBe(1);
    }
    expect(row('create_ticket').warm).toBe(2);
    // Lists younger than 60 s serve the searches; a client search asks TiFlux (no per-query cache).
    for (const tool of ['search_user', 'search_stage', 'search_catalog_item']) expect(row(tool).warm, tool).toBe(0);
    expect(row('search_client').warm).toBe(1);
  });

  it('the deletes of issue 13 read first, then delete: exactly two calls warm', () => {
    for (const tool of ['delete_ticket_answer', 'delete_ticket_file', 'delete_internal_communication']) expect(row(tool).warm, tool).toBe(2);
  });

  it('a cold create_ticket with four names: each list read in full, then one POST', () => {
    const calls = row('create_ticket').coldCalls;
    expect(calls.at(-1)).toBe('POST /tickets');
    expect(calls.filter((c) => c === 'POST /tickets')).toHaveLength(1);
    for (const list of ['GET /clients', 'GET /desks', 'GET /users']) expect(calls).toContain(list);
    expect(calls.some((c) => /^GET \/desks\/\d+\/services-catalogs-items$/.test(c))).toBe(true);
  });

  it('tools that need no name make the same single call cold and warm', () => {
    for (const tool of ['get_ticket', 'update_ticket', 'cancel_ticket', 'close_ticket', 'get_ticket_files', 'get_internal_communication']) {
      expect([row(tool).cold, row(tool).warm], tool).toEqual([1, 1]);
    }
  });
});
