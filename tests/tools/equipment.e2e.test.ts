/** The equipment tools end to end: inventory at a glance, software paged locally, registration and updates. */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const main = () => e2e.sandbox.data.tenants.main;
const machine = (name: string) => main().equipments.find((e) => e.name === name)!;
const clientId = (name: string) => main().clients.find((c) => c.name === name)!.id;
const writes = () => e2e.upstream().filter((line) => !line.startsWith('GET'));

describe('list_equipments', () => {
  it('lists a client\'s equipment by client name, online state only where the agent reports', async () => {
    const result = await e2e.call('list_equipments', { client_name: 'Padaria Pão Quente' });
    expect(result.isError, result.text).toBe(false);
    expect(result.structured).toMatchObject({ total: 5 });
    expect(result.text).toContain(`- **PPQ-CAIXA-01** (id ${machine('PPQ-CAIXA-01').id}) · Desktop · group Loja matriz · Padaria Pão Quente · online 192.168.10.21 · agent 3.2.1`);
    expect(result.text).toContain('**PPQ-CAIXA-02**');
    expect(result.text).toMatch(/PPQ-CAIXA-02.*offline/);
    expect(result.text).toMatch(/PPQ-IMPRESSORA-LOJA.* · no agent$/m);
    const printer = (result.structured!.equipments as { name: string; online: unknown }[]).find((e) => e.name === 'PPQ-IMPRESSORA-LOJA')!;
    expect(printer.online).toBeNull();
    expect(e2e.sandbox.requests.find((r) => r.path === '/equipments')!.query.client_id).toBe(String(clientId('Padaria Pão Quente')));
  });

  it('include_manufacturer and include_system add maker, serial and system', async () => {
    const result = await e2e.call('list_equipments', { client_name: 'Farmácia Saúde Total', include_manufacturer: true, include_system: true });
    expect(result.text).toContain('Positivo Tecnologia Master D610 (serial PSTD610-88172)');
    expect(result.text).toContain('Ubuntu 22.04.4 LTS');
    expect(e2e.sandbox.requests.find((r) => r.path === '/equipments')!.query).toMatchObject({ include_manufacturer: 'true', include_system: 'true' });
  });

  it('an organisation without the Tickets licence → 40304 explained', async () => {
    const result = await e2e.call('list_equipments', {}, e2e.sandbox.keys.otherTenant);
    expect(result.isError).toBe(true);
    expect(result.text).toContain('the organisation has no active Tickets licence');
  });
});

describe('get_equipment', () => {
  it('puts critical updates, a full disk and a stale antivirus first, then one line per disk with free space', async () => {
    const result = await e2e.call('get_equipment', { equipment_id: machine('PPQ-CAIXA-01').id });
    expect(result.isError, result.text).toBe(false);
    const text = result.text;
    expect(text).toContain('**Needs attention**');
    expect(text).toContain('- ⚠ CRITICAL Windows updates pending (7 pending in all)');
    expect(text).toContain('- ⚠ disk C: is 94% full (13.4 GB free)');
    expect(text).toContain('- ⚠ antivirus Windows Defender is not up to date');
    expect(text).toContain('- ⚠ warranty ended 2024-03-10');
    expect(text).toContain('- C: 223.1 GB, 94% used, **13.4 GB free** ⚠ nearly full');
    expect(text).toContain('- D: 931.5 GB, 41% used, **549.6 GB free**');
    expect(text).toContain('Windows Update: 7 pending, CRITICAL among them');
    expect(text).toContain('Printers: Elgin i9 (Fiscal) on COM3 (default)');
    expect(text.indexOf('Needs attention')).toBeLessThan(text.indexOf('Disks:'));
    expect(result.structured).toMatchObject({
      windows_update: { pending_count: 7, has_critical_pending: true },
      disks: [{ name: 'C:', free_gb: 13.4, nearly_full: true }, { name: 'D:', nearly_full: false }],
    });
    expect((result.structured!.equipment as { motherboard: unknown }).motherboard).toEqual({ manufacturer: 'Dell Inc.', model: '0K8J8T', bios: '1.21.0' });
  });

  it('finds equipment by name; lists several IPs of one card and a failing disk', async () => {
    const result = await e2e.call('get_equipment', { equipment_name: 'ppq-srv' });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('192.168.10.2, 192.168.10.3');
    expect(result.text).toContain('S.M.A.R.T. status "Pred Fail"');
  });

  it('a healthy machine says nothing needs attention; one without the agent says there is no inventory', async () => {
    const healthy = await e2e.call('get_equipment', { equipment_id: machine('PPQ-ESCRITORIO-NB').id });
    expect(healthy.text).toContain('Nothing needs attention.');
    expect(healthy.text).toContain('Windows Update: 0 pending, none critical');
    const printer = await e2e.call('get_equipment', { equipment_id: machine('PPQ-IMPRESSORA-LOJA').id });
    expect(printer.isError).toBe(false);
    expect(printer.text).toContain('No inventory: the TiFlux agent has not reported');
  });

  it('show_entities adds the custom fields', async () => {
    const result = await e2e.call('get_equipment', { equipment_id: machine('PPQ-CAIXA-01').id, show_entities: true });
    expect(JSON.stringify((result.structured!.equipment as { entities: unknown }).entities)).toContain('PAT-0101');
    expect(e2e.sandbox.requests.at(-1)!.query).toEqual({ show_entities: 'true' });
  });

  it('an unknown id → not found; an ambiguous name → the candidates', async () => {
    const missing = await e2e.call('get_equipment', { equipment_id: 999999 });
    expect(missing.isError).toBe(true);
    expect(missing.text).toContain('found no equipment with id 999999');
    const ambiguous = await e2e.call('get_equipment', { equipment_name: 'PPQ-CAIXA' });
    expect(ambiguous.isError).toBe(true);
    expect(ambiguous.text).toContain('equipment_name "PPQ-CAIXA" matches 2 equipment');
  });

  it('neither id nor name → isError, no call', async () => {
    const result = await e2e.call('get_equipment', {});
    expect(result.isError).toBe(true);
    expect(result.text).toContain('pass equipment_id');
    expect(e2e.upstream()).toEqual([]);
  });
});

