/** Arguments TiFlux's server added to the original tools (issue 13): update_ticket, create_ticket, list_tickets, search_catalog_item. */
import { describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const open = String(SANDBOX_FIXTURES.openTicket);
const main = () => e2e.sandbox.data.tenants.main;
const ticket = (number: string | number) => main().tickets.find((t) => t.ticket_number === Number(number))!;
const suporte = () => main().desks.find((d) => d.display_name === 'Suporte')!;
const writes = () => e2e.upstream().filter((line) => !line.startsWith('GET'));

describe('update_ticket: priority, status and catalogue item', () => {
  it('priority by name in the ticket\'s desk, with its reason', async () => {
    const low = main().priorities.find((p) => p.desk_id === suporte().id && p.name === 'Baixa')!;
    const result = await e2e.call('update_ticket', { ticket_number: open, priority_name: 'baixa', priority_change_reason: 'Cliente pode aguardar' });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain(`- Priority: Baixa (id ${low.id}) (reason: Cliente pode aguardar)`);
    expect(ticket(open).priority_id).toBe(low.id);
  });

  it('a priority change without a reason is refused before any write', async () => {
    const result = await e2e.call('update_ticket', { ticket_number: open, priority_id: 1 });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('needs priority_change_reason');
    expect(writes()).toEqual([]);
  });

  it('an unknown priority name lists the desk\'s priorities; nothing written', async () => {
    const result = await e2e.call('update_ticket', { ticket_number: open, priority_name: 'Gigante', priority_change_reason: 'x' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('priority_name "Gigante"');
    expect(result.text).toMatch(/^- \d+ · Alta$/m);
    expect(writes()).toEqual([]);
  });

  it('catalogue item by name and a status id', async () => {
    const item = main().catalogItems.find((i) => i.name === 'Liberação de acesso ao VPN')!;
    const result = await e2e.call('update_ticket', { ticket_number: String(SANDBOX_FIXTURES.quietTicket), catalog_item_name: 'Liberação de acesso ao VPN', status_id: 2 });
    expect(result.isError, result.text).toBe(false);
    expect(ticket(SANDBOX_FIXTURES.quietTicket)).toMatchObject({ services_catalogs_item_id: item.id, status_id: 2 });
  });
});

describe('create_ticket: parent_ticket_number', () => {
  it('opens the ticket as a child of another', async () => {
    const result = await e2e.call('create_ticket', {
      title: 'Filho', description: 'Sub-tarefa', client_name: 'Padaria Pão Quente', desk_name: 'Suporte', parent_ticket_number: open,
    });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain(`- Parent ticket: #${open}`);
    const number = /#(\d+)/.exec(result.text)![1]!;
    expect(ticket(number).parent_ticket_number).toBe(Number(open));
  });

  it('a parent that does not exist is TiFlux\'s 422; a malformed one is refused locally', async () => {
    const missing = await e2e.call('create_ticket', { title: 'X', description: 'Y', client_name: 'Padaria Pão Quente', desk_name: 'Suporte', parent_ticket_number: '99999' });
    expect(missing.isError).toBe(true);
    expect(missing.text).toContain('ticket_reference_number: not found');
    const bad = await e2e.call('create_ticket', { title: 'X', description: 'Y', client_name: 'Padaria Pão Quente', desk_name: 'Suporte', parent_ticket_number: 'abc' });
    expect(bad.text).toContain('`parent_ticket_number`');
  });
});

describe('list_tickets: later filters', () => {
  it('filter_by all with a period and priority ids', async () => {
    const high = main().priorities.find((p) => p.desk_id === suporte().id && p.name === 'Alta')!;
    const result = await e2e.call('list_tickets', {
      filter_by: 'all', priority_ids: String(high.id), start_datetime: '2026-01-01T00:00:00-03:00', end_datetime: '2026-12-31T23:59:59-03:00', limit: 200,
    });
    expect(result.isError, result.text).toBe(false);
    const expected = main().tickets.filter((t) => t.priority_id === high.id).length;
    expect(result.structured!.total).toBe(expected);
    expect(result.text).toContain('open, closed and canceled tickets');
  });

  it('solved_in_time with no status lists closed tickets; with filter_by open it is refused; a reversed period too', async () => {
    const solved = await e2e.call('list_tickets', { date_type: 'solved_in_time', start_datetime: '2026-03-01T00:00:00Z', end_datetime: '2026-03-31T23:59:59Z' });
    expect(solved.isError, solved.text).toBe(false);
    expect(solved.text).toMatch(/^# \d+ closed tickets/);
    const refused = await e2e.call('list_tickets', { date_type: 'solved_in_time', filter_by: 'open', desk_name: 'Suporte' });
    expect(refused.text).toContain('cannot be combined with filter_by open');
    const reversed = await e2e.call('list_tickets', { start_datetime: '2026-03-31T00:00:00Z', end_datetime: '2026-03-01T00:00:00Z' });
    expect(reversed.text).toContain('is before start_datetime');
    expect(e2e.upstream().filter((line) => line === 'GET /tickets')).toHaveLength(1);
  });

  it('group_by counts instead of listing, month buckets zero-filled between start and end', async () => {
    const result = await e2e.call('list_tickets', {
      group_by: 'month', filter_by: 'all', desk_name: 'Suporte', start_datetime: '2026-01-01T00:00:00-03:00', end_datetime: '2026-12-31T23:59:59-03:00',
    });
    expect(result.isError, result.text).toBe(false);
    const buckets = result.structured!.buckets as { period: string; count: number }[];
    expect(buckets.map((b) => b.period)).toHaveLength(12);
    expect(buckets.find((b) => b.period === '2026-11')).toEqual({ period: '2026-11', count: 0 });
    const expected = main().tickets.filter((t) => t.desk_id === suporte().id).length;
    expect(result.structured!.total).toBe(expected);
    expect(result.text).toContain(`| **total** | **${expected}** |`);
    expect(e2e.sandbox.requests.find((r) => r.path === '/tickets')!.query.group_by).toBe('month');
  });

  it('group_by alone scopes the listing; an unknown value is refused', async () => {
    const desk = await e2e.call('list_tickets', { group_by: 'desk' });
    expect(desk.isError, desk.text).toBe(false);
    expect((desk.structured!.buckets as unknown[]).length).toBeGreaterThan(3);
    const bad = await e2e.call('list_tickets', { group_by: 'year' });
    expect(bad.isError).toBe(true);
    expect(bad.text).toContain('`group_by`');
  });

  it('priority_name is resolved in the one desk; without a desk it says so', async () => {
    const high = main().priorities.find((p) => p.desk_id === suporte().id && p.name === 'Alta')!;
    const result = await e2e.call('list_tickets', { desk_name: 'Suporte', priority_name: 'alta', filter_by: 'all' });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain(`priority Alta (${high.id})`);
    expect(result.structured!.total).toBe(main().tickets.filter((t) => t.desk_id === suporte().id && t.priority_id === high.id).length);
    const noDesk = await e2e.call('list_tickets', { priority_name: 'Alta' });
    expect(noDesk.text).toContain('priority_name needs exactly one desk');
  });

  it('catalog_query turns matching catalogue items of the desk into ids; too broad a query is refused', async () => {
    const item = main().catalogItems.find((i) => i.name === 'Liberação de acesso ao VPN')!;
    const result = await e2e.call('list_tickets', { desk_name: 'Suporte', catalog_query: 'liberacao de acesso ao vpn', filter_by: 'all' });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain(`catalogue items matching "liberacao de acesso ao vpn" (${item.id})`);
    expect(result.structured!.total).toBe(main().tickets.filter((t) => t.desk_id === suporte().id && t.services_catalogs_item_id === item.id).length);
    const broad = await e2e.call('list_tickets', { desk_name: 'Suporte', catalog_query: 'a' });
    expect(broad.isError).toBe(true);
    expect(broad.text).toMatch(/matches \d+ catalogue items, more than the 15/);
  });

  it('a status alone still does not scope the listing', async () => {
    const result = await e2e.call('list_tickets', { filter_by: 'closed' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('needs at least one filter');
  });
});

describe('search_catalog_item: search', () => {
  it('lets TiFlux match, sending name= with TiFlux\'s own paging', async () => {
    const result = await e2e.call('search_catalog_item', { desk_name: 'Suporte', search: 'VPN' });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('Liberação de acesso ao VPN');
    const sent = e2e.sandbox.requests.find((r) => /services-catalogs-items$/.test(r.path))!;
    expect(sent.query.name).toBe('VPN');
  });

  it('search and catalog_item_name together are refused', async () => {
    const result = await e2e.call('search_catalog_item', { desk_name: 'Suporte', search: 'VPN', catalog_item_name: 'VPN' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('not both');
    expect(e2e.upstream()).toEqual([]);
  });
});

describe('update_ticket_entities: entity, field and option by name', () => {
  it('sets a select field by field and option names', async () => {
    const field = main().entityFields.find((f) => f.name === 'Setor')!;
    const option = field.options!.find((o) => o.title === 'Financeiro')!;
    const result = await e2e.call('update_ticket_entities', {
      ticket_number: open, entities: [{ entity_name: 'Dados do equipamento', entity_field_name: 'setor', entity_field_option_name: 'financeiro' }],
    });
    expect(result.isError, result.text).toBe(false);
    expect(ticket(open).entity_values[field.id]).toMatchObject({ value: String(option.id) });
  });

  it('an unknown field name suggests close ones and writes nothing; ids still work as before', async () => {
    const unknown = await e2e.call('update_ticket_entities', { ticket_number: open, entities: [{ entity_field_name: 'Patrimonio XYZ', value: 'x' }] });
    expect(unknown.isError).toBe(true);
    expect(unknown.text).toContain('entity_field_name "Patrimonio XYZ"');
    expect(writes()).toEqual([]);
    const byId = await e2e.call('update_ticket_entities', { ticket_number: open, entities: [{ entity_field_id: 72, value: 'PAT-9' }] });
    expect(byId.isError, byId.text).toBe(false);
  });
});
