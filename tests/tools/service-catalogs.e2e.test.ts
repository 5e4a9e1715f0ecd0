/**
 * The service_catalogs tools end to end: catalogue → area → item administration against the sandbox, with the
 * cascade guard (a delete with children refuses until confirm_cascade), name uniqueness on create and update,
 * HH:MM SLA checks, names resolved accent-insensitively and TiFlux's wrapped bodies.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG_FIXTURES } from '../../sandbox/families/services-catalogs/index.js';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const { emptyCatalog, printingCatalog, printersArea, suppliesArea, printerItems } = CATALOG_FIXTURES;
const main = () => e2e.sandbox.data.tenants.main;
const catalog = (name: string) => main().catalogs.find((c) => c.name === name && !c.deleted)!;
const area = (catalogName: string, name: string) =>
  main().areas.find((a) => a.catalog_id === catalog(catalogName).id && a.name === name && !a.deleted)!;
const writes = () => e2e.upstream().filter((line) => !line.startsWith('GET'));
const lastJson = (method: string) => [...e2e.sandbox.requests].reverse().find((r) => r.method === method)!.json;
const names = (rows: unknown) => (rows as { name: string }[]).map((row) => row.name);

describe('list_services_catalogs', () => {
  it('lists the active catalogues with ids, TiFlux\'s total and paging', async () => {
    const result = await e2e.call('list_services_catalogs', {});
    expect(result.isError).toBe(false);
    expect(result.structured).toMatchObject({ total: 7, has_more: false });
    expect(names(result.structured!.services_catalogs)).toContain('Infraestrutura');
    expect(result.text).toContain(`- **Infraestrutura** (id ${catalog('Infraestrutura').id})`);
    const second = await e2e.call('list_services_catalogs', { limit: 2, offset: 2 });
    expect(second.structured).toMatchObject({ offset: 2, limit: 2, total: 7, has_more: true, next_offset: 3 });
  });

  it('finds by name without accents (TiFlux\'s ilike would not)', async () => {
    const result = await e2e.call('list_services_catalogs', { name: 'impressao' });
    expect(names(result.structured!.services_catalogs)).toEqual(['Outsourcing de impressão']);
  });

  it('a name that matches nothing says so and suggests the closest', async () => {
    const result = await e2e.call('list_services_catalogs', { name: 'Telefonia celular' });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('No service catalogues match "Telefonia celular"');
    expect(result.text).toContain('Telefonia');
  });

  it('reads are open to a non-admin key', async () => {
    const result = await e2e.call('list_services_catalogs', {}, e2e.sandbox.keys.nonAdmin);
    expect(result.isError).toBe(false);
  });
});

describe('create_services_catalog', () => {
  it('creates it with the body wrapped as TiFlux wants', async () => {
    const result = await e2e.call('create_services_catalog', { name: 'Manutenção predial' });
    expect(result.isError, result.text).toBe(false);
    expect(lastJson('POST')).toEqual({ services_catalog: { name: 'Manutenção predial' } });
    const created = catalog('Manutenção predial');
    expect(result.text).toContain(`Created service catalogue **Manutenção predial** (id ${created.id})`);
    expect(result.structured).toEqual({ services_catalog: { id: created.id, name: 'Manutenção predial' } });
  });

  it('refuses a name another catalogue has, accents and case aside, before writing', async () => {
    const result = await e2e.call('create_services_catalog', { name: 'INFRAESTRUTURA' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain(`already has ${catalog('Infraestrutura').id} · Infraestrutura`);
    expect(writes()).toEqual([]);
  });

  it('a key without the catalogue-management role gets TiFlux\'s refusal explained', async () => {
    const result = await e2e.call('create_services_catalog', { name: 'Novo' }, e2e.sandbox.keys.nonAdmin);
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/^TiFlux refused to create a service catalogue \(HTTP 403\)/);
  });

  it('an empty name is refused locally', async () => {
    const result = await e2e.call('create_services_catalog', { name: '  ' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('`name`');
    expect(e2e.upstream()).toEqual([]);
  });
});

describe('update_services_catalog', () => {
  it('renames a catalogue given by name, saying what it was', async () => {
    const result = await e2e.call('update_services_catalog', { services_catalog_name: 'telefonia', name: 'Telefonia e VoIP' });
    expect(result.isError, result.text).toBe(false);
    const renamed = main().catalogs.find((c) => c.name === 'Telefonia e VoIP')!;
    expect(result.text).toBe(`Renamed service catalogue ${renamed.id} from "Telefonia" to **Telefonia e VoIP**.`);
    expect(lastJson('PUT')).toEqual({ services_catalog: { name: 'Telefonia e VoIP' } });
  });

  it('refuses a name a sibling has (TiFlux would accept it on rename)', async () => {
    const result = await e2e.call('update_services_catalog', { id: emptyCatalog.id, name: 'Sistemas' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('names must be unique');
    expect(writes()).toEqual([]);
  });

  it('keeping its own name in another case is fine', async () => {
    const result = await e2e.call('update_services_catalog', { id: emptyCatalog.id, name: 'PROJETOS ESPECIAIS' });
    expect(result.isError, result.text).toBe(false);
  });

  it('an unknown id → isError, nothing written', async () => {
    const result = await e2e.call('update_services_catalog', { id: 999999, name: 'X' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('No active service catalogue has id 999999');
    expect(writes()).toEqual([]);
  });

  it('a partial name is not enough to change a record', async () => {
    const result = await e2e.call('update_services_catalog', { services_catalog_name: 'Telefon', name: 'X' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('only partly matches');
    expect(writes()).toEqual([]);
  });
});

describe('delete_services_catalog: the cascade guard', () => {
  it('a catalogue with nothing beneath is deleted at once, and the answer says what went', async () => {
    const result = await e2e.call('delete_services_catalog', { id: emptyCatalog.id });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toBe(`Deleted service catalogue "${emptyCatalog.name}" (id ${emptyCatalog.id}) (it had no areas).`);
    expect(writes()).toEqual([`DELETE /services-catalogs/${emptyCatalog.id}`]);
    expect(main().catalogs.find((c) => c.id === emptyCatalog.id)!.deleted).toBe(true);
  });

  it('a catalogue with areas and items is refused, listing what would go; nothing deleted', async () => {
    const result = await e2e.call('delete_services_catalog', { services_catalog_name: 'Outsourcing de impressao' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain(`catalogue "${printingCatalog.name}" (id ${printingCatalog.id}) still has 2 areas and 2 items`);
    expect(result.text).toContain(`- area "Impressoras" (id ${printersArea.id}): 2 items: Instalação de impressora locada, Recolhimento de impressora locada`);
    expect(result.text).toContain(`- area "Suprimentos" (id ${suppliesArea.id}): no items`);
    expect(result.text).toContain('confirm_cascade: true');
    expect(writes()).toEqual([]);
    expect(catalog(printingCatalog.name)).toBeDefined();
  });

  it('with confirm_cascade: true it deletes the catalogue and TiFlux deactivates everything under it', async () => {
    const result = await e2e.call('delete_services_catalog', { id: printingCatalog.id, confirm_cascade: true });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('with its 2 areas and 2 items');
    expect(result.structured).toEqual({ deleted: true, id: printingCatalog.id, name: printingCatalog.name, areas_deleted: 2, items_deleted: 2 });
    expect(main().catalogItems.filter((i) => i.area_id === printersArea.id).every((i) => i.deleted)).toBe(true);
    const areas = await e2e.call('list_services_catalog_areas', { services_catalog_id: printingCatalog.id });
    expect(areas.isError).toBe(true);
  });

  it('a large catalogue lists its areas with the first item names and how many more', async () => {
    const result = await e2e.call('delete_services_catalog', { services_catalog_name: 'Infraestrutura' });
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/still has 5 areas and \d+ items/);
    expect(result.text).toMatch(/- area "Impressão" \(id \d+\): 21 items: .+, and 16 more/);
  });

  it('a second identical delete says it is already gone, without calling DELETE', async () => {
    await e2e.call('delete_services_catalog', { id: emptyCatalog.id });
    const again = await e2e.call('delete_services_catalog', { id: emptyCatalog.id });
    expect(again.isError).toBe(false);
    expect(again.text).toContain('already deleted');
    expect(again.structured).toMatchObject({ deleted: false });
    expect(writes()).toEqual([`DELETE /services-catalogs/${emptyCatalog.id}`]);
  });
});

describe('list_services_catalog_areas', () => {
  it('lists the areas of a catalogue given by name', async () => {
    const result = await e2e.call('list_services_catalog_areas', { services_catalog_name: 'Acessos e seguranca' });
    expect(result.isError, result.text).toBe(false);
    expect(names(result.structured!.areas)).toEqual(['Acessos', 'Segurança da informação']);
    expect(result.structured).toMatchObject({ services_catalog_id: catalog('Acessos e segurança').id, total: 2 });
  });

  it('needs a catalogue', async () => {
    const result = await e2e.call('list_services_catalog_areas', {});
    expect(result.isError).toBe(true);
    expect(result.text).toContain('pass services_catalog_id or services_catalog_name');
  });

  it('an unknown catalogue name → isError with the catalogues available', async () => {
    const result = await e2e.call('list_services_catalog_areas', { services_catalog_name: 'Jardinagem' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('No service catalogue is named like services_catalog_name "Jardinagem"');
    expect(result.text).toMatch(/^- \d+ · Infraestrutura$/m);
  });

  it('an unknown catalogue id → TiFlux\'s 404 explained', async () => {
    const result = await e2e.call('list_services_catalog_areas', { services_catalog_id: 999999 });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('found no service catalogue with id 999999');
  });
});

describe('create_services_catalog_area', () => {
  it('creates an area in a catalogue, body wrapped as {area}', async () => {
    const result = await e2e.call('create_services_catalog_area', { services_catalog_name: 'Telefonia', name: 'Telefonia VoIP' });
    expect(result.isError, result.text).toBe(false);
    expect(lastJson('POST')).toEqual({ area: { name: 'Telefonia VoIP' } });
    expect(result.structured).toEqual({ area: { id: area('Telefonia', 'Telefonia VoIP').id, name: 'Telefonia VoIP', services_catalog: 'Telefonia' } });
  });

  it('refuses a name a sibling area has, but not one used in another catalogue', async () => {
    const clash = await e2e.call('create_services_catalog_area', { services_catalog_name: 'Telefonia', name: 'telefonia movel' });
    expect(clash.isError).toBe(true);
    expect(clash.text).toContain('Telefonia móvel');
    expect(writes()).toEqual([]);
    const elsewhere = await e2e.call('create_services_catalog_area', { services_catalog_id: printingCatalog.id, name: 'Impressão' });
    expect(elsewhere.isError, elsewhere.text).toBe(false);
  });
});

describe('update_services_catalog_area', () => {
  it('renames an area given by name', async () => {
    const result = await e2e.call('update_services_catalog_area', {
      services_catalog_id: printingCatalog.id, area_name: 'suprimentos', name: 'Suprimentos e peças',
    });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('from "Suprimentos" to **Suprimentos e peças**');
    expect(lastJson('PUT')).toEqual({ area: { name: 'Suprimentos e peças' } });
  });

  it('refuses the name of a sibling area', async () => {
    const result = await e2e.call('update_services_catalog_area', { services_catalog_id: printingCatalog.id, id: suppliesArea.id, name: 'Impressoras' });
    expect(result.isError).toBe(true);
    expect(writes()).toEqual([]);
  });

  it('an area of another catalogue is not found there', async () => {
    const result = await e2e.call('update_services_catalog_area', { services_catalog_name: 'Telefonia', id: suppliesArea.id, name: 'X' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain(`has no active area with id ${suppliesArea.id}`);
  });
});

describe('delete_services_catalog_area: the cascade guard', () => {
  it('an empty area is deleted at once', async () => {
    const result = await e2e.call('delete_services_catalog_area', { services_catalog_id: printingCatalog.id, id: suppliesArea.id });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain(`Deleted area "Suprimentos" (id ${suppliesArea.id})`);
    expect(writes()).toEqual([`DELETE /services-catalogs/${printingCatalog.id}/areas/${suppliesArea.id}`]);
  });

  it('an area with items is refused with the items listed, then deleted with confirm_cascade', async () => {
    const args = { services_catalog_id: printingCatalog.id, area_name: 'Impressoras' };
    const refused = await e2e.call('delete_services_catalog_area', args);
    expect(refused.isError).toBe(true);
    expect(refused.text).toContain('still has 2 items');
    expect(refused.text).toContain('Instalação de impressora locada, Recolhimento de impressora locada');
    expect(writes()).toEqual([]);
    const confirmed = await e2e.call('delete_services_catalog_area', { ...args, confirm_cascade: true });
    expect(confirmed.isError, confirmed.text).toBe(false);
    expect(confirmed.structured).toMatchObject({ deleted: true, items_deleted: 2 });
    expect(main().catalogItems.filter((i) => i.area_id === printersArea.id).every((i) => i.deleted)).toBe(true);
    const again = await e2e.call('delete_services_catalog_area', { ...args, confirm_cascade: true });
    expect(again.isError).toBe(false);
    expect(again.text).toContain('already deleted');
  });
});

describe('list_services_catalog_items', () => {
  it('lists an area\'s items with SLA times, area and catalogue by name', async () => {
    const result = await e2e.call('list_services_catalog_items', { services_catalog_name: 'Acessos e segurança', area_name: 'acessos', name: 'vpn' });
    expect(result.isError, result.text).toBe(false);
    const items = result.structured!.items as { name: string; services_catalogs_area: string; services_catalog: string }[];
    expect(items.map((i) => i.name)).toContain('Liberação de acesso ao VPN');
    expect(items[0]).toMatchObject({ services_catalogs_area: 'Acessos', services_catalog: 'Acessos e segurança' });
    expect(result.text).toMatch(/- \*\*Liberação de acesso ao VPN\*\* \(id \d+\) · SLA attendance \d+:\d\d \/ solution \d+:\d\d/);
  });

  it('pages TiFlux\'s list when no name is given', async () => {
    const result = await e2e.call('list_services_catalog_items', { services_catalogs_area_id: area('Infraestrutura', 'Impressão').id, limit: 5 });
    expect(result.structured).toMatchObject({ total: 21, has_more: true, next_offset: 2 });
    expect(e2e.upstream()).toEqual([`GET /services-catalogs-areas/${area('Infraestrutura', 'Impressão').id}/items`]);
  });

  it('area_name alone is looked up in every catalogue; namesakes in two catalogues are listed with their catalogue', async () => {
    const unique = await e2e.call('list_services_catalog_items', { area_name: 'acessos' });
    expect(unique.isError, unique.text).toBe(false);
    expect(unique.structured).toMatchObject({ services_catalogs_area_id: area('Acessos e segurança', 'Acessos').id });
    await e2e.call('create_services_catalog_area', { services_catalog_id: printingCatalog.id, name: 'Impressão' });
    const twice = await e2e.call('list_services_catalog_items', { area_name: 'Impressão' });
    expect(twice.isError).toBe(true);
    expect(twice.text).toContain('area_name "Impressão" matches 2 areas');
    expect(twice.text).toContain(`${area('Infraestrutura', 'Impressão').id} · Impressão (catalogue "Infraestrutura")`);
    expect(twice.text).toContain('(catalogue "Outsourcing de impressão")');
  });

  it('neither area id nor name → isError, no call', async () => {
    const result = await e2e.call('list_services_catalog_items', { services_catalog_name: 'Telefonia' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('pass services_catalogs_area_id or area_name');
    expect(e2e.upstream()).toEqual([]);
  });

  it('an ambiguous area name → isError listing the candidates with ids', async () => {
    const result = await e2e.call('list_services_catalog_items', { services_catalog_name: 'Telefonia', area_name: 'Telefonia' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('area_name "Telefonia" matches 2 areas');
    expect(result.text).toMatch(/^- \d+ · Telefonia fixa$/m);
  });
});

describe('create_services_catalog_item', () => {
  it('adds "Troca de toner" under Impressoras (area by name alone), body wrapped as {item}', async () => {
    const result = await e2e.call('create_services_catalog_item', {
      area_name: 'Impressoras', name: 'Troca de toner', start_time: '02:00', end_time: '120:30',
    });
    expect(result.isError, result.text).toBe(false);
    expect(lastJson('POST')).toEqual({ item: { name: 'Troca de toner', start_time: '02:00', end_time: '120:30' } });
    expect(result.text).toContain('SLA attendance 02:00 / solution 120:30');
    expect(result.structured!.item).toMatchObject({ name: 'Troca de toner', services_catalogs_area: 'Impressoras', services_catalog: 'Outsourcing de impressão' });
  });

  it('refuses a duplicate name in the same area', async () => {
    const result = await e2e.call('create_services_catalog_item', {
      services_catalogs_area_id: printersArea.id, name: 'instalacao de impressora locada', start_time: '01:00', end_time: '02:00',
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain(`${printerItems[0].id} · Instalação de impressora locada`);
    expect(writes()).toEqual([]);
  });

  it('refuses end_time before start_time, and malformed times, before any call', async () => {
    const before = await e2e.call('create_services_catalog_item', { services_catalogs_area_id: printersArea.id, name: 'X', start_time: '08:00', end_time: '04:00' });
    expect(before.isError).toBe(true);
    expect(before.text).toContain('end_time 04:00 is before start_time 08:00');
    const malformed = await e2e.call('create_services_catalog_item', { services_catalogs_area_id: printersArea.id, name: 'X', start_time: '4h', end_time: '1000:00' });
    expect(malformed.isError).toBe(true);
    expect(malformed.text).toContain('`start_time` must be HH:MM');
    expect(malformed.text).toContain('`end_time` must be HH:MM');
    expect(e2e.upstream()).toEqual([]);
  });
});

describe('update_services_catalog_item', () => {
  it('changes only the fields given and shows the difference', async () => {
    const result = await e2e.call('update_services_catalog_item', { services_catalogs_area_id: printersArea.id, id: printerItems[0].id, end_time: '48:00' });
    expect(result.isError, result.text).toBe(false);
    expect(lastJson('PUT')).toEqual({ item: { end_time: '48:00' } });
    expect(result.text).toContain('end_time "24:00" → "48:00"');
  });

  it('refuses an end_time before the stored start_time', async () => {
    const result = await e2e.call('update_services_catalog_item', { services_catalogs_area_id: printersArea.id, id: printerItems[1].id, end_time: '07:00' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('start_time 08:00');
    expect(writes()).toEqual([]);
  });

  it('refuses a rename to a sibling\'s name, and a call with nothing to change', async () => {
    const clash = await e2e.call('update_services_catalog_item', {
      services_catalogs_area_id: printersArea.id, item_name: 'Recolhimento de impressora locada', name: 'Instalação de impressora locada',
    });
    expect(clash.isError).toBe(true);
    const nothing = await e2e.call('update_services_catalog_item', { services_catalogs_area_id: printersArea.id, id: printerItems[0].id });
    expect(nothing.isError).toBe(true);
    expect(nothing.text).toContain('needs something to change');
    expect(writes()).toEqual([]);
  });
});

describe('delete_services_catalog_item', () => {
  it('deletes an item by name and says so; a second delete finds it gone', async () => {
    const args = { services_catalogs_area_id: printersArea.id, item_name: 'Recolhimento de impressora locada' };
    const result = await e2e.call('delete_services_catalog_item', args);
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toBe(`Deleted item "Recolhimento de impressora locada" (id ${printerItems[1].id}) of area ${printersArea.id}.`);
    expect(writes()).toEqual([`DELETE /services-catalogs-areas/${printersArea.id}/items/${printerItems[1].id}`]);
    const again = await e2e.call('delete_services_catalog_item', args);
    expect(again.isError).toBe(false);
    expect(again.text).toContain('already deleted');
    expect(writes()).toHaveLength(1);
  });

  it('a partial name does not delete anything', async () => {
    const result = await e2e.call('delete_services_catalog_item', { services_catalogs_area_id: printersArea.id, item_name: 'Recolhimento' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('only partly matches');
    expect(writes()).toEqual([]);
  });

  it('a non-admin key is refused by TiFlux', async () => {
    const result = await e2e.call('delete_services_catalog_item', { services_catalogs_area_id: printersArea.id, id: printerItems[0].id }, e2e.sandbox.keys.nonAdmin);
    expect(result.isError).toBe(true);
    expect(result.text).toContain('HTTP 403');
  });
});