describe('list_equipment_softwares', () => {
  it('never sends paging parameters (TiFlux answers 400) and pages the long list itself', async () => {
    const id = machine('PPQ-SRV-01').id;
    const result = await e2e.call('list_equipment_softwares', { equipment_id: id, limit: 10, offset: 2 });
    expect(result.isError, result.text).toBe(false);
    const request = e2e.sandbox.requests.find((r) => r.path === `/equipments/${id}/softwares`)!;
    expect(request.query).toEqual({});
    expect(result.structured).toMatchObject({ total: 175, offset: 2, limit: 10, has_more: true, next_offset: 3 });
    expect((result.structured!.softwares as unknown[]).length).toBe(10);
    expect(result.text.length).toBeLessThan(2000);
  });

  it('name narrows the list accent- and case-insensitively', async () => {
    const result = await e2e.call('list_equipment_softwares', { equipment_name: 'PPQ-CAIXA-01', name: 'emissor' });
    expect(result.text).toContain('- Emissor NFC-e 3.10.8 · Alfa Sistemas');
    expect(result.structured).toMatchObject({ total: 1 });
  });

  it('equipment without the agent has no software, and says why', async () => {
    const result = await e2e.call('list_equipment_softwares', { equipment_id: machine('FST-ROTEADOR').id });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('the TiFlux agent has not sent an inventory');
  });

  it('the sandbox really refuses paging parameters, as TiFlux does', async () => {
    const response = await fetch(`${e2e.sandbox.baseUrl}/equipments/${machine('PPQ-SRV-01').id}/softwares?offset=1&limit=20`, {
      headers: { authorization: `Bearer ${e2e.sandbox.keys.admin}` },
    });
    expect(response.status).toBe(400);
  });
});

