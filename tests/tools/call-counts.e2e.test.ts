/**
 * The call budget: a warm call whose names are cached makes only the calls its action needs (one for a
 * get, create or update; none for a search whose list is cached); a cold create_ticket with four names makes the
 * lookups (client, desk and responsible in parallel, then the catalogue item) plus the create.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../sandbox/server.js';
import { measureToolCallCounts, type ToolCallCount } from '../../scripts/tool-call-counts.js';
import { tools } from '../../src/tools/catalog.js';
import { SAMPLE_CALLS } from '../../sandbox/samples/index.js';

/**
 * Warm calls a tool may make beyond the one its action needs: an update that answers before → after and a delete
 * that says what it deleted read the record first (one more); the exceptions below say why they need more.
 */
const EXTRA_WARM_CALLS: Record<string, number> = {
  get_chats_feedback_report: 1, // the period and the one before it
  get_tickets_comparison: 1, // the period and the one it is compared with, in parallel
  get_tickets_feedback_report: 1, // the period and the one before it, in parallel
  create_appointment: 1, // a loose-service name: the ticket's service types for that date (not cacheable)
};

/**
 * Tools whose action itself needs reads besides its one call, warm: the catalogue administration reads the live
 * siblings (unique names), the children (cascade guard) or the catalogue and area lists (not cached, since these
 * tools change them); create_equipment resolves a type and a group by name; update_equipment reads the stored
 * dates to compare a lone date. See docs/assets-and-contracts.md.
 */
const WARM_WITH_READS: Record<string, number> = {
  create_services_catalog: 2,
  update_services_catalog: 2,
  delete_services_catalog: 3,
  list_services_catalog_areas: 2,
  create_services_catalog_area: 2,
  update_services_catalog_area: 2,
  delete_services_catalog_area: 3,
  list_services_catalog_items: 3,
  create_services_catalog_item: 2,
  update_services_catalog_item: 2,
  delete_services_catalog_item: 2,
  create_equipment: 3,
  update_equipment: 2,
};

const allowedWarm = (tool: string) =>
  WARM_WITH_READS[tool] ?? 1 + (/^(update|delete)_/.test(tool) ? 1 : 0) + (EXTRA_WARM_CALLS[tool] ?? 0);

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

  it('a warm call makes at most the calls its action needs (plus one client search for a client_name)', () => {
    // Issue 12: the cache holds whole lists, not one entry per search text, so a client_name costs one small
    // substring search per call unless the full client list is cached (docs/lookup-cache.md).
    const clientSearch = (tool: string) => ('client_name' in (SAMPLE_CALLS[tool] ?? {}) ? 1 : 0);
    for (const r of rows) expect(r.warm, r.tool).toBeLessThanOrEqual(allowedWarm(r.tool) + clientSearch(r.tool));
    // The exceptions are exact, so one that stops needing its reads is noticed and taken off the list.
    for (const [tool, warm] of Object.entries(WARM_WITH_READS)) expect(row(tool).warm, tool).toBe(warm);
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
