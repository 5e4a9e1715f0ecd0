/** update_client_entities and get_client's custom fields, end to end: entity, field and option by name or id. */
import { describe, expect, it } from 'vitest';
import { CLIENT_DETAIL_FIXTURES } from '../../sandbox/families/client-details/index.js';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const main = () => e2e.sandbox.data.tenants.main;
const padaria = () => main().clients.find((c) => c.name === CLIENT_DETAIL_FIXTURES.client)!;
const field = (name: string) => main().entityFields.find((f) => f.name === name)!;
const option = (fieldName: string, title: string) => field(fieldName).options!.find((o) => o.title === title)!;
const writes = () => e2e.upstream().filter((line) => !line.startsWith('GET'));
const byName = { client_name: CLIENT_DETAIL_FIXTURES.client };

describe('get_client show_entities', () => {
  it('shows the client custom fields grouped by entity, a select by its label', async () => {
    const set = await e2e.call('update_client_entities', {
      client_id: padaria().id, entities: [{ entity_field_id: field('Plano').id, value: String(option('Plano', 'Prata').id) }],
    });
    expect(set.isError, set.text).toBe(false);
    const result = await e2e.call('get_client', { ...byName, show_entities: true });
    expect(result.isError).toBe(false);
    expect(result.text).toContain(`- Número do contrato (entity_field_id ${field('Número do contrato').id}), text: ${CLIENT_DETAIL_FIXTURES.contractNumber}`);
    expect(result.text).toContain(`- Plano (entity_field_id ${field('Plano').id}), single_select: Prata`);
    const entities = result.structured!.entities as { name: string; fields: { name: string }[] }[];
    expect(entities.map((e) => e.name)).toEqual(['Dados contratuais', 'Dados de faturamento']);
  });
});

describe('update_client_entities', () => {
  it('field and option by name (accents and case ignored), answered before → after', async () => {
    const result = await e2e.call('update_client_entities', {
      ...byName,
      entities: [
        { entity_field_name: 'plano', entity_field_option_name: 'ouro' },
        { entity_name: 'dados contratuais', entity_field_name: 'numero do contrato', value: 'CT-2026-0001' },
      ],
    });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain(`Updated 2 custom field values of client **Padaria Pão Quente** (id ${padaria().id}):`);
    expect(result.text).toContain(`- Plano (entity_field_id ${field('Plano').id}): (empty) → Ouro`);
    expect(result.text).toContain(`- Número do contrato (entity_field_id ${field('Número do contrato').id}): CT-2024-0107 → CT-2026-0001`);
    const put = e2e.sandbox.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe(`/clients/${padaria().id}/entities`);
    expect(put.json).toEqual({
      entities: [
        { entity_field_id: field('Plano').id, value: String(option('Plano', 'Ouro').id) },
        { entity_field_id: field('Número do contrato').id, value: 'CT-2026-0001' },
      ],
    });
    expect(padaria().entity_values[field('Plano').id]!.option_id).toBe(option('Plano', 'Ouro').id);
  });

  it('by ids only, as TiFlux takes them', async () => {
    const result = await e2e.call('update_client_entities', {
      client_id: padaria().id,
      entities: [{ entity_field_id: field('Vencimento do contrato').id, value: '2026-12-31' }],
    });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('(empty) → 2026-12-31');
    expect(e2e.upstream().filter((l) => l.startsWith('GET /entit'))).toEqual([]);
  });

  it('an ambiguous field name lists the candidates and writes nothing', async () => {
    const result = await e2e.call('update_client_entities', { ...byName, entities: [{ entity_field_name: 'Número', value: 'X' }] });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('entity_field_name "Número" matches 2 custom fields');
    expect(result.text).toContain(`- ${field('Número do pedido de compra').id} · Número do pedido de compra (text), in Dados de faturamento`);
    expect(writes()).toEqual([]);
  });

  it('an ambiguous option lists the candidates', async () => {
    const result = await e2e.call('update_client_entities', {
      ...byName, entities: [{ entity_field_name: 'Forma de pagamento', entity_field_option_name: 'Cartão' }],
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('entity_field_option_name "Cartão" matches 2 options of "Forma de pagamento"');
    expect(writes()).toEqual([]);
  });

  it('an option that does not exist lists the valid ones', async () => {
    const result = await e2e.call('update_client_entities', { ...byName, entities: [{ entity_field_name: 'Plano', entity_field_option_name: 'Diamante' }] });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('Available options of "Plano":');
    for (const title of ['Bronze', 'Prata', 'Ouro']) expect(result.text).toContain(`- ${option('Plano', title).id} · ${title}`);
    expect(writes()).toEqual([]);
  });

  it('a field of another kind (a ticket field) is not a client field', async () => {
    const result = await e2e.call('update_client_entities', { ...byName, entities: [{ entity_field_name: 'Patrimônio', value: 'PAT-1' }] });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('No custom field of the client entities is named like entity_field_name "Patrimônio"');
  });

  it('TiFlux\'s 422 (a required field cleared, a malformed date) is shown per field', async () => {
    const result = await e2e.call('update_client_entities', {
      ...byName,
      entities: [{ entity_field_name: 'Número do contrato', value: null }, { entity_field_name: 'Vencimento do contrato', value: '31/12/2026' }],
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('entities[0]: Número do contrato is required and cannot be cleared');
    expect(result.text).toContain('entities[1]: Vencimento do contrato: must be a date as YYYY-MM-DD');
    expect(padaria().entity_values[field('Número do contrato').id]!.value).toBe(CLIENT_DETAIL_FIXTURES.contractNumber);
  });

  it('a non-admin key gets the missing permission explained', async () => {
    const result = await e2e.call(
      'update_client_entities', { ...byName, entities: [{ entity_field_name: 'Plano', entity_field_option_name: 'Prata' }] }, e2e.sandbox.keys.nonAdmin,
    );
    expect(result.isError).toBe(true);
    expect(result.text).toContain(`TiFlux refused to set the custom fields of client ${padaria().id} (HTTP 403)`);
    expect(result.text).toContain('client management permission ("Gerenciar clientes")');
  });

  it('no values, or more than 50, are refused before TiFlux; an unknown client is not found', async () => {
    const none = await e2e.call('update_client_entities', { ...byName, entities: [] });
    expect(none.isError).toBe(true);
    expect(none.text).toContain('must hold at least one field value');
    const many = await e2e.call('update_client_entities', {
      ...byName, entities: Array.from({ length: 51 }, () => ({ entity_field_id: field('Plano').id, value: '1' })),
    });
    expect(many.isError).toBe(true);
    expect(many.text).toContain('at most 50');
    expect(e2e.upstream()).toEqual([]);
    const missing = await e2e.call('update_client_entities', { client_id: 999999, entities: [{ entity_field_id: field('Plano').id, value: '1' }] });
    expect(missing.isError).toBe(true);
    expect(missing.text).toContain('found no client with id 999999');
  });
});
