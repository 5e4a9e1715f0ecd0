/**
 * create_ticket, update_ticket, cancel_ticket, close_ticket and update_ticket_entities end to end, asserting on
 * what TiFlux ends up holding (the sandbox state) as well as on what the model is told.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const main = () => e2e.sandbox.data.tenants.main;
const desk = (displayName: string) => main().desks.find((d) => d.display_name === displayName)!;
const user = (name: string) => main().users.find((u) => u.name === name)!;
const client = (name: string) => main().clients.find((c) => c.name === name)!;
const ticket = (number: number | string) => main().tickets.find((t) => t.ticket_number === Number(number))!;
const posts = () => e2e.upstream().filter((line) => line.startsWith('POST') || line.startsWith('PUT'));

/** A selectable item of the desk that TiFlux lists after its first 200, with a name no other item shares. */
function lateCatalogItem(deskId: number) {
  const data = main();
  const catalogIds = new Set(data.catalogs.filter((c) => c.desk_ids.includes(deskId)).map((c) => c.id));
  const areaIds = new Set(data.areas.filter((a) => catalogIds.has(a.catalog_id)).map((a) => a.id));
  const items = data.catalogItems.filter((i) => i.selectable && areaIds.has(i.area_id)).sort((a, b) => a.id - b.id);
  expect(items.length).toBeGreaterThan(200);
  const isUnique = (name: string) => items.filter((i) => i.name.toLowerCase().includes(name.toLowerCase())).length === 1;
  return items.slice(200).find((item) => isUnique(item.name))!;
}

const baseTicket = { title: 'Impressora do caixa travando', description: 'A impressora trava\nao imprimir cupons.' };

