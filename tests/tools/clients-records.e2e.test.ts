/**
 * The `clients` toolset, client records: get_client, list_clients, create_client, update_client, get_client_desks,
 * get_client_technical_groups, create_client_user and add_client_email_permission, end to end against the sandbox.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT_DETAIL_FIXTURES } from '../../sandbox/families/client-details/index.js';
import { CLIENT_FIELD_NAMES } from '../../src/tools/clients/client-fields.js';
import { tools } from '../../src/tools/catalog.js';
import { toListedTool } from '../../src/tools/json-schemas.js';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const main = () => e2e.sandbox.data.tenants.main;
const padaria = () => main().clients.find((c) => c.name === CLIENT_DETAIL_FIXTURES.client)!;
const writes = () => e2e.upstream().filter((line) => !line.startsWith('GET'));
const nonAdmin = () => e2e.sandbox.keys.nonAdmin;

/** A 403 explained: which permission is missing and how to get it, not a bare "403". */
function expectPermissionExplained(text: string) {
  expect(text).toContain('(HTTP 403)');
  expect(text).toContain('client management permission ("Gerenciar clientes")');
  expect(text).toContain('Use an admin\'s API key');
  expect(text).toContain('Nothing was changed.');
}

describe('get_client', () => {
  it('reads a client by name: record, desks, groups, structured', async () => {
    const result = await e2e.call('get_client', { client_name: 'padaria pao quente' });
    expect(result.isError, result.text).toBe(false);
    const client = padaria();
    expect(result.text).toContain(`# Padaria Pão Quente (client ${client.id})`);
    expect(result.text).toContain(`- CPF/CNPJ (social_revenue): ${client.social_revenue}`);
    expect(result.text).toMatch(/- Desks \(4\): Suporte \(id \d+\)/);
    expect(result.structured).toMatchObject({ id: client.id, name: 'Padaria Pão Quente', active: true, entities: null });
    expect((result.structured!.desks as unknown[]).length).toBe(client.desk_ids.length);
    // Accents differ from TiFlux's substring search, so the resolver reads every client, then the record.
    expect(e2e.upstream().at(-1)).toBe(`GET /clients/${client.id}`);
    expect(writes()).toEqual([]);
  });

  it('by id, with show_entities lists the custom fields section', async () => {
    const result = await e2e.call('get_client', { client_id: padaria().id, show_entities: true });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('## Custom fields');
    expect(result.structured!.entities).toEqual(expect.any(Array));
    expect(e2e.upstream()).toEqual([`GET /clients/${padaria().id}`]);
  });

  it('an unknown id → isError: TiFlux found no client', async () => {
    const result = await e2e.call('get_client', { client_id: 999999 });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('found no client with id 999999');
  });

  it('an ambiguous name lists the candidates with ids and reads nothing else', async () => {
    const result = await e2e.call('get_client', { client_name: 'Padaria' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('client_name "Padaria" matches 3 clients equally well');
    expect(result.text).toMatch(/^- \d+ · Padaria Pão Dourado/m);
    expect(e2e.upstream()).toEqual(['GET /clients']);
  });

  it('a near miss suggests the closest names', async () => {
    const result = await e2e.call('get_client', { client_name: 'Padoca Pão Quente' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('No client is named like client_name "Padoca Pão Quente". Closest names:');
    expect(result.text).toContain(`- ${padaria().id} · Padaria Pão Quente`);
  });

  it('a 403 says which access is missing, not a bare code', async () => {
    e2e.sandbox.faults.inject({ kind: 'status', status: 403, path: `/clients/${padaria().id}` });
    const result = await e2e.call('get_client', { client_id: padaria().id });
    expect(result.isError).toBe(true);
    expect(result.text).toContain(`TiFlux refused to read client ${padaria().id} (HTTP 403)`);
    expect(result.text).toContain('may not see this client');
    expect(result.text).toContain('admin\'s API key');
  });

  it('neither client_id nor client_name → isError, no TiFlux call', async () => {
    const result = await e2e.call('get_client', {});
    expect(result.isError).toBe(true);
    expect(result.text).toBe('get_client needs a client: pass client_id or client_name.');
    expect(e2e.upstream()).toEqual([]);
  });
});

describe('list_clients', () => {
  it('filters by name (TiFlux substring) and shows inactive ones unless active is given', async () => {
    const all = await e2e.call('list_clients', { name: 'Padaria Pão Quente' });
    expect(all.isError).toBe(false);
    const names = (all.structured!.clients as { name: string }[]).map((c) => c.name);
    expect(names).toEqual(['Padaria Pão Quente', 'Padaria Pão Quente Filial 2', 'Padaria Pão Quente Filial 1']);
    expect(all.text).toContain('· inactive');
    const active = await e2e.call('list_clients', { name: 'Padaria Pão Quente', active: true });
    expect((active.structured!.clients as unknown[]).length).toBe(2);
  });

  it('finds a client by CPF/CNPJ', async () => {
    const client = padaria();
    const result = await e2e.call('list_clients', { social_revenue: client.social_revenue });
    expect((result.structured!.clients as { id: number }[]).map((c) => c.id)).toEqual([client.id]);
  });

  it('pages: a full page says how to get the next one', async () => {
    const result = await e2e.call('list_clients', { limit: 20, offset: 2 });
    expect(result.structured).toMatchObject({ offset: 2, limit: 20, has_more: true, next_offset: 3 });
    expect(result.text).toContain('Next page: call again with the same arguments and offset 3.');
  });

  it('nothing found says so, and hints at search_client for accents', async () => {
    const result = await e2e.call('list_clients', { name: 'Pao Quente' });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('No clients match name containing "Pao Quente".');
    expect(result.text).toContain('search_client ignores them');
  });

  it('limit over 200 is refused, not clamped', async () => {
    const result = await e2e.call('list_clients', { limit: 500 });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('`limit`');
    expect(e2e.upstream()).toEqual([]);
  });
});

describe('create_client', () => {
  it('creates a client with only the fields given, and answers with its id', async () => {
    const suporte = main().desks.find((d) => d.display_name === 'Suporte')!;
    const result = await e2e.call('create_client', {
      name: 'Sorveteria Polo Norte', social: 'Sorveteria Polo Norte Ltda', social_revenue: '12.345.678/0001-90', desk_ids: [suporte.id],
    });
    expect(result.isError, result.text).toBe(false);
    const created = main().clients.find((c) => c.name === 'Sorveteria Polo Norte')!;
    expect(result.text).toContain(`Created client **Sorveteria Polo Norte** (id ${created.id}).`);
    expect(result.text).toContain('- Desks: Suporte');
    expect(created).toMatchObject({ social: 'Sorveteria Polo Norte Ltda', desk_ids: [suporte.id], status: true });
    const body = e2e.sandbox.requests.at(-1)!;
    expect(body.json).toEqual({
      name: 'Sorveteria Polo Norte', social: 'Sorveteria Polo Norte Ltda', social_revenue: '12.345.678/0001-90', desk_ids: [suporte.id],
    });
  });

  it('a name looked up (and cached) before the create finds the new client afterwards', async () => {
    const before = await e2e.call('get_client', { client_name: 'Sorveteria Polo Norte' });
    expect(before.isError).toBe(true);
    await e2e.call('create_client', { name: 'Sorveteria Polo Norte', social: 'Sorveteria Polo Norte Ltda' });
    const after = await e2e.call('get_client', { client_name: 'Sorveteria Polo Norte' });
    expect(after.isError, after.text).toBe(false);
    expect(after.text).toContain('# Sorveteria Polo Norte (client ');
  });

  it('a CPF/CNPJ already used is TiFlux\'s 422, shown field by field', async () => {
    const result = await e2e.call('create_client', { name: 'Outra', social: 'Outra Ltda', social_revenue: padaria().social_revenue });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('HTTP 422');
    expect(result.text).toContain('social_revenue: has already been taken');
  });

  it('a non-admin key gets the missing permission explained, nothing created', async () => {
    const before = main().clients.length;
    const result = await e2e.call('create_client', { name: 'X', social: 'X Ltda' }, nonAdmin());
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/^TiFlux refused to create a client \(HTTP 403\)/);
    expectPermissionExplained(result.text);
    expect(main().clients.length).toBe(before);
  });

  it('name and social are required; a bad billing_report_type lists the allowed values', async () => {
    const missing = await e2e.call('create_client', { name: 'Só nome' });
    expect(missing.isError).toBe(true);
    expect(missing.text).toContain('- `social` is required');
    const bad = await e2e.call('create_client', { name: 'A', social: 'A', billing_report_type: 'monthly' });
    expect(bad.isError).toBe(true);
    expect(bad.text).toContain('billing_report_type');
    expect(e2e.upstream()).toEqual([]);
  });
});

describe('update_client', () => {
  it('its "nothing to update" list names every argument but the client, and create_client takes the same fields', () => {
    const args = (name: string) =>
      Object.keys(toListedTool(tools.find((tool) => tool.name === name)!).inputSchema.properties ?? {});
    expect([...CLIENT_FIELD_NAMES].sort()).toEqual(args('update_client').filter((a) => !a.startsWith('client_')).sort());
    expect([...CLIENT_FIELD_NAMES].sort()).toEqual(args('create_client').sort());
  });

  it('sends only the fields given and answers before → after', async () => {
    const client = padaria();
    const result = await e2e.call('update_client', {
      client_name: 'Padaria Pão Quente', email_financial: 'contas@padaria-pao-quente.test', status: false,
    });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain(`Updated client **Padaria Pão Quente** (id ${client.id}):`);
    expect(result.text).toContain('- email_financial: financeiro@padaria-pao-quente.test → contas@padaria-pao-quente.test');
    expect(result.text).toContain('- status: active → inactive');
    const put = e2e.sandbox.requests.find((r) => r.method === 'PUT')!;
    expect(put.json).toEqual({ email_financial: 'contas@padaria-pao-quente.test', status: false });
    expect(padaria()).toMatchObject({ email_financial: 'contas@padaria-pao-quente.test', status: false, name: 'Padaria Pão Quente' });
  });

  it('desk_ids replace the list; the answer names the desks before and after', async () => {
    const financeiro = main().desks.find((d) => d.display_name === 'Financeiro')!;
    const result = await e2e.call('update_client', { client_id: padaria().id, desk_ids: [financeiro.id] });
    expect(result.isError).toBe(false);
    expect(result.text).toMatch(/- desks: Suporte \(\d+\), .+ → Financeiro \(\d+\)/);
    expect(padaria().desk_ids).toEqual([financeiro.id]);
  });

  it('a renamed client is found by its new name at once (the cached name lists are dropped)', async () => {
    const id = padaria().id;
    const early = await e2e.call('get_client', { client_name: 'Padaria Pão Quentíssimo' });
    expect(early.isError).toBe(true);
    const renamed = await e2e.call('update_client', { client_name: 'Padaria Pão Quente', name: 'Padaria Pão Quentíssimo' });
    expect(renamed.text).toContain('- name: Padaria Pão Quente → Padaria Pão Quentíssimo');
    const found = await e2e.call('get_client', { client_name: 'Padaria Pão Quentíssimo' });
    expect(found.isError, found.text).toBe(false);
    expect(found.structured).toMatchObject({ id, name: 'Padaria Pão Quentíssimo' });
  });

  it('a value equal to the current one is reported as unchanged', async () => {
    const result = await e2e.call('update_client', { client_id: padaria().id, social: 'Padaria Pão Quente Ltda' });
    expect(result.text).toContain('- social: Padaria Pão Quente Ltda → Padaria Pão Quente Ltda (unchanged)');
  });

  it('no field to change → isError before any TiFlux call', async () => {
    const result = await e2e.call('update_client', { client_name: 'Padaria Pão Quente' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('Nothing to update: update_client needs at least one of name, social, social_revenue');
    expect(e2e.upstream()).toEqual([]);
  });

  it('an ambiguous client name changes nothing', async () => {
    const result = await e2e.call('update_client', { client_name: 'Padaria', status: false });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('matches 3 clients');
    expect(writes()).toEqual([]);
  });

  it('an unknown id → isError not found, nothing written', async () => {
    const result = await e2e.call('update_client', { client_id: 999999, status: false });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('found no client with id 999999');
    expect(writes()).toEqual([]);
  });

  it('a non-admin key gets the missing permission explained, nothing changed', async () => {
    const result = await e2e.call('update_client', { client_id: padaria().id, status: false }, nonAdmin());
    expect(result.isError).toBe(true);
    expectPermissionExplained(result.text);
    expect(padaria().status).toBe(true);
  });
});

describe('get_client_desks and get_client_technical_groups', () => {
  it('list the desks a client may use, by name, structured', async () => {
    const result = await e2e.call('get_client_desks', { client_name: 'Padaria Pão Quente' });
    expect(result.isError).toBe(false);
    const ids = (result.structured!.desks as { id: number }[]).map((d) => d.id);
    expect(ids).toEqual(padaria().desk_ids);
    expect(result.text).toMatch(/- \*\*Suporte\*\* \(id \d+\) · name suporte/);
  });

  it('list the technical groups of a client', async () => {
    const result = await e2e.call('get_client_technical_groups', { client_id: padaria().id });
    expect(result.isError).toBe(false);
    const ids = (result.structured!.technical_groups as { id: number }[]).map((g) => g.id);
    expect(ids).toEqual(padaria().technical_group_ids);
  });

  it('page by page', async () => {
    const result = await e2e.call('get_client_desks', { client_id: padaria().id, limit: 2, offset: 2 });
    expect(result.structured).toMatchObject({ offset: 2, limit: 2 });
    expect((result.structured!.desks as unknown[]).length).toBe(2);
  });

  it('an unknown client → isError not found', async () => {
    for (const name of ['get_client_desks', 'get_client_technical_groups']) {
      const result = await e2e.call(name, { client_id: 999999 });
      expect(result.isError, name).toBe(true);
      expect(result.text).toContain('found no client with id 999999');
    }
  });

  it('an ambiguous name lists candidates', async () => {
    const result = await e2e.call('get_client_technical_groups', { client_name: 'Padaria' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('matches 3 clients');
  });
});

describe('create_client_user', () => {
  it('creates a portal login inside {user:{…}} and answers with the user id', async () => {
    const result = await e2e.call('create_client_user', {
      client_name: 'Padaria Pão Quente', name: 'Helga Schmitt', email: 'helga@padaria-pao-quente.test', country_code: '55',
    });
    expect(result.isError, result.text).toBe(false);
    const user = main().users.find((u) => u.email === 'helga@padaria-pao-quente.test')!;
    expect(user).toMatchObject({ _type: 'client', client_ids: [padaria().id] });
    expect(result.text).toContain(`(user id ${user.id}, login helga@padaria-pao-quente.test)`);
    const post = e2e.sandbox.requests.at(-1)!;
    expect(post.json).toEqual({ user: { name: 'Helga Schmitt', email: 'helga@padaria-pao-quente.test', country_code: '55' } });
  });

  it('an e-mail already in use → isError saying so, with where to look', async () => {
    const taken = main().users.find((u) => u._type === 'attendant')!.email;
    const result = await e2e.call('create_client_user', { client_id: padaria().id, name: 'Dup', email: taken });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('email: has already been taken');
    expect(result.text).toContain('probably in use by another TiFlux user');
  });

  it('a bad e-mail is refused locally; a non-admin key is explained', async () => {
    const bad = await e2e.call('create_client_user', { client_id: padaria().id, name: 'X', email: 'not-an-email' });
    expect(bad.isError).toBe(true);
    expect(bad.text).toContain('`email`');
    const denied = await e2e.call('create_client_user', { client_id: padaria().id, name: 'X', email: 'x@y.test' }, nonAdmin());
    expect(denied.isError).toBe(true);
    expectPermissionExplained(denied.text);
  });
});

describe('add_client_email_permission', () => {
  it('adds a domain permission', async () => {
    const result = await e2e.call('add_client_email_permission', { client_name: 'Padaria Pão Quente', address: '@PaoQuente.test' });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toBe(`E-mails from anyone writing from @paoquente.test may now open tickets for client **Padaria Pão Quente** (id ${padaria().id}).`);
    expect(main().clientEmailPermissions.some((p) => p.client_id === padaria().id && p.address === '@paoquente.test')).toBe(true);
  });

  it('one the client already has → TiFlux\'s 422', async () => {
    const result = await e2e.call('add_client_email_permission', { client_id: padaria().id, address: CLIENT_DETAIL_FIXTURES.emailPermission });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('address: has already been taken');
  });

  it('neither a domain nor an address → refused locally', async () => {
    const result = await e2e.call('add_client_email_permission', { client_id: padaria().id, address: 'empresa.com.br' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('must be a domain starting with @');
    expect(e2e.upstream()).toEqual([]);
  });

  it('a non-admin key is explained; an unknown client is not found', async () => {
    const denied = await e2e.call('add_client_email_permission', { client_id: padaria().id, address: '@x.test' }, nonAdmin());
    expectPermissionExplained(denied.text);
    const missing = await e2e.call('add_client_email_permission', { client_id: 999999, address: '@x.test' });
    expect(missing.isError).toBe(true);
    expect(missing.text).toContain('found no client with id 999999');
  });
});
