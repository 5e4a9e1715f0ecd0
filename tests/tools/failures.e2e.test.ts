/**
 * Every tool, one table: a key TiFlux rejects, TiFlux failing (5xx, HTML page, malformed JSON), invalid input and a
 * missing key all come back as `isError: true` results with text a person can act on: never a JSON-RPC error,
 * never upstream HTML or bodies.
 */
import { describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { tools } from '../../src/tools/catalog.js';
import { useE2E } from './support/e2e.js';
import { SAMPLE_CALLS } from '../../sandbox/samples/index.js';

const e2e = useE2E();

const open = String(SANDBOX_FIXTURES.openTicket);

/** Valid arguments for each tool: they succeed against the seeded sandbox with the admin key. */
const VALID = SAMPLE_CALLS;
const CATALOGUE = tools.map((tool) => tool.name);
/** Every catalogue tool that has a sample call; the first test fails for the ones that have none. */
const TOOLS = CATALOGUE.filter((name) => name in VALID);

/** Signs that raw upstream content leaked into the answer. */
const LEAK = /<html|<body|<!doctype|error_code|stack|\bat \w+ \(|undefined|\[object Object\]/i;

describe('every tool', () => {
  it('covers the whole catalogue: every tool has a sample call (sandbox/samples/), and every sample a tool', () => {
    expect(CATALOGUE.filter((name) => !(name in VALID)), 'tools without a sample call').toEqual([]);
    expect(Object.keys(VALID).filter((name) => !CATALOGUE.includes(name)), 'sample calls for no tool').toEqual([]);
  });

  it.each(TOOLS)('%s succeeds with valid arguments', async (name) => {
    const result = await e2e.call(name, VALID[name]!);
    expect(result.isError, result.text).toBe(false);
    expect(result.text.length).toBeGreaterThan(10);
  });

  it.each(TOOLS)('%s: a key TiFlux rejects → isError naming the header', async (name) => {
    const result = await e2e.call(name, VALID[name]!, 'tfx-not-a-real-key');
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/^TiFlux rejected the API key \(HTTP 401\): check the x-tiflux-api-key header/);
  });

  it.each(TOOLS)('%s: TiFlux answering 500 → isError without the upstream body', async (name) => {
    e2e.sandbox.faults.inject({ kind: 'status', status: 500 });
    const result = await e2e.call(name, VALID[name]!);
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/TiFlux/);
    expect(result.text).not.toMatch(LEAK);
  });

  it.each(TOOLS)('%s: an HTML error page or malformed JSON → isError without the page', async (name) => {
    e2e.sandbox.faults.inject({ kind: 'html', status: 200, times: 1 });
    const html = await e2e.call(name, VALID[name]!);
    expect(html.isError).toBe(true);
    expect(html.text).not.toMatch(LEAK);
    e2e.reset();
    e2e.sandbox.faults.inject({ kind: 'malformed-json', times: 1 });
    const malformed = await e2e.call(name, VALID[name]!);
    expect(malformed.isError).toBe(true);
    expect(malformed.text).not.toMatch(LEAK);
  });

  it.each(TOOLS)('%s: an unknown argument → isError listing the accepted ones, no TiFlux call', async (name) => {
    const result = await e2e.call(name, { ...VALID[name], surprise: 1 });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('`surprise`: unknown argument; this tool accepts');
    expect(e2e.upstream()).toEqual([]);
  });

  it.each(TOOLS)('%s: no API key → isError explaining the header (from the MCP layer), no TiFlux call', async (name) => {
    const result = await e2e.call(name, VALID[name]!, '');
    expect(result.isError).toBe(true);
    expect(result.text).toContain('x-tiflux-api-key');
    expect(e2e.upstream()).toEqual([]);
  });
});

/** Tools that take a ticket number: a number TiFlux does not know → "found no ticket". */
const WITH_TICKET = TOOLS.filter((name) => 'ticket_number' in VALID[name]!);

describe('a ticket that does not exist', () => {
  it('covers every tool that requires a ticket number', () => {
    const requiresTicket = (tool: (typeof tools)[number]) => {
      const field = (tool.inputSchema as unknown as { shape: Record<string, { safeParse(v: unknown): { success: boolean } }> }).shape?.ticket_number;
      return field !== undefined && !field.safeParse(undefined).success;
    };
    const takesTicket = tools.filter(requiresTicket);
    expect(takesTicket.length).toBeGreaterThan(0);
    expect([...WITH_TICKET].sort()).toEqual(takesTicket.map((tool) => tool.name).sort());
  });

  it.each(WITH_TICKET)('%s → isError saying TiFlux found no such ticket', async (name) => {
    const result = await e2e.call(name, { ...VALID[name], ticket_number: String(SANDBOX_FIXTURES.missingTicket) });
    expect(result.isError).toBe(true);
    expect(result.text).toContain(`found no`);
    expect(result.text).toContain(`#${SANDBOX_FIXTURES.missingTicket}`);
  });
});

/** Every tool that accepts a name, with a name that fits several records. */
const AMBIGUOUS: [string, Record<string, unknown>, string][] = [
  ['create_ticket', { ...VALID.create_ticket, desk_name: 'Field Service' }, 'desk_name "Field Service" matches 3 desks'],
  ['update_ticket', { ticket_number: open, responsible_name: 'Ana' }, 'responsible_name "Ana" matches'],
  ['list_tickets', { client_name: 'Padaria' }, 'client_name "Padaria" matches 3 clients'],
  ['search_stage', { desk_name: 'Field Service' }, 'desk_name "Field Service" matches 3 desks'],
  ['search_catalog_item', { desk_name: 'Field Service' }, 'desk_name "Field Service" matches 3 desks'],
];

describe('an ambiguous name', () => {
  it.each(AMBIGUOUS)('%s → isError listing the candidates with ids; nothing written', async (name, args, expected) => {
    const result = await e2e.call(name, args);
    expect(result.isError).toBe(true);
    expect(result.text).toContain(expected);
    expect(result.text).toMatch(/^- \d+ · /m);
    expect(e2e.upstream().filter((line) => !line.startsWith('GET'))).toEqual([]);
  });
});

describe('rate limiting', () => {
  it('a 429 with a Retry-After too long for the invocation is reported with when to retry', async () => {
    e2e.sandbox.faults.inject({ kind: 'status', status: 429, retryAfter: '120' });
    const result = await e2e.call('get_ticket', { ticket_number: open });
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/rate limit/i);
    expect(result.text).toContain('120');
  });
});
