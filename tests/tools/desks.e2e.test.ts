/** The desks toolset: desks, priorities, desk catalogues, departments and custom-field metadata. */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const main = () => e2e.sandbox.data.tenants.main;
const desk = (displayName: string) => main().desks.find((d) => d.display_name === displayName)!;
const names = (rows: unknown) => (rows as { name: string }[]).map((row) => row.name);

describe('list_desks', () => {
  it('lists active desks with paging', async () => {
    const result = await e2e.call('list_desks', { limit: 5 });
    expect(result.isError, result.text).toBe(false);
    expect(result.structured).toMatchObject({ offset: 1, limit: 5, has_more: true, next_offset: 2 });
    expect(result.text).toContain(`- **Suporte** (desk_id ${desk('Suporte').id})`);
  });

  it('active: false lists the deactivated desks', async () => {
    const result = await e2e.call('list_desks', { active: false });
    expect(names(result.structured!.desks).sort()).toEqual(['cobranca', 'suporte-legado']);
  });

  it('refuses a limit over 200 before any call', async () => {
    const result = await e2e.call('list_desks', { limit: 500 });
    expect(result.isError).toBe(true);
    expect(e2e.upstream()).toEqual([]);
  });
});

describe('get_desk', () => {
  it('by a near name: configuration, SLA and required fields', async () => {
    const result = await e2e.call('get_desk', { desk_name: 'ouvidor' });
    expect(result.isError, result.text).toBe(false);
    expect(result.structured!.desk).toMatchObject({ id: desk('Ouvidoria').id, required_fields: ['requestor_name', 'requestor_email'] });
    expect(result.text).toContain('## Required on new tickets\n- requestor_name, requestor_email');
  });

  it('shows SLA and the transfer targets', async () => {
    const result = await e2e.call('get_desk', { desk_id: desk('Suporte').id });
    expect(result.text).toContain('## SLA\n- desk_with_sla: true');
    expect(result.text).toContain(`- Suporte N2 (desk_id ${desk('Suporte N2').id})`);
    expect((result.structured!.desk as { sla: { sla_goal: unknown } }).sla.sla_goal).toBe(95);
  });

  it('ambiguous name → candidates; unknown id → 404; neither → isError', async () => {
    const ambiguous = await e2e.call('get_desk', { desk_name: 'Field Service' });
    expect(ambiguous.isError).toBe(true);
    expect(ambiguous.text).toContain('desk_name "Field Service" matches 3 desks');
    const missing = await e2e.call('get_desk', { desk_id: 1 });
    expect(missing.isError).toBe(true);
    expect(missing.text).toContain('TiFlux found no desk with id 1');
    const neither = await e2e.call('get_desk', {});
    expect(neither.isError).toBe(true);
    expect(neither.text).toContain('pass desk_id or desk_name');
  });
});

describe('list_desk_priorities', () => {
  it('lists a desk\'s priorities with SLA times', async () => {
    const result = await e2e.call('list_desk_priorities', { desk_name: 'Suporte' });
    expect(result.isError, result.text).toBe(false);
    expect(names(result.structured!.priorities)).toEqual(['Baixa', 'Média', 'Alta', 'Urgente']);
    expect(result.text).toMatch(/- \*\*Urgente\*\* \(priority_id \d+\) · order 4 · attend within 00:30/);
  });

  it('priority_name filters accent-insensitively; no match lists the desk\'s priorities', async () => {
    const near = await e2e.call('list_desk_priorities', { desk_name: 'Suporte', priority_name: 'media' });
    expect(names(near.structured!.priorities)).toEqual(['Média']);
    const none = await e2e.call('list_desk_priorities', { desk_name: 'Suporte', priority_name: 'Crítica' });
    expect(none.isError).toBe(false);
    expect(none.text).toContain('No priority of desk Suporte');
    expect(none.text).toContain('Baixa (');
  });

  it('an unknown desk id is TiFlux\'s 404', async () => {
    const result = await e2e.call('list_desk_priorities', { desk_id: 1 });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('TiFlux found no desk with id 1');
  });
});

