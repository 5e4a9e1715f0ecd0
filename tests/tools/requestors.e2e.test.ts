/** The requestors toolset, search_requestor, search_technical_user and requestor linking on create/update_ticket. */
import { describe, expect, it } from 'vitest';
import { PEOPLE_FIXTURES } from '../../sandbox/families/clients/index.js';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const main = () => e2e.sandbox.data.tenants.main;
const client = (name: string) => main().clients.find((c) => c.name === name)!;
const padaria = () => client(PEOPLE_FIXTURES.client);
const requestor = (name: string, clientName: string = PEOPLE_FIXTURES.client) =>
  main().requestors.find((r) => r.name === name && r.client_id === client(clientName).id)!;
const writes = () => e2e.upstream().filter((line) => !line.startsWith('GET'));
const nonAdmin = () => e2e.sandbox.keys.nonAdmin;

describe('list_requestors', () => {
  it('lists a client\'s requestors by client name, with ids', async () => {
    const result = await e2e.call('list_requestors', { client_name: 'Padaria Pão Quente', limit: 50 });
    expect(result.isError, result.text).toBe(false);
    const maria = requestor(PEOPLE_FIXTURES.sharedRequestor);
    expect(result.text).toContain(`- **${PEOPLE_FIXTURES.sharedRequestor}** (requestor_id ${maria.id}) · ${PEOPLE_FIXTURES.sharedEmail}`);
    expect(result.structured).toMatchObject({ client_id: padaria().id });
    const names = (result.structured!.requestors as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining([PEOPLE_FIXTURES.sharedRequestor, PEOPLE_FIXTURES.secondMaria]));
  });

  it('filters on TiFlux\'s side and shows custom fields when asked', async () => {
    const result = await e2e.call('list_requestors', { client_id: padaria().id, name: 'Aparecida', include_entity_fields: true });
    const rows = result.structured!.requestors as { name: string; entity_fields: { name: string; value: string }[] }[];
    expect(rows.map((r) => r.name)).toEqual([PEOPLE_FIXTURES.sharedRequestor]);
    expect(rows[0]!.entity_fields).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Setor', value: 'Financeiro' })]));
    expect(result.text).toContain('  - Cargo: Gerente administrativa');
  });

  it('an ambiguous client name lists the clients; an unknown client id is TiFlux\'s 404', async () => {
    const ambiguous = await e2e.call('list_requestors', { client_name: 'Padaria' });
    expect(ambiguous.isError).toBe(true);
    expect(ambiguous.text).toContain('client_name "Padaria" matches 3 clients');
    const missing = await e2e.call('list_requestors', { client_id: 999999 });
    expect(missing.isError).toBe(true);
    expect(missing.text).toContain('TiFlux found no client with id 999999');
  });

  it('needs a client', async () => {
    const result = await e2e.call('list_requestors', {});
    expect(result.isError).toBe(true);
    expect(result.text).toContain('pass client_id or client_name');
    expect(e2e.upstream()).toEqual([]);
  });
});

describe('get_requestor', () => {
  it('reads one requestor with its custom fields by entity', async () => {
    const maria = requestor(PEOPLE_FIXTURES.sharedRequestor);
    const result = await e2e.call('get_requestor', { client_id: padaria().id, requestor_id: maria.id, show_entities: true });
    expect(result.isError, result.text).toBe(false);
    expect(result.structured!.requestor).toMatchObject({ id: maria.id, email: PEOPLE_FIXTURES.sharedEmail, client_name: PEOPLE_FIXTURES.client });
    expect(result.text).toContain('## Dados do solicitante');
    expect(result.text).toMatch(/- Setor \(entity_field_id \d+\): Financeiro/);
  });

  it('a requestor of another client is not found', async () => {
    const mercado = requestor(PEOPLE_FIXTURES.mercadoRequestor, 'Mercado São João');
    const result = await e2e.call('get_requestor', { client_id: padaria().id, requestor_id: mercado.id });
    expect(result.isError).toBe(true);
    expect(result.text).toContain(`TiFlux found no requestor ${mercado.id} in client ${padaria().id}`);
  });
});

