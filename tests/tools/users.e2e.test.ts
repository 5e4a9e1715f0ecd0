/** The users toolset: create_user, get_user, update_user (admin keys). */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const main = () => e2e.sandbox.data.tenants.main;
const user = (name: string) => main().users.find((u) => u.name === name)!;
const group = (name: string) => main().technicalGroups.find((g) => g.name === name)!;
const writes = () => e2e.upstream().filter((line) => !line.startsWith('GET'));
const nonAdmin = () => e2e.sandbox.keys.nonAdmin;

describe('create_user', () => {
  it('creates an attendant in a group given by a near name; licences only when given', async () => {
    const result = await e2e.call('create_user', {
      name: 'Otília Brandão', email: 'otilia@centraltec.test', technical_group_name: 'infraestrutura', whatsapp_license: true,
    });
    expect(result.isError, result.text).toBe(false);
    const created = main().users.find((u) => u.email === 'otilia@centraltec.test')!;
    expect(created).toMatchObject({ technical_group_id: group('Infraestrutura e Redes').id });
    expect(result.text).toContain(`(user id ${created.id})`);
    expect(result.text).toContain('- Technical group: Infraestrutura e Redes');
    const post = e2e.sandbox.requests.find((request) => request.method === 'POST')!;
    expect(post.json).toEqual({ name: 'Otília Brandão', email: 'otilia@centraltec.test', technical_group_id: group('Infraestrutura e Redes').id, whatsapp_license: true });
  });

  it('reads every group: an ambiguous group name lists the candidates and creates nothing', async () => {
    const result = await e2e.call('create_user', { name: 'X', email: 'x@centraltec.test', technical_group_name: 'Atendimento' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('technical_group_name "Atendimento" matches 2 technical groups');
    expect(writes()).toEqual([]);
  });

  it('reads every page of technical groups (a group beyond the first 200 is found), then caches them', async () => {
    for (let n = 0; n < 210; n += 1) main().technicalGroups.push({ id: 90_000 + n, name: `Grupo Regional ${n}`, desk_ids: [] });
    main().technicalGroups.push({ id: 99_999, name: 'Plantão Noturno', desk_ids: [] });
    const result = await e2e.call('create_user', { name: 'Noé Vidal', email: 'noe@centraltec.test', technical_group_name: 'plantao noturno' });
    expect(result.isError, result.text).toBe(false);
    expect(main().users.find((u) => u.email === 'noe@centraltec.test')!.technical_group_id).toBe(99_999);
    const again = await e2e.call('get_user', { id: main().users.find((u) => u.email === 'noe@centraltec.test')!.id });
    expect(again.text).toContain('Plantão Noturno');
    expect(e2e.upstream().filter((line) => line === 'GET /technical-groups')).toHaveLength(2);
  });

  it('without a group lists the groups; a duplicate e-mail is TiFlux\'s 422', async () => {
    const noGroup = await e2e.call('create_user', { name: 'X', email: 'x@centraltec.test' });
    expect(noGroup.isError).toBe(true);
    expect(noGroup.text).toContain('create_user needs a technical group');
    expect(noGroup.text).toContain('· Atendimento N1');
    const duplicate = await e2e.call('create_user', { name: 'Ana', email: user('Ana Souza').email, technical_group_id: group('Gestão').id });
    expect(duplicate.isError).toBe(true);
    expect(duplicate.text).toContain('email: has already been taken');
  });

  it('a non-admin key is told it needs an administrator\'s key', async () => {
    const result = await e2e.call('create_user', { name: 'X', email: 'x@centraltec.test', technical_group_id: group('Gestão').id }, nonAdmin());
    expect(result.isError).toBe(true);
    expect(result.text).toContain('TiFlux refused to create a user (HTTP 403): this needs the API key of a TiFlux administrator');
  });
});

describe('get_user', () => {
  it('reads an account with its group name', async () => {
    const ana = user('Ana Souza');
    const result = await e2e.call('get_user', { id: ana.id });
    expect(result.isError, result.text).toBe(false);
    expect(result.structured!.user).toMatchObject({ id: ana.id, type: 'attendant', technical_group_name: 'Atendimento N1', licenses: ['Tickets', 'API'] });
    expect(result.text).toContain(`- Technical group: Atendimento N1 (id ${group('Atendimento N1').id})`);
  });

  it('unknown id → 404; non-admin → names the missing admin key', async () => {
    const missing = await e2e.call('get_user', { id: 1 });
    expect(missing.isError).toBe(true);
    expect(missing.text).toContain('TiFlux found no user with id 1');
    const refused = await e2e.call('get_user', { id: user('Ana Souza').id }, nonAdmin());
    expect(refused.isError).toBe(true);
    expect(refused.text).toContain('administrator');
  });
});

describe('update_user', () => {
  it('sends only the fields given and answers before → after, group by name', async () => {
    const ana = user('Ana Souza');
    const result = await e2e.call('update_user', { id: ana.id, extension: '2101', technical_group_name: 'atendimento n2' });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('- extension: (empty) → 2101');
    expect(result.text).toContain(`- technical_group_id: ${group('Atendimento N1').id} → ${group('Atendimento N2').id}`);
    const put = e2e.sandbox.requests.find((request) => request.method === 'PUT')!;
    expect(put.json).toEqual({ extension: '2101', technical_group_id: group('Atendimento N2').id });
  });

  it('refuses an update with no field, before any call', async () => {
    const result = await e2e.call('update_user', { id: user('Ana Souza').id });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('Nothing to update');
    expect(e2e.upstream()).toEqual([]);
  });

  it('non-admin → admin key named, nothing written; unknown client id → 422', async () => {
    const refused = await e2e.call('update_user', { id: user('Ana Souza').id, active: false }, nonAdmin());
    expect(refused.isError).toBe(true);
    expect(refused.text).toContain('administrator');
    expect(writes()).toEqual([]);
    const bad = await e2e.call('update_user', { id: user('Ana Souza').id, client_ids: [1] });
    expect(bad.isError).toBe(true);
    expect(bad.text).toContain('client_ids: must be an array of existing client ids');
  });
});
