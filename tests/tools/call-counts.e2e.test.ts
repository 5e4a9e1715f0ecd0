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
 * Tools whose action is more than one call (issue 13, docs/tickets.md): a delete first reads what it deletes (to
 * say what went, and to tell "already gone" from "no such ticket"); a comparison reads two periods (in parallel);
 * create_appointment with a loose-service name reads the ticket's service types for that date (not cacheable: they
 * depend on the date).
 */
const SEVERAL_CALLS: Record<string, number> = {
  delete_ticket_answer: 2,
  delete_ticket_file: 2,
  delete_internal_communication: 2,
  get_tickets_comparison: 2,
  get_tickets_feedback_report: 2,
  create_appointment: 2,
};

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
  it('measures every tool, every sample call succeeding', () => {
    expect(rows).toHaveLength(tools.length);
    expect(rows.filter((r) => r.isError).map((r) => r.tool)).toEqual([]);
  });

  it('a warm call makes at most the one call its action needs', () => {
    for (const r of rows.filter((row) => !(row.tool in SEVERAL_CALLS))) expect(r.warm, r.tool).toBeLessThanOrEqual(1);
    for (const tool of ['get_ticket', 'create_ticket', 'update_ticket', 'list_tickets', 'create_ticket_answer']) {
      expect(row(tool).warm, tool).toBe(1);
    }
    for (const tool of ['search_client', 'search_user', 'search_stage', 'search_catalog_item']) expect(row(tool).warm, tool).toBe(0);
  });

  it('tools whose action takes several calls make exactly those, warm', () => {
    for (const [tool, warm] of Object.entries(SEVERAL_CALLS)) expect(row(tool).warm, tool).toBe(warm);
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
