/** Compact output (x-tiflux-verbosity / ?verbosity=compact): one line per row, paging on one line, same structured content. */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_FIXTURES } from '../../sandbox/families/chats/index.js';
import { CLIENT_DETAIL_FIXTURES } from '../../sandbox/families/client-details/index.js';
import { SANDBOX_FIXTURES, type SandboxHandle } from '../../sandbox/server.js';
import type { LocalEndpoint } from '../../test-lambda-local.js';
import { startSandboxEndpoint, type SandboxEndpoint } from '../helpers/sandbox-endpoint.js';

let stack: SandboxEndpoint;
let sandbox: SandboxHandle;
let endpoint: LocalEndpoint;
beforeAll(async () => {
  ({ sandbox, endpoint } = stack = await startSandboxEndpoint());
});
afterAll(() => stack.close());

async function call(search: string, name: string, args: Record<string, unknown>) {
  const client = new Client({ name: 'verbosity-test', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${endpoint.url}${search}`), {
      requestInit: { headers: { 'x-tiflux-api-key': sandbox.keys.admin, 'x-tiflux-toolsets': 'all' } },
    }),
  );
  const result = await client.callTool({ name, arguments: args });
  await client.close();
  return { text: (result.content as { text: string }[])[0]!.text, structured: result.structuredContent };
}

describe('compact verbosity', () => {
  it('lists one line per row with the paging on the heading line, and the same structured content as rich', async () => {
    const args = { desk_name: 'Suporte', limit: 5 };
    const rich = await call('', 'list_tickets', args);
    const compact = await call('?verbosity=compact', 'list_tickets', args);
    const lines = compact.text.split('\n');
    expect(lines).toHaveLength(1 + 5);
    expect(lines[0]).toMatch(/^\d+ open tickets \(desk .*\) — page 1 · 5 of \d+ tickets · next: offset 2$/);
    expect(compact.text).not.toContain('**');
    expect(compact.text).not.toContain('# ');
    expect(rich.text.split('\n').length).toBeGreaterThan(lines.length);
    expect(rich.text).toContain('Next page: call again with the same arguments and offset 2.');
    expect(compact.structured).toEqual(rich.structured);
  });

  it('shortens long rows with a note, and the header works like the query parameter', async () => {
    const compact = await call('?verbosity=compact', 'search_client', { client_name: 'padaria' });
    expect(compact.text.split('\n')[0]).toMatch(/^Clients matching "padaria" — page 1 · 3 of 3 clients$/);
    for (const line of compact.text.split('\n').slice(1)) expect(line.length).toBeLessThanOrEqual(200);
  });

  it.each([
    ['list_clients', {}],
    ['list_desks', {}],
    ['list_equipments', {}],
    ['list_knowledge_folders', {}],
  ])('%s honours it too: heading and paging on one line, one plain line per row', async (name, args) => {
    const rich = await call('', name, args);
    const compact = await call('?verbosity=compact', name, args);
    expect(rich.text.startsWith('# ')).toBe(true);
    const [first, ...rows] = compact.text.split('\n');
    expect(first).toMatch(/ — page 1 · \d+/);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).not.toContain('**');
    expect(compact.structured).toEqual(rich.structured);
  });

  const ticket = String(SANDBOX_FIXTURES.openTicket);
  const client = { client_name: CLIENT_DETAIL_FIXTURES.client };
  it.each([
    ['list_appointments', { ticket_number: ticket }, 'appointments'],
    ['list_appointments_global', { start_date: '2026-01-01', end_date: '2026-08-31' }, 'appointments'],
    ['list_pre_appointments', { ticket_number: ticket }, 'pre_appointments'],
    ['list_inbox_chats', {}, 'chats'],
    ['list_my_chats', {}, 'chats'],
    ['list_in_attendance_chats', {}, 'chats'],
    ['list_archived_chats', {}, 'chats'],
    ['list_chat_messages', { id: CHAT_FIXTURES.myChat }, 'messages'],
    ['list_client_addresses', client, 'addresses'],
    ['list_client_contacts', client, 'contacts'],
    ['get_billings_history', {}, 'billings'],
    ['list_contracts', { status: 'actives,readjust,expired' }, 'contracts'],
    ['list_departments', {}, 'departments'],
    ['list_entities', {}, 'entities'],
    ['list_entity_fields', { entity_name: 'dados do solic' }, 'fields'],
    ['search_requestor', { name: 'maria' }, 'requestors'],
    ['list_services_catalogs', {}, 'services_catalogs'],
    ['list_services_catalog_areas', { services_catalog_name: 'Acessos e seguranca' }, 'areas'],
    ['list_services_catalog_items', { area_name: 'acessos' }, 'items'],
    ['list_ticket_answers', { ticket_number: ticket }, 'answers'],
    ['get_ticket_checklists', { ticket_number: ticket }, 'checklists'],
    ['get_ticket_histories', { ticket_number: ticket, history_of: 0 }, 'entries'],
    ['get_ticket_stages_slas', { ticket_number: ticket }, 'passages'],
  ])('%s: one line per row, heading and paging on the first line, same structured content', async (name, args, key) => {
    const rich = await call('', name, args);
    const compact = await call('?verbosity=compact', name, args);
    expect(rich.text.startsWith('# '), rich.text).toBe(true);
    expect(rich.text).toMatch(/\nPage 1 · \d+/);
    const [first, ...rows] = compact.text.split('\n');
    expect(first).toMatch(/ — page 1 · \d+/);
    const listed = (compact.structured as Record<string, unknown[]>)[key]!;
    expect(listed.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(listed.length);
    for (const row of rows) {
      expect(row).not.toContain('**');
      expect(row.length).toBeLessThanOrEqual(200);
    }
    expect(compact.text).not.toMatch(/^#/m);
    expect(compact.text).not.toContain('**');
    expect(compact.structured).toEqual(rich.structured);
  });

  it('keeps what the rich answer says about the whole page on the first line, and the next offset', async () => {
    const appointments = await call('?verbosity=compact', 'list_appointments', { ticket_number: ticket });
    expect(appointments.text.split('\n')[0]).toMatch(/^Appointments of ticket #\d+ — page 1 · \d+ of \d+ appointments · \d+h\d\d on this page\.$/);
    const checklists = await call('?verbosity=compact', 'get_ticket_checklists', { ticket_number: ticket });
    expect(checklists.text.split('\n')[0]).toMatch(/ · (Closing is blocked by: .*|No checklist blocks closing\.)$/);
    const addresses = await call('?verbosity=compact', 'list_client_addresses', { ...client, limit: 1 });
    expect(addresses.text.split('\n')[0]).toMatch(/^Addresses of client Padaria Pão Quente \(id \d+\) — page 1 · 1 addresses · next: offset 2$/);
    expect(addresses.text.split('\n')).toHaveLength(2);
  });
});
