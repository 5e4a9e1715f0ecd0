/** The `clients` toolset, addresses and contacts: list, get, create, update, delete, end to end. */
import { describe, expect, it } from 'vitest';
import { CLIENT_DETAIL_FIXTURES } from '../../sandbox/families/client-details/index.js';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const main = () => e2e.sandbox.data.tenants.main;
const padaria = () => main().clients.find((c) => c.name === CLIENT_DETAIL_FIXTURES.client)!;
const otherClient = () => main().clients.find((c) => c.name === 'Mercado São João')!;
const writes = () => e2e.upstream().filter((line) => !line.startsWith('GET'));
const nonAdmin = () => e2e.sandbox.keys.nonAdmin;
const [shop, factory] = CLIENT_DETAIL_FIXTURES.addresses;
const [maria] = CLIENT_DETAIL_FIXTURES.contacts;
const byName = { client_name: CLIENT_DETAIL_FIXTURES.client };
const missing = CLIENT_DETAIL_FIXTURES.missingId;

const ADDRESS = { cep: '89012-010', city: 'Blumenau', neighborhood: 'Centro', number: 77, state: 'sc', street: 'Rua Curt Hering' };
const CONTACT = { use: 'Commercial', number: '(47) 3322-1199', owner: 'Helga Schmitt', email: 'helga@padaria-pao-quente.test' };

