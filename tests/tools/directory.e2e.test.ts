/** search_client, search_user, search_stage and search_catalog_item end to end against the sandbox's large lists. */
import { describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const main = () => e2e.sandbox.data.tenants.main;
const desk = (displayName: string) => main().desks.find((d) => d.display_name === displayName)!;
const ids = (rows: unknown) => (rows as { id: number }[]).map((row) => row.id);

describe('search_client', () => {
  it('finds clients accent-insensitively, best matches first, with ids', async () => {
    const result = await e2e.call('search_client', { client_name: 'PAO QUENTE' });
    expect(result.isError).toBe(false);
    const names = (result.structured!.clients as { name: string }[]).map((c) => c.name);
    expect(names).toEqual(['Padaria Pão Quente', 'Padaria Pão Quente Filial 2']);
    const id = main().clients.find((c) => c.name === 'Padaria Pão Quente')!.id;
    expect(result.text).toContain(`- **Padaria Pão Quente** (id ${id})`);
  });

  it('with no match, suggests the closest names (not an error)', async () => {
    const result = await e2e.call('search_client', { client_name: 'Padoca Quente' });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('No client matches "Padoca Quente". Closest names:');
    expect(result.text).toContain('Padaria Pão Quente (id ');
    expect(result.structured).toMatchObject({ clients: [], total: 0 });
  });

  it('pages through the matches', async () => {
    const result = await e2e.call('search_client', { client_name: 'padaria', limit: 1, offset: 2 });
    expect(result.structured).toMatchObject({ offset: 2, limit: 1, total: 3, has_more: true, next_offset: 3 });
  });

  it('requires client_name', async () => {
    const result = await e2e.call('search_client', {});
    expect(result.isError).toBe(true);
    expect(result.text).toContain('- `client_name` is required');
  });
});

describe('search_user', () => {
  it('really finds a user by name, even one listed after the first 200 (the original returned the first 10)', async () => {
    const result = await e2e.call('search_user', { name: 'elida conceicao' });
    expect(result.isError).toBe(false);
    const late = main().users.find((u) => u.name === SANDBOX_FIXTURES.lateAttendant)!;
    expect(ids(result.structured!.users)).toEqual([late.id]);
    expect(result.text).toContain(`- **${SANDBOX_FIXTURES.lateAttendant}** (id ${late.id}) · ${late.email} · attendant`);
  });

  it('filters by type and finds by e-mail', async () => {
    const admin = main().users.find((u) => u._type === 'admin' && u.active)!;
    const result = await e2e.call('search_user', { name: admin.email, type: 'admin' });
    expect(ids(result.structured!.users)).toEqual([admin.id]);
    const asClient = await e2e.call('search_user', { name: admin.email, type: 'client' });
    expect(asClient.structured!.users).toEqual([]);
  });

  it('with a non-admin key falls back to technical users and says the type is unknown', async () => {
    const result = await e2e.call('search_user', { name: 'Ana Souza', type: 'attendant' }, e2e.sandbox.keys.nonAdmin);
    expect(result.isError).toBe(false);
    expect(result.text).toContain('This API key is not an admin\'s, so TiFlux lists attendants only; the type filter "attendant" could not be applied.');
    expect((result.structured!.users as { name: string; type: string | null }[])[0]).toMatchObject({ name: 'Ana Souza', type: null });
  });

  it('inactive users need an admin key: a non-admin gets TiFlux\'s refusal explained', async () => {
    const result = await e2e.call('search_user', { name: 'a', active: false }, e2e.sandbox.keys.nonAdmin);
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/^TiFlux refused to list users \(HTTP 403\)/);
  });

  it('an unknown type is refused with the allowed values', async () => {
    const result = await e2e.call('search_user', { name: 'Ana', type: 'boss' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('- `type` must be one of: "client", "attendant", "admin"');
  });
});

describe('search_stage', () => {
  const many = () => desk(SANDBOX_FIXTURES.deskWithManyStages);
  const stagesOf = (deskId: number) => main().stages.filter((s) => s.desk_id === deskId).sort((a, b) => a.index - b.index);

  it('lists every stage of a 28-stage desk in workflow order, paged', async () => {
    const all = stagesOf(many().id);
    expect(all.length).toBeGreaterThan(25);
    const page2 = await e2e.call('search_stage', { desk_name: SANDBOX_FIXTURES.deskWithManyStages, limit: 20, offset: 2 });
    expect(page2.isError).toBe(false);
    expect(ids(page2.structured!.stages)).toEqual(all.slice(20).map((s) => s.id));
    expect(page2.structured).toMatchObject({ desk_id: many().id, total: all.length, has_more: false });
    expect(page2.text).toContain('This is the last page.');
  });

  it('narrows by stage_name', async () => {
    const result = await e2e.call('search_stage', { desk_id: many().id, stage_name: 'aguardando' });
    const names = (result.structured!.stages as { name: string }[]).map((s) => s.name);
    expect(names.length).toBeGreaterThan(1);
    expect(names.every((name) => name.startsWith('Aguardando'))).toBe(true);
  });

  it('needs a desk; an ambiguous desk name lists the candidates', async () => {
    const none = await e2e.call('search_stage', {});
    expect(none.isError).toBe(true);
    expect(none.text).toBe('search_stage works inside one desk: pass desk_id or desk_name.');
    const ambiguous = await e2e.call('search_stage', { desk_name: 'Field Service' });
    expect(ambiguous.isError).toBe(true);
    expect(ambiguous.text).toContain(`- ${desk('Field Service SP').id} · `);
  });

  it('an unknown desk id → isError not found', async () => {
    const result = await e2e.call('search_stage', { desk_id: 999999 });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('found no desk with id 999999');
  });
});

describe('search_catalog_item', () => {
  const suporte = () => desk(SANDBOX_FIXTURES.deskWithManyCatalogItems);

  it('searches all 200+ items of a desk by item, area or catalogue name', async () => {
    const result = await e2e.call('search_catalog_item', { desk_name: 'Suporte', catalog_item_name: 'vpn' });
    expect(result.isError).toBe(false);
    const names = (result.structured!.items as { name: string }[]).map((i) => i.name);
    expect(names).toContain('Liberação de acesso ao VPN');
    expect(result.text).toMatch(/\*\*Liberação de acesso ao VPN\*\* \(id \d+\) · .+ › .+ · SLA \d+:\d+ \/ \d+:\d+/);
  });

  it('lists every item when no name is given, reporting the total', async () => {
    const result = await e2e.call('search_catalog_item', { desk_id: suporte().id, limit: 200 });
    const total = result.structured!.total as number;
    expect(total).toBeGreaterThan(200);
    expect(result.structured).toMatchObject({ has_more: true, next_offset: 2 });
    const last = await e2e.call('search_catalog_item', { desk_id: suporte().id, limit: 200, offset: 2 });
    expect((last.structured!.items as unknown[]).length).toBe(total - 200);
  });

  it('narrows by area_id', async () => {
    const item = main().catalogItems.find((i) => i.name === 'Liberação de acesso ao VPN')!;
    const result = await e2e.call('search_catalog_item', { desk_id: suporte().id, area_id: item.area_id, limit: 200 });
    const areas = new Set((result.structured!.items as { area: { id: number } }[]).map((i) => i.area.id));
    expect([...areas]).toEqual([item.area_id]);
  });

  it('with no match, suggests the closest names', async () => {
    const result = await e2e.call('search_catalog_item', { desk_id: suporte().id, catalog_item_name: 'Liberação de impressora' });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('No catalogue item matches "Liberação de impressora"');
    expect(result.text).toContain('Closest names:');
  });

  it('needs a desk', async () => {
    const result = await e2e.call('search_catalog_item', { catalog_item_name: 'vpn' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('pass desk_id or desk_name');
  });
});
