/** get_ticket, list_tickets and get_ticket_files end to end: SDK client → emulator → handler → sandbox TiFlux. */
import { describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const main = () => e2e.sandbox.data.tenants.main;
const deskId = (displayName: string) => main().desks.find((desk) => desk.display_name === displayName)!.id;
const open = String(SANDBOX_FIXTURES.openTicket);

describe('get_ticket', () => {
  it('reads a ticket: markdown with names, ids, dates and links; structured content with every field', async () => {
    const result = await e2e.call('get_ticket', { ticket_number: open, show_entities: true });
    expect(result.isError).toBe(false);
    expect(result.text).toContain(`## Ticket #${open}: VPN não conecta`);
    expect(result.text).toContain('- Client: Padaria Pão Quente (id ');
    expect(result.text).toContain('Desde ontem a VPN retorna "tempo esgotado"');
    expect(result.text).toMatch(/Patrimônio: PAT-0429 {2}\(entity_field_id \d+, text\)/);
    expect(result.text).toMatch(/- Link \(attendants\): https?:\/\//);
    expect(result.structured).toMatchObject({
      ticket_number: open,
      title: 'VPN não conecta',
      is_closed: false,
      desk: { id: deskId('Suporte'), name: 'Suporte' },
      tags: ['vpn'],
      followers: ['gerencia@padaria-pao-quente.test'],
    });
    expect(e2e.upstream()).toEqual([`GET /tickets/${open}`]);
  });

  it('accepts the ticket number as a number too', async () => {
    const result = await e2e.call('get_ticket', { ticket_number: SANDBOX_FIXTURES.closedTicket });
    expect(result.isError).toBe(false);
    expect(result.structured).toMatchObject({ ticket_number: String(SANDBOX_FIXTURES.closedTicket), is_closed: true });
  });

  it('not found → isError saying so', async () => {
    const result = await e2e.call('get_ticket', { ticket_number: String(SANDBOX_FIXTURES.missingTicket) });
    expect(result).toMatchObject({ isError: true, structured: undefined });
    expect(result.text).toBe(`TiFlux found no ticket #${SANDBOX_FIXTURES.missingTicket} (HTTP 404): check the number or id.`);
  });

  it('another organisation\'s key does not see the ticket', async () => {
    const result = await e2e.call('get_ticket', { ticket_number: open }, e2e.sandbox.keys.otherTenant);
    expect(result.isError).toBe(true);
    expect(result.text).toContain('found no ticket');
  });

  it('a path-steering ticket number never reaches TiFlux', async () => {
    const result = await e2e.call('get_ticket', { ticket_number: '1/../../users' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('`ticket_number` must be a ticket number made of digits only');
    expect(e2e.upstream()).toEqual([]);
  });
});

describe('list_tickets', () => {
  it('filters by desk name across all desks, shows the total and how to get the next page', async () => {
    const result = await e2e.call('list_tickets', { desk_name: 'suporte', limit: 5 });
    expect(result.isError).toBe(false);
    const total = main().tickets.filter((t) => t.desk_id === deskId('Suporte') && t.state === 'open').length;
    expect(result.text).toContain(`# ${total} open tickets (desk Suporte (${deskId('Suporte')}))`);
    expect(result.text).toContain(`Page 1 · 5 of ${total} tickets shown (1–5). Next page: call again with the same arguments and offset 2.`);
    expect(result.structured).toMatchObject({ offset: 1, limit: 5, total, has_more: true, next_offset: 2 });
    const tickets = result.structured!.tickets as { desk: { id: number }; is_closed: boolean }[];
    expect(tickets).toHaveLength(5);
    expect(tickets.every((t) => t.desk.id === deskId('Suporte'))).toBe(true);
    const list = e2e.sandbox.requests.find((r) => r.path === '/tickets')!;
    expect(list.query).toMatchObject({ desk_ids: String(deskId('Suporte')), is_closed: 'false', offset: '1', limit: '5' });
  });

  it('resolves a stage on the 28-stage desk (beyond the first 20) by name', async () => {
    const desk = deskId(SANDBOX_FIXTURES.deskWithManyStages);
    const late = main().stages.filter((s) => s.desk_id === desk).sort((a, b) => a.index - b.index)[24]!;
    const result = await e2e.call('list_tickets', { desk_ids: String(desk), stage_name: late.name, is_closed: true });
    expect(result.isError).toBe(false);
    const list = e2e.sandbox.requests.find((r) => r.path === '/tickets')!;
    expect(list.query).toMatchObject({ stage_ids: String(late.id), is_closed: 'true' });
  });

  it('needs at least one filter; says which, without calling TiFlux', async () => {
    const result = await e2e.call('list_tickets', { is_closed: true });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('list_tickets needs at least one filter');
    expect(e2e.upstream()).toEqual([]);
  });

  it('stage_name without exactly one desk is refused with the fix', async () => {
    const result = await e2e.call('list_tickets', { stage_name: 'Triagem', desk_ids: '1,2' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('stage_name needs exactly one desk');
  });

  it('an ambiguous desk name lists the candidates with ids and lists no tickets', async () => {
    const result = await e2e.call('list_tickets', { desk_name: 'sup' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('desk_name "sup" matches');
    expect(result.text).toContain(`${deskId('Suporte N2')} · `);
    expect(e2e.upstream()).not.toContain('GET /tickets');
  });

  it('several wrong names are all reported at once', async () => {
    const result = await e2e.call('list_tickets', { client_name: 'padaria', responsible_name: 'zzzz qqq' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('client_name "padaria" matches 3 clients');
    expect(result.text).toContain('No attendant is named like responsible_name "zzzz qqq"');
  });

  it('refuses more than 15 ids and a limit over 200 instead of clamping', async () => {
    const ids = Array.from({ length: 16 }, (_, i) => i + 1).join(',');
    const result = await e2e.call('list_tickets', { client_ids: ids, limit: 201 });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('`client_ids` accepts at most 15 ids (got 16)');
    expect(result.text).toContain('`limit` must be at most 200');
    expect(e2e.upstream()).toEqual([]);
  });

  it('an empty result says so and suggests closed tickets', async () => {
    const result = await e2e.call('list_tickets', { client_ids: '999999' });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('No open tickets match client_ids 999999. Set is_closed: true for closed ones.');
    expect(result.structured).toMatchObject({ tickets: [], total: 0 });
  });
});

describe('get_ticket_files', () => {
  it('lists each file with id, type, size, author and URL', async () => {
    const result = await e2e.call('get_ticket_files', { ticket_number: open });
    expect(result.isError).toBe(false);
    expect(result.text).toContain(`# 2 files on ticket #${open}`);
    expect(result.text).toMatch(/\*\*log-vpn\.txt\*\* \(id \d+\) · text\/plain · 32 B · added .* by Ana Souza\n {2}https?:\/\//);
    const files = result.structured!.files as { name: string; size_bytes: number }[];
    expect(files.map((file) => file.name)).toEqual(['log-vpn.txt', 'configuração-vpn.pdf']);
  });

  it('a ticket without files says so', async () => {
    const result = await e2e.call('get_ticket_files', { ticket_number: String(SANDBOX_FIXTURES.quietTicket) });
    expect(result).toMatchObject({ isError: false, structured: { files: [] } });
    expect(result.text).toBe(`Ticket #${SANDBOX_FIXTURES.quietTicket} has no files.`);
  });

  it('not found → isError', async () => {
    const result = await e2e.call('get_ticket_files', { ticket_number: '99999' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('found no ticket #99999');
  });
});