describe('addresses', () => {
  it('list_client_addresses: every address of the client, structured, by name', async () => {
    const result = await e2e.call('list_client_addresses', byName);
    expect(result.isError, result.text).toBe(false);
    expect((result.structured!.addresses as { id: number }[]).map((a) => a.id)).toEqual(CLIENT_DETAIL_FIXTURES.addresses.map((a) => a.id));
    expect(result.text).toContain(`- **${shop.id}** · Rua XV de Novembro, 1234, Loja 2 · Centro · Blumenau/SC · CEP 89010-001`);
    expect(result.structured).toMatchObject({ client_id: padaria().id, has_more: false });
  });

  it('list_client_addresses pages', async () => {
    const result = await e2e.call('list_client_addresses', { ...byName, limit: 2 });
    expect(result.structured).toMatchObject({ has_more: true, next_offset: 2 });
    const next = await e2e.call('list_client_addresses', { ...byName, limit: 2, offset: 2 });
    expect((next.structured!.addresses as { id: number }[]).map((a) => a.id)).toEqual([CLIENT_DETAIL_FIXTURES.addresses[2].id]);
  });

  it('list_client_addresses: a 403 says which access is missing', async () => {
    e2e.sandbox.faults.inject({ kind: 'status', status: 403, path: `/clients/${padaria().id}/addresses` });
    const result = await e2e.call('list_client_addresses', { client_id: padaria().id });
    expect(result.isError).toBe(true);
    expect(result.text).toContain(`TiFlux refused to list the addresses of client ${padaria().id} (HTTP 403): the user of this API key may not see this client`);
  });

  it('get_client_address reads one; another client\'s address or an unknown id is not found', async () => {
    const result = await e2e.call('get_client_address', { client_id: padaria().id, id: factory.id });
    expect(result.isError).toBe(false);
    expect(result.structured).toEqual({ ...factory });
    const foreign = await e2e.call('get_client_address', { client_id: otherClient().id, id: factory.id });
    expect(foreign.isError).toBe(true);
    expect(foreign.text).toContain(`found no address ${factory.id} of client ${otherClient().id}`);
  });

  it('create_client_address sends {address:{…}} and answers with the new id', async () => {
    const result = await e2e.call('create_client_address', { ...byName, ...ADDRESS, complement: 'Fundos' });
    expect(result.isError, result.text).toBe(false);
    const post = e2e.sandbox.requests.at(-1)!;
    expect(post.json).toEqual({ address: { ...ADDRESS, state: 'SC', complement: 'Fundos' } });
    const created = main().clientAddresses.find((a) => a.street === 'Rua Curt Hering')!;
    expect(result.text).toBe(
      `Added address **${created.id}** to client **Padaria Pão Quente** (id ${padaria().id}): Rua Curt Hering, 77, Fundos · Centro · Blumenau/SC · CEP 89012-010`,
    );
  });

  it('create_client_address: a missing field, a text street number, a bad CEP are refused before TiFlux', async () => {
    const { city: _city, ...noCity } = ADDRESS;
    const result = await e2e.call('create_client_address', { ...byName, ...noCity, number: '77', cep: '8901' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('- `city` is required');
    expect(result.text).toContain('`number`');
    expect(result.text).toContain('must be a CEP such as "89201-305"');
    expect(e2e.upstream()).toEqual([]);
  });

  it('create_client_address with a non-admin key: the missing permission, nothing added', async () => {
    const before = main().clientAddresses.length;
    const result = await e2e.call('create_client_address', { client_id: padaria().id, ...ADDRESS }, nonAdmin());
    expect(result.isError).toBe(true);
    expect(result.text).toContain('client management permission ("Gerenciar clientes")');
    expect(main().clientAddresses.length).toBe(before);
  });

  it('update_client_address sends only the fields given, answers before → after', async () => {
    const result = await e2e.call('update_client_address', { ...byName, id: shop.id, number: 1240, complement: 'Loja 3' });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('- number: 1234 → 1240');
    expect(result.text).toContain('- complement: Loja 2 → Loja 3');
    expect(e2e.sandbox.requests.at(-1)!.json).toEqual({ address: { number: 1240, complement: 'Loja 3' } });
    expect(main().clientAddresses.find((a) => a.id === shop.id)).toMatchObject({ number: 1240, complement: 'Loja 3', street: shop.street });
  });

  it('update_client_address: no field → isError, no call; unknown id → not found, nothing written', async () => {
    const none = await e2e.call('update_client_address', { ...byName, id: shop.id });
    expect(none.isError).toBe(true);
    expect(none.text).toContain('Nothing to update: update_client_address needs at least one of cep, city');
    expect(e2e.upstream()).toEqual([]);
    const unknown = await e2e.call('update_client_address', { client_id: padaria().id, id: missing, city: 'X' });
    expect(unknown.isError).toBe(true);
    expect(unknown.text).toContain(`found no address ${missing}`);
    expect(writes()).toEqual([]);
  });

  it('update_client_address with a non-admin key: the missing permission', async () => {
    const result = await e2e.call('update_client_address', { client_id: padaria().id, id: shop.id, city: 'Gaspar' }, nonAdmin());
    expect(result.isError).toBe(true);
    expect(result.text).toContain('client management permission');
    expect(main().clientAddresses.find((a) => a.id === shop.id)!.city).toBe('Blumenau');
  });

  it('delete_client_address answers with what it deleted; the same delete again says it is already gone', async () => {
    const first = await e2e.call('delete_client_address', { ...byName, id: shop.id });
    expect(first.isError, first.text).toBe(false);
    expect(first.text).toBe(
      `Deleted address **${shop.id}** of client **Padaria Pão Quente** (id ${padaria().id}): Rua XV de Novembro, 1234, Loja 2 · Centro · Blumenau/SC · CEP 89010-001`,
    );
    expect(main().clientAddresses.some((a) => a.id === shop.id)).toBe(false);
    const again = await e2e.call('delete_client_address', { ...byName, id: shop.id });
    expect(again.isError).toBe(false);
    expect(again.text).toBe(`Address ${shop.id} of client **Padaria Pão Quente** (id ${padaria().id}) is already gone: nothing was deleted.`);
    expect(e2e.upstream().filter((l) => l.startsWith('DELETE'))).toHaveLength(1);
  });

  it('delete_client_address: an unknown client is an error, not "already gone"; a non-admin key is explained', async () => {
    const unknown = await e2e.call('delete_client_address', { client_id: 999999, id: shop.id });
    expect(unknown.isError).toBe(true);
    expect(unknown.text).toContain('found no client with id 999999');
    const denied = await e2e.call('delete_client_address', { client_id: padaria().id, id: shop.id }, nonAdmin());
    expect(denied.isError).toBe(true);
    expect(denied.text).toContain('client management permission');
    expect(main().clientAddresses.some((a) => a.id === shop.id)).toBe(true);
  });

  it('an ambiguous client name writes nothing', async () => {
    const result = await e2e.call('delete_client_address', { client_name: 'Padaria', id: shop.id });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('matches 3 clients');
    expect(writes()).toEqual([]);
  });
});

describe('contacts', () => {
  it('list_client_contacts: every contact, the phone as telephone', async () => {
    const result = await e2e.call('list_client_contacts', byName);
    expect(result.isError).toBe(false);
    expect(result.structured!.contacts).toEqual(CLIENT_DETAIL_FIXTURES.contacts.map(({ ...c }) => c));
    expect(result.text).toContain(`- **${maria.id}** · Maria Helena Schmitt · Commercial · 4733221100 · maria.schmitt@padaria-pao-quente.test · (BR)`);
  });

  it('get_client_contact reads one; unknown → not found', async () => {
    const result = await e2e.call('get_client_contact', { client_id: padaria().id, id: maria.id });
    expect(result.structured).toEqual({ ...maria });
    const unknown = await e2e.call('get_client_contact', { client_id: padaria().id, id: missing });
    expect(unknown.isError).toBe(true);
    expect(unknown.text).toContain(`found no contact ${missing} of client ${padaria().id}`);
  });

  it('create_client_contact sends {contact:{use, number, owner, email}}; TiFlux answers telephone', async () => {
    const result = await e2e.call('create_client_contact', { ...byName, ...CONTACT, country: 'br' });
    expect(result.isError, result.text).toBe(false);
    expect(e2e.sandbox.requests.at(-1)!.json).toEqual({ contact: { ...CONTACT, country: 'BR' } });
    const created = main().clientContacts.find((c) => c.owner === 'Helga Schmitt')!;
    expect(created.telephone).toBe('4733221199');
    expect(result.text).toContain(`Added contact **${created.id}** to client **Padaria Pão Quente**`);
  });

  it('create_client_contact: missing owner and a bad e-mail are refused locally; non-admin explained', async () => {
    const { owner: _owner, ...noOwner } = CONTACT;
    const bad = await e2e.call('create_client_contact', { ...byName, ...noOwner, email: 'helga' });
    expect(bad.isError).toBe(true);
    expect(bad.text).toContain('- `owner` is required');
    expect(bad.text).toContain('`email`');
    expect(e2e.upstream()).toEqual([]);
    const denied = await e2e.call('create_client_contact', { client_id: padaria().id, ...CONTACT }, nonAdmin());
    expect(denied.isError).toBe(true);
    expect(denied.text).toContain('client management permission');
  });

  it('update_client_contact: only the fields given; the phone change is shown from telephone', async () => {
    const result = await e2e.call('update_client_contact', { ...byName, id: maria.id, number: '(47) 3322-1177', use: 'Personal' });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('- number: 4733221100 → 4733221177');
    expect(result.text).toContain('- use: Commercial → Personal');
    expect(e2e.sandbox.requests.at(-1)!.json).toEqual({ contact: { use: 'Personal', number: '(47) 3322-1177' } });
  });

  it('update_client_contact: no field → isError; a non-admin key is explained', async () => {
    const none = await e2e.call('update_client_contact', { ...byName, id: maria.id });
    expect(none.isError).toBe(true);
    expect(none.text).toContain('Nothing to update: update_client_contact needs at least one of use, number, owner, email, country');
    const denied = await e2e.call('update_client_contact', { client_id: padaria().id, id: maria.id, owner: 'X' }, nonAdmin());
    expect(denied.text).toContain('client management permission');
  });

  it('delete_client_contact answers with what it deleted; again → already gone', async () => {
    const first = await e2e.call('delete_client_contact', { client_id: padaria().id, id: maria.id });
    expect(first.isError).toBe(false);
    expect(first.text).toContain(`Deleted contact **${maria.id}** of client ${padaria().id}: Maria Helena Schmitt · Commercial`);
    const again = await e2e.call('delete_client_contact', { client_id: padaria().id, id: maria.id });
    expect(again.isError).toBe(false);
    expect(again.text).toBe(`Contact ${maria.id} of client ${padaria().id} is already gone: nothing was deleted.`);
  });

  it('delete_client_contact: a non-admin key is explained and nothing is deleted', async () => {
    const denied = await e2e.call('delete_client_contact', { client_id: padaria().id, id: maria.id }, nonAdmin());
    expect(denied.isError).toBe(true);
    expect(denied.text).toMatch(/^TiFlux refused to delete contact \d+ of client \d+ \(HTTP 403\)/);
    expect(main().clientContacts.some((c) => c.id === maria.id)).toBe(true);
  });
});
