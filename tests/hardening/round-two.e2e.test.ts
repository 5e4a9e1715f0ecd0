/**
 * Issue 12 (hardening, round two) end to end: the official SDK client over HTTP against the sandbox TiFlux, and
 * batches through the Lambda handler. Each test fails on the code before the fix.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALL_SELECTION } from '../../src/tools/selection.js';
import { toolCatalog } from '../../src/tools/catalog.js';
import { handleLambdaEvent } from '../../src/lambda-adapter.js';
import { answerBatch } from '../../src/mcp/legacy-endpoint.js';
import { LONG_FIELD_WINDOW } from '../../src/tools/format/long-text.js';
import { MAX_RESULT_TEXT_CHARS, MAX_STRUCTURED_CHARS } from '../../src/tools/result-size.js';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { startE2E, type E2E } from '../tools/support/e2e.js';
import { startLocalEndpoint, startupProblem } from '../../test-lambda-local.js';
import { functionUrlEvent } from '../observability/events.js';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
}, 60_000);
afterAll(async () => {
  await e2e?.close();
});
beforeEach(() => e2e.reset());

const quiet = String(SANDBOX_FIXTURES.quietTicket);
const open = String(SANDBOX_FIXTURES.openTicket);
const posts = () => e2e.upstream().filter((line) => line.startsWith('POST'));

async function addNotes(count: number, length: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const result = await e2e.call('create_internal_communication', { ticket_number: quiet, text: `${i} ${'x'.repeat(length)}` });
    expect(result.isError).toBe(false);
  }
}

describe('results that always fit (item 1)', () => {
  it('get_ticket with a 100,000-character description: one 20,000-character window in text and structure, description_offset reads on', async () => {
    const description = Array.from({ length: 5_000 }, (_, i) => `linha ${i} do e-mail do cliente`).join(' ').slice(0, 100_000);
    expect((await e2e.call('update_ticket', { ticket_number: quiet, description })).isError).toBe(false);
    const first = await e2e.call('get_ticket', { ticket_number: quiet });
    const structured = first.structured as { description: string; description_chars: number; description_next_offset: number | null };
    expect(structured.description_chars).toBeGreaterThan(90_000);
    expect(structured.description_next_offset).toBe(LONG_FIELD_WINDOW);
    expect(structured.description.length).toBeLessThan(LONG_FIELD_WINDOW + 60);
    // Text and structure carry the same window, never the whole description twice.
    expect(first.text.length).toBeLessThan(LONG_FIELD_WINDOW + 3_000);
    expect(first.text).toContain(`description_offset ${LONG_FIELD_WINDOW}`);
    const second = await e2e.call('get_ticket', { ticket_number: quiet, description_offset: LONG_FIELD_WINDOW });
    expect(second.structured).toMatchObject({ description_next_offset: 2 * LONG_FIELD_WINDOW });
    expect((second.structured as { description: string }).description).not.toBe(structured.description);
  });

  it('list_internal_communications carries the 300-character previews in structured content, not the full texts', async () => {
    await addNotes(12, 90_000);
    const list = await e2e.call('list_internal_communications', { ticket_number: quiet, limit: 50 });
    const notes = (list.structured as { communications: { text: string; text_chars: number }[] }).communications;
    expect(notes).toHaveLength(12);
    for (const note of notes) {
      expect(note.text.length).toBeLessThanOrEqual(301);
      expect(note.text_chars).toBeGreaterThan(90_000);
    }
    expect(JSON.stringify(list.structured).length).toBeLessThan(MAX_STRUCTURED_CHARS);
    expect(list.text.length).toBeLessThan(MAX_RESULT_TEXT_CHARS);
  });

  it('get_internal_communication shows a long note a window at a time, text_offset reads on', async () => {
    await addNotes(1, 90_000);
    const list = await e2e.call('list_internal_communications', { ticket_number: quiet });
    const id = (list.structured as { communications: { id: number }[] }).communications[0]!.id;
    const note = await e2e.call('get_internal_communication', { ticket_number: quiet, communication_id: id });
    expect(note.structured).toMatchObject({ text_next_offset: LONG_FIELD_WINDOW });
    expect((note.structured as { text: string }).text.length).toBeLessThan(LONG_FIELD_WINDOW + 60);
    expect(note.text).toContain(`text_offset ${LONG_FIELD_WINDOW}`);
    const rest = await e2e.call('get_internal_communication', { ticket_number: quiet, communication_id: id, text_offset: 80_000 });
    expect(rest.structured).toMatchObject({ text_next_offset: null });
  });

  it('a batch stops computing once its budget is spent: a write after it is not run, and says so', async () => {
    const ctx = { apiKey: e2e.sandbox.keys.admin, remainingTimeMs: () => 20_000, selection: ALL_SELECTION, trace: { upstreamCalls: 0 } };
    const messages = [
      { jsonrpc: '2.0', id: 1, method: 'tools/list' },
      { jsonrpc: '2.0', id: 2, method: 'tools/list' },
      { jsonrpc: '2.0', id: 3, method: 'tools/list' },
      { jsonrpc: '2.0', id: 4, method: 'tools/list' },
      { jsonrpc: '2.0', id: 5, method: 'tools/call', params: { name: 'create_internal_communication', arguments: { ticket_number: quiet, text: 'após o orçamento' } } },
    ];
    const answers = JSON.parse((await answerBatch(messages, ctx, 1_000))!) as { id: number; error?: { message: string } }[];
    expect(answers.map((a) => a.id)).toEqual([1, 2, 3, 4, 5]);
    expect(answers[4]!.error?.message).toMatch(/^Not run: .*send it again on its own/);
    expect(posts()).toEqual([]);
  });
});

describe('writes that say the truth (item 2)', () => {
  it('a note TiFlux saved but answered with an HTML page: "probably applied, check before repeating", not "try again"', async () => {
    e2e.sandbox.faults.inject({ kind: 'html', status: 200, method: 'POST', path: `/tickets/${quiet}/internal_communications`, afterProcessing: true, times: 1 });
    const result = await e2e.call('create_internal_communication', { ticket_number: quiet, text: 'Cliente avisado.' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('probably applied');
    expect(result.text).not.toContain('try again later');
    expect(e2e.sandbox.data.tenants.main.internalCommunications.filter((n) => String(n.ticket_number) === quiet)).toHaveLength(1);
  });

  it('a batch where one element throws answers every element on its own; the write beside it ran once, and no 500', async () => {
    const body = [
      { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'create_internal_communication', arguments: { ticket_number: quiet, text: 'Nota do lote.' } } },
      // Before issue 12 this element threw inside dispatch (an Object.prototype method name), and the batch answered 500.
      { jsonrpc: '2.0', id: 2, method: 'constructor' },
      { jsonrpc: '2.0', id: 3, method: 'toString' },
    ];
    const res = await handleLambdaEvent(
      functionUrlEvent(body, { 'x-tiflux-api-key': e2e.sandbox.keys.admin, 'mcp-protocol-version': '2025-03-26' }),
      { awsRequestId: 'batch', getRemainingTimeInMillis: () => 20_000 },
    );
    expect(res.statusCode).toBe(200);
    const answers = JSON.parse(res.body!) as { id: number; result?: { isError?: boolean }; error?: { code: number } }[];
    expect(answers.map((a) => a.id)).toEqual([1, 2, 3]);
    expect(answers[0]!.result).toBeDefined();
    expect(answers[0]!.result?.isError).not.toBe(true);
    expect(answers[1]!.error?.code).toBe(-32601);
    expect(answers[2]!.error?.code).toBe(-32601);
    expect(posts()).toHaveLength(1);
  });
});

describe('what a new user tripped on (item 7)', () => {
  it('list_tickets with an ambiguous client_name says client_ids, an argument it has', async () => {
    const result = await e2e.call('list_tickets', { client_name: 'Padaria' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('client_ids');
    expect(result.text).not.toMatch(/\bclient_id\b/);
  });

  it('catalogue-wide: every name hint names only arguments of the tool that gave it', async () => {
    const listing = { tools: toolCatalog.listTools(ALL_SELECTION) };
    for (const tool of listing.tools) {
      const own = Object.keys(tool.inputSchema.properties ?? {});
      for (const argument of own.filter((name) => name.endsWith('_name') && name !== 'requestor_name')) {
        for (const query of ['Padaria', 'Zzqx Wvvk']) {
          const args: Record<string, unknown> = { [argument]: query };
          if (own.includes('ticket_number')) args.ticket_number = open;
          if (own.includes('title')) Object.assign(args, { title: 'Teste', description: 'Teste' });
          if (argument === 'stage_name' && own.includes('desk_name')) args.desk_name = 'Suporte';
          const result = await e2e.call(tool.name, args);
          if (!result.isError) continue;
          // "Retry with X set to…", "its id in X", "pass its id in X": X must be one of this tool's arguments.
          const advised = [...result.text.matchAll(/(?:Retry with|id in|its id in) `?([a-z_]+_ids?)\b/g)].map((m) => m[1]!);
          for (const name of advised) expect(own, `${tool.name} ${argument}=${query}: ${result.text}`).toContain(name);
        }
      }
    }
  }, 120_000);

  it('a page that ends exactly at the last note says it is the last page', async () => {
    await addNotes(2, 10);
    const list = await e2e.call('list_internal_communications', { ticket_number: quiet, limit: 2 });
    expect(list.structured).toMatchObject({ has_more: false, next_offset: null });
    expect(list.text).not.toContain('Next page');
    expect(list.text).toContain('This is the last page.');
  });

  it('search_client "padarai" (swapped letters) suggests the Padarias', async () => {
    const result = await e2e.call('search_client', { client_name: 'padarai' });
    expect(result.text).toContain('Closest names');
    expect(result.text).toContain('Padaria Pão Quente');
  });

  it('update_ticket followers shows the list before → after, naming who was dropped', async () => {
    const result = await e2e.call('update_ticket', { ticket_number: open, followers: 'nova@padaria-pao-quente.test' });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('Followers: gerencia@padaria-pao-quente.test → nova@padaria-pao-quente.test');
    expect(result.text).toContain('removed: gerencia@padaria-pao-quente.test');
  });
});

describe('the lookup cache (item 5)', () => {
  it('a 401 drops the key’s cached lists: the next call reads TiFlux again', async () => {
    const args = { ticket_number: open, desk_name: 'Suporte' };
    expect((await e2e.call('update_ticket', args)).isError).toBe(false);
    e2e.sandbox.faults.inject({ kind: 'status', status: 401 });
    expect((await e2e.call('update_ticket', args)).isError).toBe(true);
    e2e.sandbox.faults.clear();
    e2e.sandbox.requests.length = 0;
    expect((await e2e.call('update_ticket', args)).isError).toBe(false);
    expect(e2e.upstream()).toContain('GET /desks');
  });
});

describe('npm start on a busy port (item 7)', () => {
  it('the emulator rejects with EADDRINUSE instead of crashing, and the message names the port and PORT=…', async () => {
    const port = e2e.endpoint.port;
    const error = await startLocalEndpoint({ port }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect((error as { code?: string }).code).toBe('EADDRINUSE');
    const message = startupProblem(error, port);
    expect(message).toContain(`Port ${port} is already in use`);
    expect(message).toMatch(/choose another port: PORT=\d+ npm start/);
  });
});