describe('list_desk_services_catalogs', () => {
  it('lists the catalogues linked to a desk, filtered by name', async () => {
    const all = await e2e.call('list_desk_services_catalogs', { desk_name: 'Suporte N2' });
    expect(names(all.structured!.catalogs).sort()).toEqual(['Infraestrutura', 'Sistemas']);
    const filtered = await e2e.call('list_desk_services_catalogs', { desk_name: 'Suporte N2', catalog_name: 'sis' });
    expect(names(filtered.structured!.catalogs)).toEqual(['Sistemas']);
  });

  it('a desk without catalogues says so', async () => {
    const result = await e2e.call('list_desk_services_catalogs', { desk_name: 'Comercial' });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('has no service catalogues linked');
  });
});

describe('list_departments', () => {
  it('admin key: every active department, filtered by name on TiFlux\'s side', async () => {
    const all = await e2e.call('list_departments', {});
    expect(names(all.structured!.departments)).not.toContain('Atendimento Antigo');
    expect(names(all.structured!.departments)).toHaveLength(6);
    const filtered = await e2e.call('list_departments', { name: 'suporte' });
    expect(names(filtered.structured!.departments)).toEqual(['Suporte', 'Suporte Técnico']);
    expect(e2e.sandbox.requests.at(-1)!.query).toMatchObject({ name: 'suporte' });
  });

  it('non-admin key: only its group\'s departments, and an empty answer explains why', async () => {
    const mine = await e2e.call('list_departments', {}, e2e.sandbox.keys.nonAdmin);
    expect(names(mine.structured!.departments)).toEqual(['Suporte', 'Ouvidoria']);
    const none = await e2e.call('list_departments', { name: 'Financeiro' }, e2e.sandbox.keys.nonAdmin);
    expect(none.isError).toBe(false);
    expect(none.text).toContain('sees only the departments of its own technical group');
  });
});

describe('custom-field metadata', () => {
  it('list_entities filters by applied_in and active', async () => {
    const result = await e2e.call('list_entities', { applied_in: 'solicitant', active: true });
    expect(names(result.structured!.entities)).toEqual(['Dados do solicitante', 'Preferências de atendimento']);
    e2e.reset();
    const bad = await e2e.call('list_entities', { applied_in: 'requestor' });
    expect(bad.isError).toBe(true);
    expect(e2e.upstream()).toEqual([]);
  });

  it('list_entity_fields by a near entity name flags the fields with options', async () => {
    const result = await e2e.call('list_entity_fields', { entity_name: 'dados do solic' });
    expect(result.isError, result.text).toBe(false);
    expect(names(result.structured!.fields)).toEqual(['Cargo', 'Setor', 'Canal preferido', 'Data de admissão']);
    expect(result.text).toMatch(/- \*\*Setor\*\* \(entity_field_id \d+\) · single_select · has options/);
  });

  it('list_entity_fields: an ambiguous entity name lists the entities; an unknown id is a 404', async () => {
    const ambiguous = await e2e.call('list_entity_fields', { entity_name: 'Dados' });
    expect(ambiguous.isError).toBe(true);
    expect(ambiguous.text).toContain('entity_name "Dados" matches');
    const missing = await e2e.call('list_entity_fields', { entity_id: 999999 });
    expect(missing.isError).toBe(true);
    expect(missing.text).toContain('TiFlux found no entity with id 999999');
  });

  it('list_entity_field_options by field id or by names, with a value filter', async () => {
    const byName = await e2e.call('list_entity_field_options', { entity_name: 'Dados do solicitante', entity_field_name: 'setor' });
    expect(byName.isError, byName.text).toBe(false);
    const rows = byName.structured!.options as { id: number; value: string }[];
    expect(rows.map((row) => row.value)).toEqual(['Financeiro', 'Compras', 'Suporte N1', 'Suporte N2', 'Diretoria']);
    const filtered = await e2e.call('list_entity_field_options', { entity_field_id: byName.structured!.entity_field_id, value: 'suporte' });
    expect((filtered.structured!.options as { value: string }[]).map((row) => row.value)).toEqual(['Suporte N1', 'Suporte N2']);
  });

  it('list_entity_field_options needs the field', async () => {
    const result = await e2e.call('list_entity_field_options', { entity_field_name: 'Setor' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('pass entity_id or entity_name');
  });
});