describe('create_requestor', () => {
  it('creates a requestor, sending only the fields given', async () => {
    const result = await e2e.call('create_requestor', { client_name: 'Mercado São João', name: 'Tereza Cristina Moraes', email: 'tereza@mercadosaojoao.test' });
    expect(result.isError, result.text).toBe(false);
    const created = main().requestors.find((r) => r.email === 'tereza@mercadosaojoao.test')!;
    expect(created).toMatchObject({ client_id: client('Mercado São João').id, telephone: null });
    expect(result.text).toContain(`(requestor_id ${created.id})`);
    const body = e2e.sandbox.requests.find((request) => request.method === 'POST')!.json;
    expect(body).toEqual({ name: 'Tereza Cristina Moraes', email: 'tereza@mercadosaojoao.test' });
  });

  it('a duplicate e-mail is TiFlux\'s 422; a blank telephone is refused before any call', async () => {
    const duplicate = await e2e.call('create_requestor', { client_id: padaria().id, name: 'Outra Maria', email: PEOPLE_FIXTURES.sharedEmail });
    expect(duplicate.isError).toBe(true);
    expect(duplicate.text).toContain('email: has already been taken');
    e2e.reset();
    const blank = await e2e.call('create_requestor', { client_id: padaria().id, name: 'X', email: 'x@y.test', telephone: ' ' });
    expect(blank.isError).toBe(true);
    expect(blank.text).toContain('TiFlux refuses a blank telephone');
    expect(e2e.upstream()).toEqual([]);
  });
});