describe('create_ticket', () => {
  it('creates with four names resolved over all pages; client, desk and responsible looked up in parallel', async () => {
    const item = lateCatalogItem(desk('Suporte').id);
    const before = main().tickets.length;
    // Each independent lookup is slowed down: run one after another they would take 3 × 300 ms before the catalogue.
    for (const path of ['/clients', '/desks', '/users']) e2e.sandbox.faults.inject({ kind: 'latency', method: 'GET', path, delayMs: 300, times: 1 });

    const result = await e2e.call('create_ticket', {
      ...baseTicket,
      client_name: 'padaria pao quente',
      desk_name: 'SUPORTE',
      responsible_name: SANDBOX_FIXTURES.lateAttendant,
      catalog_item_name: item.name,
    });

    expect(result.isError).toBe(false);
    expect(main().tickets.length).toBe(before + 1);
    const created = main().tickets.at(-1)!;
    expect(created).toMatchObject({
      title: baseTicket.title,
      client_id: client('Padaria Pão Quente').id,
      desk_id: desk('Suporte').id,
      responsible_id: user(SANDBOX_FIXTURES.lateAttendant).id,
      services_catalogs_item_id: item.id,
    });
    // Plain text keeps its line break as HTML.
    expect(created.description).toBe('<p>A impressora trava<br>ao imprimir cupons.</p>');
    expect(result.text).toContain(`Created ticket **#${created.ticket_number}**: ${baseTicket.title}`);
    expect(result.text).toContain(`- Responsible: ${SANDBOX_FIXTURES.lateAttendant} (id ${user(SANDBOX_FIXTURES.lateAttendant).id})`);
    expect(result.text).toContain(`- Catalogue item: ${item.name} (id ${item.id})`);

    const firstOf = (path: string) => e2e.sandbox.requests.find((r) => r.method === 'GET' && r.path === path)!;
    const started = ['/clients', '/desks', '/users'].map((path) => Date.parse(firstOf(path).receivedAt));
    expect(Math.max(...started) - Math.min(...started)).toBeLessThan(250);
    const catalogue = e2e.sandbox.requests.find((r) => r.path.endsWith('/services-catalogs-items'))!;
    expect(Date.parse(catalogue.receivedAt)).toBeGreaterThanOrEqual(Date.parse(firstOf('/desks').receivedAt) + 300);
    expect(posts()).toEqual(['POST /tickets']);
  });

  it('a warm call with cached names makes only the client search and the create call', async () => {
    const args = { ...baseTicket, client_name: 'Padaria Pão Quente', desk_name: 'Suporte', responsible_name: 'Ana Souza' };
    expect((await e2e.call('create_ticket', args)).isError).toBe(false);
    e2e.sandbox.requests.length = 0;
    expect((await e2e.call('create_ticket', args)).isError).toBe(false);
    // Desk and attendant lists come from the cache; a client name is one small search (issue 12: no per-query cache).
    expect(e2e.upstream()).toEqual(['GET /clients', 'POST /tickets']);
  });

  it('an ambiguous client name creates nothing and lists the candidates with their ids', async () => {
    const before = main().tickets.length;
    const result = await e2e.call('create_ticket', { ...baseTicket, client_name: 'Padaria', desk_id: desk('Suporte').id });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('client_name "Padaria" matches 3 clients equally well');
    for (const name of ['Padaria Pão Dourado', 'Padaria Pão Quente', 'Padaria Pão Quente Filial 2']) {
      expect(result.text).toContain(`- ${client(name).id} · ${name}`);
    }
    expect(main().tickets.length).toBe(before);
    expect(posts()).toEqual([]);
  });

  it('an unknown desk and an unknown attendant are both reported, with the closest names, and nothing is created', async () => {
    const result = await e2e.call('create_ticket', {
      ...baseTicket,
      client_id: client('Padaria Pão Quente').id,
      desk_name: 'Suporte Avançado',
      responsible_name: 'Zuleica Pereira',
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('No active desk is named like desk_name "Suporte Avançado". Closest names:');
    expect(result.text).toContain('No attendant is named like responsible_name "Zuleica Pereira"');
    expect(posts()).toEqual([]);
  });

  it('the catalogue item is looked up in the chosen desk', async () => {
    const result = await e2e.call('create_ticket', {
      ...baseTicket,
      client_id: client('Padaria Pão Quente').id,
      desk_id: desk('Suporte').id,
      catalog_item_name: 'item que não existe em lugar nenhum',
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain(`catalogue item of desk ${desk('Suporte').id}`);
    expect(posts()).toEqual([]);
  });

  it('without a client (and no default configured) it asks for one before any call', async () => {
    const result = await e2e.call('create_ticket', { ...baseTicket, desk_name: 'Suporte' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('create_ticket needs a client: pass client_id or client_name');
    expect(e2e.upstream()).toEqual([]);
  });

  describe('with TIFLUX_DEFAULT_* set', () => {
    afterEach(() => {
      delete process.env.TIFLUX_DEFAULT_CLIENT_ID;
      delete process.env.TIFLUX_DEFAULT_DESK_ID;
    });

    it('uses the deployment defaults when neither id nor name is given', async () => {
      process.env.TIFLUX_DEFAULT_CLIENT_ID = String(client('Padaria Pão Quente').id);
      process.env.TIFLUX_DEFAULT_DESK_ID = String(desk('Comercial').id);
      const result = await e2e.call('create_ticket', baseTicket);
      expect(result.isError).toBe(false);
      expect(main().tickets.at(-1)).toMatchObject({ client_id: client('Padaria Pão Quente').id, desk_id: desk('Comercial').id });
      expect(e2e.upstream()).toEqual(['POST /tickets']);
    });
  });

  it('invalid input is refused per field before any call', async () => {
    const result = await e2e.call('create_ticket', { title: '   ', description: 'x', client_id: -1, requestor_email: 'Ana' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('- `title` must not be empty');
    expect(result.text).toContain('- `client_id` must be a positive id');
    expect(result.text).toContain('- `requestor_email` must be one e-mail address');
    expect(e2e.upstream()).toEqual([]);
  });

  it('a 5xx on create is reported once and never retried (no duplicate ticket)', async () => {
    e2e.sandbox.faults.inject({ kind: 'status', status: 503, method: 'POST', path: '/tickets' });
    const result = await e2e.call('create_ticket', { ...baseTicket, client_id: client('Padaria Pão Quente').id, desk_id: desk('Suporte').id });
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/TiFlux/);
    expect(result.text).not.toMatch(/<html|error_code/i);
    expect(posts()).toEqual(['POST /tickets']);
  });

  it('with a non-admin key, responsible_name is found through /technical-users', async () => {
    const result = await e2e.call(
      'create_ticket',
      { ...baseTicket, client_id: client('Padaria Pão Quente').id, desk_id: desk('Suporte').id, responsible_name: 'Ana Souza' },
      e2e.sandbox.keys.nonAdmin,
    );
    expect(result.isError).toBe(false);
    expect(main().tickets.at(-1)!.responsible_id).toBe(user('Ana Souza').id);
    expect(e2e.upstream()).toEqual(expect.arrayContaining(['GET /users', 'GET /technical-users', 'POST /tickets']));
  });
});

describe('update_ticket', () => {
  const number = String(SANDBOX_FIXTURES.openTicket);

  it('transfers to a desk by name and puts the ticket in that desk\'s first stage', async () => {
    const target = desk('Suporte N2');
    const firstStage = main().stages.filter((s) => s.desk_id === target.id).sort((a, b) => a.index - b.index)[0]!;
    const result = await e2e.call('update_ticket', { ticket_number: number, desk_name: 'suporte n2' });
    expect(result.isError).toBe(false);
    expect(result.text).toContain(`- Desk: Suporte N2 (id ${target.id}) (transferred)`);
    expect(result.text).toContain(`- Stage: ${firstStage.name} (id ${firstStage.id}) (first stage of the new desk)`);
    expect(ticket(number)).toMatchObject({ desk_id: target.id, stage_id: firstStage.id });
  });

  it('stage_name alone is looked up in the ticket\'s current desk', async () => {
    const stage = main().stages.find((s) => s.desk_id === ticket(number).desk_id && s.name === 'Aguardando cliente')!;
    const result = await e2e.call('update_ticket', { ticket_number: number, stage_name: 'aguardando cliente' });
    expect(result.isError).toBe(false);
    expect(ticket(number).stage_id).toBe(stage.id);
    expect(e2e.upstream()).toContain(`GET /tickets/${number}`);
  });

  it('assigns by name, unassigns with null, replaces followers', async () => {
    await e2e.call('update_ticket', { ticket_number: number, responsible_name: 'Élida' });
    expect(ticket(number).responsible_id).toBe(user(SANDBOX_FIXTURES.lateAttendant).id);
    const result = await e2e.call('update_ticket', { ticket_number: number, responsible_id: null, followers: '' });
    expect(result.text).toContain('- Responsible: none (unassigned)');
    expect(ticket(number)).toMatchObject({ responsible_id: null, followers: '' });
  });

  it('an ambiguous responsible changes nothing', async () => {
    const before = structuredClone(ticket(number));
    const result = await e2e.call('update_ticket', { ticket_number: number, title: 'Novo título', responsible_name: 'Ana' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('responsible_name "Ana" matches');
    expect(ticket(number)).toEqual(before);
    expect(posts()).toEqual([]);
  });

  it('nothing to change → isError listing the fields, no call', async () => {
    const result = await e2e.call('update_ticket', { ticket_number: number });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('Nothing to update: pass at least one of title, description');
    expect(e2e.upstream()).toEqual([]);
  });

  it('a missing ticket → isError not found', async () => {
    const result = await e2e.call('update_ticket', { ticket_number: '99999', title: 'x' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('found no ticket #99999');
  });

  it('a transfer TiFlux refuses is explained, not dumped', async () => {
    const result = await e2e.call('update_ticket', { ticket_number: number, desk_name: 'Comercial' });
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/^TiFlux rejected the request to update ticket #84429 \(HTTP 422/);
  });
});

describe('cancel_ticket and close_ticket', () => {
  it('cancel: the ticket ends cancelled and TiFlux\'s message is shown', async () => {
    const number = SANDBOX_FIXTURES.quietTicket;
    const result = await e2e.call('cancel_ticket', { ticket_number: String(number) });
    expect(result).toMatchObject({ isError: false });
    expect(result.text).toContain(`Ticket **#${number}** was cancelled.`);
    expect(ticket(number).state).toBe('canceled');
  });

  it('cancel of a cancelled ticket → isError with TiFlux\'s reason', async () => {
    const result = await e2e.call('cancel_ticket', { ticket_number: String(SANDBOX_FIXTURES.canceledTicket) });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('(HTTP 422');
  });

  it('close: the ticket ends closed', async () => {
    const number = SANDBOX_FIXTURES.openTicket;
    const result = await e2e.call('close_ticket', { ticket_number: String(number) });
    expect(result.isError).toBe(false);
    expect(result.text).toContain(`Ticket **#${number}** was closed.`);
    expect(ticket(number).state).toBe('closed');
  });

  it('close of a missing ticket → isError not found', async () => {
    const result = await e2e.call('close_ticket', { ticket_number: '99999' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('found no ticket #99999');
  });
});

describe('update_ticket_entities', () => {
  const number = String(SANDBOX_FIXTURES.openTicket);
  const field = (name: string) => main().entityFields.find((f) => f.name === name)!;

  it('sets values and echoes them back', async () => {
    const result = await e2e.call('update_ticket_entities', {
      ticket_number: number,
      entities: [{ entity_field_id: field('Patrimônio').id, value: 'PAT-9999' }],
    });
    expect(result.isError).toBe(false);
    expect(result.text).toContain(`- Patrimônio (entity_field_id ${field('Patrimônio').id}): PAT-9999`);
    expect(ticket(number).entity_values[field('Patrimônio').id]?.value).toBe('PAT-9999');
  });

  it('more than 50 values is refused before any call', async () => {
    const entities = Array.from({ length: 51 }, () => ({ entity_field_id: 72, value: 'x' }));
    const result = await e2e.call('update_ticket_entities', { ticket_number: number, entities });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('`entities` accepts at most 50 field values per call');
    expect(e2e.upstream()).toEqual([]);
  });

  it('a value TiFlux rejects is reported with the field', async () => {
    const result = await e2e.call('update_ticket_entities', {
      ticket_number: number,
      entities: [{ entity_field_id: field('Data da compra').id, value: 'ontem' }],
    });
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/^TiFlux rejected the request to update the custom fields of ticket #84429 \(HTTP 422/);
  });
});