describe('create_equipment', () => {
  it('registers equipment with client, type and group by name', async () => {
    const result = await e2e.call('create_equipment', {
      name: 'PPQ-CAIXA-03', client_name: 'Padaria Pão Quente', equipment_type_name: 'desktop', equipment_group_name: 'loja',
      acquisition_date: '2026-08-01', warranty_date: '2029-08-01',
    });
    expect(result.isError, result.text).toBe(false);
    const group = main().equipmentGroups.find((g) => g.name === 'Loja matriz')!;
    expect(e2e.sandbox.requests.find((r) => r.method === 'POST')!.json).toEqual({
      name: 'PPQ-CAIXA-03', client_id: clientId('Padaria Pão Quente'), equipment_type_id: 401, equipment_group_id: group.id,
      acquisition_date: '2026-08-01', warranty_date: '2029-08-01',
    });
    expect(result.text).toContain('Registered **PPQ-CAIXA-03**');
    expect(result.text).toContain('Desktop · group Loja matriz · Padaria Pão Quente');
    expect(machine('PPQ-CAIXA-03')).toBeDefined();
  });

  it('a warranty before the acquisition is refused before any call', async () => {
    const result = await e2e.call('create_equipment', {
      name: 'X', client_id: 801, equipment_type_id: 401, acquisition_date: '2026-08-01', warranty_date: '2025-08-01',
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('warranty_date 2025-08-01 is before acquisition_date 2026-08-01');
    expect(e2e.upstream()).toEqual([]);
  });

  it('a group of another client → TiFlux\'s 422 explained', async () => {
    const otherGroup = main().equipmentGroups.find((g) => g.name === 'Balcão')!;
    const result = await e2e.call('create_equipment', { name: 'X', client_name: 'Padaria Pão Quente', equipment_type_id: 401, equipment_group_id: otherGroup.id });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('equipment_group_id: must belong to the equipment client');
  });

  it('needs a type and a client; a non-admin key is refused by TiFlux', async () => {
    const noType = await e2e.call('create_equipment', { name: 'X', client_id: 801 });
    expect(noType.isError).toBe(true);
    expect(noType.text).toContain('needs the equipment type');
    const noClient = await e2e.call('create_equipment', { name: 'X', equipment_type_id: 401 });
    expect(noClient.text).toContain('needs the client');
    const denied = await e2e.call('create_equipment', { name: 'X', client_id: 801, equipment_type_id: 401 }, e2e.sandbox.keys.nonAdmin);
    expect(denied.isError).toBe(true);
    expect(denied.text).toContain('HTTP 403');
  });
});

describe('update_equipment', () => {
  it('changes only what is given', async () => {
    const id = machine('PPQ-CAIXA-02').id;
    const result = await e2e.call('update_equipment', { equipment_id: id, name: 'PPQ-CAIXA-02-NOVO', equipment_group_name: 'Escritório' });
    expect(result.isError, result.text).toBe(false);
    const put = e2e.sandbox.requests.find((r) => r.method === 'PUT')!;
    expect(put.json).toEqual({ name: 'PPQ-CAIXA-02-NOVO', equipment_group_id: main().equipmentGroups.find((g) => g.name === 'Escritório')!.id });
    expect(result.text).toContain('Updated **PPQ-CAIXA-02-NOVO**');
  });

  it('a lone warranty date before the stored acquisition date is refused', async () => {
    const result = await e2e.call('update_equipment', { equipment_id: machine('PPQ-CAIXA-02').id, warranty_date: '2020-01-01' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('is before acquisition_date 2023-07-01');
    expect(writes()).toEqual([]);
  });

  it('nothing to change → isError, no call; unknown id → not found', async () => {
    const nothing = await e2e.call('update_equipment', { equipment_id: machine('PPQ-CAIXA-02').id });
    expect(nothing.isError).toBe(true);
    expect(nothing.text).toContain('needs something to change');
    expect(e2e.upstream()).toEqual([]);
    const missing = await e2e.call('update_equipment', { equipment_id: 999999, name: 'X' });
    expect(missing.isError).toBe(true);
    expect(missing.text).toContain('found no equipment with id 999999');
  });
});

describe('list_equipment_groups and list_equipment_types', () => {
  it('groups of a client by name', async () => {
    const result = await e2e.call('list_equipment_groups', { client_name: 'Farmácia Saúde Total' });
    expect(result.isError, result.text).toBe(false);
    expect((result.structured!.equipment_groups as { name: string }[]).map((g) => g.name)).toEqual(['Balcão', 'Administração']);
    expect(result.text).toMatch(/- \*\*Balcão\*\* \(id \d+\) · Farmácia Saúde Total/);
  });

  it('every group without a client; an unknown client name → isError with suggestions', async () => {
    const all = await e2e.call('list_equipment_groups', {});
    expect(all.structured).toMatchObject({ total: 4 });
    const unknown = await e2e.call('list_equipment_groups', { client_name: 'Farmacia Saude Totalmente' });
    expect(unknown.isError).toBe(true);
  });

  it('types, narrowed by name', async () => {
    const all = await e2e.call('list_equipment_types', {});
    expect(all.structured).toMatchObject({ total: 7 });
    const narrowed = await e2e.call('list_equipment_types', { name: 'book' });
    expect(narrowed.structured!.equipment_types).toEqual([{ id: 402, name: 'Notebook' }]);
    const none = await e2e.call('list_equipment_types', { name: 'Tablet' });
    expect(none.text).toBe('No equipment types matching "Tablet".');
  });
});