describe('update_requestor', () => {
  it('sends only the fields given and answers before → after', async () => {
    const maria = requestor(PEOPLE_FIXTURES.secondMaria);
    const result = await e2e.call('update_requestor', { client_id: padaria().id, requestor_id: maria.id, telephone: '(47) 3333-4444' });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('- telephone: (47) 99876-1234 → (47) 3333-4444');
    const put = e2e.sandbox.requests.find((request) => request.method === 'PUT')!;
    expect(put.json).toEqual({ telephone: '(47) 3333-4444' });
    expect(requestor(PEOPLE_FIXTURES.secondMaria).name).toBe(PEOPLE_FIXTURES.secondMaria);
  });

  it('refuses an update with no field, before any call', async () => {
    const result = await e2e.call('update_requestor', { client_id: padaria().id, requestor_id: 1 });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('Nothing to update: pass at least one of name, email, telephone, extension, can_open_ticket');
    expect(e2e.upstream()).toEqual([]);
  });

  it('an unknown requestor → 404, nothing written', async () => {
    const result = await e2e.call('update_requestor', { client_id: padaria().id, requestor_id: 999999, name: 'X' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('TiFlux found no requestor 999999');
    expect(writes()).toEqual([]);
  });
});

describe('update_requestor_entities', () => {
  it('resolves field and option by name (near matches) and answers before → after', async () => {
    const maria = requestor(PEOPLE_FIXTURES.sharedRequestor);
    const result = await e2e.call('update_requestor_entities', {
      client_id: padaria().id,
      requestor_id: maria.id,
      entities: [
        { entity_field_name: 'setor', entity_field_option_name: 'diretoria' },
        { entity_field_name: 'cargo', value: 'Sócia' },
      ],
    });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toMatch(/- Setor \(entity_field_id \d+\): Financeiro → Diretoria/);
    expect(result.text).toMatch(/- Cargo \(entity_field_id \d+\): Gerente administrativa → Sócia/);
    const setor = main().entityFields.find((f) => f.name === 'Setor' && f.options?.some((o) => o.title === 'Diretoria'))!;
    const diretoria = setor.options!.find((o) => o.title === 'Diretoria')!;
    expect(requestor(PEOPLE_FIXTURES.sharedRequestor).entity_values[setor.id]).toMatchObject({ value: String(diretoria.id) });
  });

  it('an unknown option lists the valid ones; an ambiguous one lists the candidates; nothing written', async () => {
    const maria = requestor(PEOPLE_FIXTURES.sharedRequestor);
    const unknown = await e2e.call('update_requestor_entities', {
      client_id: padaria().id, requestor_id: maria.id, entities: [{ entity_field_name: 'Setor', entity_field_option_name: 'Marketing' }],
    });
    expect(unknown.isError).toBe(true);
    expect(unknown.text).toContain('No option of "Setor" is named like entity_field_option_name "Marketing"');
    expect(unknown.text).toMatch(/- \d+ · Compras/);
    expect(unknown.text).toMatch(/- \d+ · Diretoria/);
    const ambiguous = await e2e.call('update_requestor_entities', {
      client_id: padaria().id, requestor_id: maria.id, entities: [{ entity_field_name: 'Setor', entity_field_option_name: 'Suporte' }],
    });
    expect(ambiguous.isError).toBe(true);
    expect(ambiguous.text).toContain('matches 2 options of "Setor" equally well');
    expect(writes()).toEqual([]);
  });

  it('an ambiguous field name across entities lists the fields with their entity', async () => {
    const maria = requestor(PEOPLE_FIXTURES.sharedRequestor);
    const result = await e2e.call('update_requestor_entities', {
      client_id: padaria().id, requestor_id: maria.id, entities: [{ entity_field_name: 'canal', entity_field_option_name: 'E-mail' }],
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('entity_field_name "canal" matches 2 custom fields');
    expect(result.text).toContain('in Preferências de atendimento');
    const narrowed = await e2e.call('update_requestor_entities', {
      client_id: padaria().id, requestor_id: maria.id,
      entities: [{ entity_name: 'preferencias', entity_field_name: 'canal', entity_field_option_name: 'ligacao' }],
    });
    expect(narrowed.isError, narrowed.text).toBe(false);
    expect(narrowed.text).toMatch(/Canal de retorno \(entity_field_id \d+\): \(empty\) → Ligação/);
  });

  it('a value TiFlux refuses is its 422', async () => {
    const maria = requestor(PEOPLE_FIXTURES.sharedRequestor);
    const result = await e2e.call('update_requestor_entities', {
      client_id: padaria().id, requestor_id: maria.id, entities: [{ entity_field_name: 'Data de admissão', value: 'ontem' }],
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('must be a date as YYYY-MM-DD');
  });
});

describe('search_requestor', () => {
  it('admin key: the global list, every client\'s Maria Aparecida, with client ids', async () => {
    const result = await e2e.call('search_requestor', { name: 'maria aparecida' });
    expect(result.isError, result.text).toBe(false);
    expect(result.structured!.found_in).toBe('requestors');
    const rows = result.structured!.requestors as { client_name: string }[];
    expect(rows.map((r) => r.client_name).sort()).toEqual([PEOPLE_FIXTURES.client, PEOPLE_FIXTURES.otherClient]);
  });

  it('non-admin key: falls back to the client\'s list and says why', async () => {
    const result = await e2e.call('search_requestor', { name: 'Maria', client_id: padaria().id }, nonAdmin());
    expect(result.isError, result.text).toBe(false);
    expect(result.structured!.found_in).toBe('client_requestors');
    expect(result.text).toContain('that list needs an admin API key');
    expect((result.structured!.requestors as { name: string }[]).map((r) => r.name)).toEqual(
      expect.arrayContaining([PEOPLE_FIXTURES.sharedRequestor, PEOPLE_FIXTURES.secondMaria]),
    );
  });

  it('with client_id, the client\'s list is matched accent-insensitively', async () => {
    const mercado = client('Mercado São João');
    const result = await e2e.call('search_requestor', { name: 'joao batista', client_id: mercado.id }, nonAdmin());
    expect(result.structured!.found_in).toBe('client_requestors');
    expect((result.structured!.requestors as { name: string }[]).map((r) => r.name)).toEqual([PEOPLE_FIXTURES.mercadoRequestor]);
  });

  it('no requestor: TiFlux users, with their e-mail to use as requestor_email', async () => {
    const result = await e2e.call('search_requestor', { name: SANDBOX_FIXTURES.lateAttendant });
    expect(result.structured!.found_in).toBe('users');
    const late = main().users.find((u) => u.name === SANDBOX_FIXTURES.lateAttendant)!;
    expect(result.text).toContain(`requestor_email: ${late.email}`);
  });

  it('nothing at all: suggests opening the ticket as yourself', async () => {
    const result = await e2e.call('search_requestor', { name: 'Zzyzx Qwerty' });
    expect(result.isError).toBe(false);
    expect(result.structured!.found_in).toBe('me');
    expect(result.text).toContain('You can open the ticket as yourself: Carla Mendes');
  });

  it('needs something to look for', async () => {
    const result = await e2e.call('search_requestor', { client_id: 1 });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('pass name, email, telephone or can_open_ticket');
    expect(e2e.upstream()).toEqual([]);
  });
});

describe('search_technical_user', () => {
  it('works with a non-admin key, best match first', async () => {
    const result = await e2e.call('search_technical_user', { name: 'Ana' }, nonAdmin());
    expect(result.isError, result.text).toBe(false);
    const names = (result.structured!.users as { name: string }[]).map((u) => u.name);
    expect(names[0]).toBe('Ana Luíza Martins');
    expect(names).toEqual(expect.arrayContaining(['Ana Souza', 'Ana Paula Ribeiro']));
  });

  it('scopes by desk name; an ambiguous desk name lists the desks', async () => {
    const result = await e2e.call('search_technical_user', { desk_name: 'Suporte Técnico Externo', name: 'Ana' });
    expect((result.structured!.users as { name: string }[]).map((u) => u.name)).toEqual(['Ana Luíza Martins']);
    const ambiguous = await e2e.call('search_technical_user', { desk_name: 'Field Service' });
    expect(ambiguous.isError).toBe(true);
    expect(ambiguous.text).toContain('desk_name "Field Service" matches 3 desks');
  });

  it('no match is said plainly', async () => {
    const result = await e2e.call('search_technical_user', { name: 'Zzyzx' });
    expect(result.isError).toBe(false);
    expect(result.text).toBe('No attendant matches "Zzyzx".');
  });
});

const ticketBase = { title: 'Forno não liga', description: 'O forno da loja não liga.', desk_name: 'Suporte' };
const newTicket = () => main().tickets[main().tickets.length - 1]!;

describe('create_ticket requestor linking', () => {
  it('links by exact e-mail among the client\'s requestors (the shared Maria of the right client)', async () => {
    const result = await e2e.call('create_ticket', { ...ticketBase, client_name: PEOPLE_FIXTURES.otherClient, requestor_email: PEOPLE_FIXTURES.sharedEmail.toUpperCase() });
    expect(result.isError, result.text).toBe(false);
    const maria = requestor(PEOPLE_FIXTURES.sharedRequestor, PEOPLE_FIXTURES.otherClient);
    expect(newTicket().requestor_id).toBe(maria.id);
    expect(result.text).toContain(`- Requestor: ${PEOPLE_FIXTURES.sharedRequestor} (requestor_id ${maria.id}`);
  });

  it('links by a near name; an ambiguous name creates nothing and lists the candidates', async () => {
    const near = await e2e.call('create_ticket', { ...ticketBase, client_id: padaria().id, requestor_name: 'maria clara' });
    expect(near.isError, near.text).toBe(false);
    expect(newTicket().requestor_id).toBe(requestor(PEOPLE_FIXTURES.secondMaria).id);
    e2e.reset();
    const count = main().tickets.length;
    const ambiguous = await e2e.call('create_ticket', { ...ticketBase, client_id: padaria().id, requestor_name: 'Maria' });
    expect(ambiguous.isError).toBe(true);
    expect(ambiguous.text).toContain('requestor_name "Maria" matches 2 requestors equally well');
    expect(ambiguous.text).toContain('no ticket was created');
    expect(main().tickets.length).toBe(count);
    expect(writes()).toEqual([]);
  });

  it('an e-mail must match exactly; no match is sent as given and said so', async () => {
    const result = await e2e.call('create_ticket', { ...ticketBase, client_id: padaria().id, requestor_email: 'maria@padariapaoquente.test', requestor_name: 'Maria Nova' });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('no requestor of the client matches requestor_email "maria@padariapaoquente.test"; sent as given');
    const created = main().requestors.find((r) => r.email === 'maria@padariapaoquente.test')!;
    expect(newTicket().requestor_id).toBe(created.id);
  });

  it('on a 403 for the client\'s list, uses the global list, keeping only that client\'s requestors', async () => {
    e2e.sandbox.faults.inject({ kind: 'status', status: 403, method: 'GET', path: /^\/clients\/\d+\/requestors$/ });
    const result = await e2e.call('create_ticket', { ...ticketBase, client_name: PEOPLE_FIXTURES.otherClient, requestor_name: PEOPLE_FIXTURES.sharedRequestor });
    expect(result.isError, result.text).toBe(false);
    expect(newTicket().requestor_id).toBe(requestor(PEOPLE_FIXTURES.sharedRequestor, PEOPLE_FIXTURES.otherClient).id);
    expect(e2e.upstream()).toContain('GET /requestors');
  });

  it('when no list can be read, sends the name as given and says so', async () => {
    e2e.sandbox.faults.inject({ kind: 'status', status: 403, method: 'GET', path: /requestors$/ });
    const result = await e2e.call('create_ticket', { ...ticketBase, client_id: padaria().id, requestor_name: 'Maria' });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('sent as given (requestor_name "Maria")');
    expect(e2e.sandbox.requests.find((request) => request.method === 'POST')!.fields).toMatchObject({ requestor_name: 'Maria' });
  });

  it('reads every page of the client\'s requestors (a requestor beyond the first 200 is linked)', async () => {
    const clientId = padaria().id;
    const at = '2025-01-01T10:00:00-03:00';
    for (let n = 0; n < 230; n += 1) {
      main().requestors.push({
        id: 700_000 + n, client_id: clientId, name: `Pessoa ${String(n).padStart(3, '0')} Teste`, email: `p${n}@padariapaoquente.test`,
        telephone: null, extension: null, can_open_ticket: true, created_at: at, updated_at: at, entity_values: {},
      });
    }
    const result = await e2e.call('create_ticket', { ...ticketBase, client_id: clientId, requestor_name: 'Pessoa 229 Teste' });
    expect(result.isError, result.text).toBe(false);
    expect(newTicket().requestor_id).toBe(700_229);
    expect(e2e.upstream().filter((line) => line === `GET /clients/${clientId}/requestors`).length).toBeGreaterThan(1);
  });

  it('requestor_id wins: name and e-mail are not sent', async () => {
    const maria = requestor(PEOPLE_FIXTURES.secondMaria);
    const result = await e2e.call('create_ticket', { ...ticketBase, client_id: padaria().id, requestor_id: maria.id, requestor_name: 'Maria' });
    expect(result.isError, result.text).toBe(false);
    expect(e2e.upstream().filter((line) => line.includes('requestors'))).toEqual([]);
    expect(newTicket().requestor_id).toBe(maria.id);
  });
});

describe('update_ticket requestor linking', () => {
  const open = String(SANDBOX_FIXTURES.openTicket);

  it('sets the requestor by name among the ticket\'s client\'s requestors (global list first)', async () => {
    const result = await e2e.call('update_ticket', { ticket_number: open, requestor_name: 'Maria Aparecida Santos' });
    expect(result.isError, result.text).toBe(false);
    const maria = requestor(PEOPLE_FIXTURES.sharedRequestor);
    expect(main().tickets.find((t) => t.ticket_number === SANDBOX_FIXTURES.openTicket)!.requestor_id).toBe(maria.id);
    expect(result.text).toContain(`Requestor: ${PEOPLE_FIXTURES.sharedRequestor} (requestor_id ${maria.id})`);
    expect(e2e.upstream().slice(0, 3)).toEqual([`GET /tickets/${open}`, 'GET /requestors', 'PUT /tickets/84429']);
  });

  it('non-admin key: the ticket\'s client\'s list', async () => {
    const result = await e2e.call('update_ticket', { ticket_number: open, requestor_email: PEOPLE_FIXTURES.secondMariaEmail }, nonAdmin());
    expect(result.isError, result.text).toBe(false);
    expect(main().tickets.find((t) => t.ticket_number === SANDBOX_FIXTURES.openTicket)!.requestor_id).toBe(requestor(PEOPLE_FIXTURES.secondMaria).id);
  });

  it('a requestor of another client only → isError naming it, nothing changed', async () => {
    const result = await e2e.call('update_ticket', { ticket_number: open, requestor_name: PEOPLE_FIXTURES.mercadoRequestor });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('the ticket was not changed');
    expect(result.text).toContain('client Mercado São João');
    expect(writes()).toEqual([]);
  });

  it('an ambiguous name → isError listing both Marias, nothing changed', async () => {
    const result = await e2e.call('update_ticket', { ticket_number: open, requestor_name: 'maria' }, nonAdmin());
    expect(result.isError).toBe(true);
    expect(result.text).toContain('requestor_name "maria" matches 2 requestors equally well');
    expect(writes()).toEqual([]);
  });
});
