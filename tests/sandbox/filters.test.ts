import { describe, expect, it } from 'vitest';
import { call, clientNamed, deskNamed, mainData, useSandbox } from './helpers.js';

const sandbox = useSandbox();
const q = encodeURIComponent;
const names = (rows: { name: string }[]) => rows.map((row) => row.name);

describe('/desks?name= : exact, case-insensitive, on name or display_name', () => {
  it('finds one desk by its display name in any case, not the similar ones', async () => {
    const result = await call(sandbox(), 'GET', `/desks?name=${q('suporte técnico')}`);
    expect(result.json.map((d: { display_name: string }) => d.display_name)).toEqual(['Suporte Técnico']);
  });

  it('matches the short name too', async () => {
    const result = await call(sandbox(), 'GET', '/desks?name=SUP-EXTERNO');
    expect(result.json.map((d: { display_name: string }) => d.display_name)).toEqual(['Suporte Técnico Externo']);
  });

  it('does not match partially or without accents', async () => {
    expect((await call(sandbox(), 'GET', '/desks?name=Suporte%20T')).json).toEqual([]);
    expect((await call(sandbox(), 'GET', `/desks?name=${q('Suporte Tecnico')}`)).json).toEqual([]);
  });

  it('filters on active', async () => {
    const inactive = await call(sandbox(), 'GET', '/desks?active=false');
    expect(inactive.json.map((d: { display_name: string }) => d.display_name).sort()).toEqual(['Cobrança', 'Suporte Legado']);
  });
});

describe('/clients?name= : substring', () => {
  it('returns every client whose name contains the text, case-insensitively', async () => {
    const result = await call(sandbox(), 'GET', `/clients?name=${q('pão quente')}`);
    expect(names(result.json).sort()).toEqual(['Padaria Pão Quente', 'Padaria Pão Quente Filial 1', 'Padaria Pão Quente Filial 2']);
  });

  it('combines with active=true', async () => {
    const result = await call(sandbox(), 'GET', `/clients?active=true&name=${q('Pão')}`);
    expect(names(result.json)).toContain('Pão de Açúcar Distribuidora');
    expect(names(result.json)).not.toContain('Padaria Pão Quente Filial 1');
  });
});

describe('/users ignores name', () => {
  it('returns the same unfiltered page with or without name=', async () => {
    const plain = await call(sandbox(), 'GET', '/users?limit=10');
    const named = await call(sandbox(), 'GET', `/users?limit=10&name=${q('Élida')}`);
    expect(named.status).toBe(200);
    expect(named.json).toEqual(plain.json);
    expect(names(named.json)).not.toContain('Élida Conceição');
  });

  it('does filter on type and active', async () => {
    const admins = await call(sandbox(), 'GET', '/users?type=admin');
    expect(names(admins.json).sort()).toEqual(['Carla Mendes', 'Sérgio Monteiro']);
    const inactiveAttendants = await call(sandbox(), 'GET', '/users?type=attendant&active=false');
    expect(names(inactiveAttendants.json).sort()).toEqual(['Eduardo Pires', 'Sabrina Campos']);
  });
});

describe('/technical-users', () => {
  it('matches name partially and case-insensitively, staff only', async () => {
    const result = await call(sandbox(), 'GET', '/technical-users?name=ANA&limit=200');
    expect(names(result.json)).toEqual(expect.arrayContaining(['Ana Souza', 'Ana Paula Ribeiro', 'Ana Luíza Martins', 'Mariana Cunha']));
    const staffIds = new Set(mainData(sandbox()).users.filter((u) => u._type !== 'client').map((u) => u.id));
    expect(result.json.every((u: { id: number }) => staffIds.has(u.id))).toBe(true);
  });

  it('scopes by desk and rejects a non-integer desk_id with 422/42201', async () => {
    const desk = deskNamed(sandbox(), 'Financeiro');
    const scoped = await call(sandbox(), 'GET', `/technical-users?desk_id=${desk.id}&limit=200`);
    expect(names(scoped.json)).toContain('Márcia Gonçalves');
    expect(names(scoped.json)).not.toContain('Rafael Oliveira');
    const bad = await call(sandbox(), 'GET', '/technical-users?desk_id=abc');
    expect(bad.status).toBe(422);
    expect(bad.json.error_code).toBe(42201);
  });
});

describe('desk catalogue items ?name= : partial, case- and accent-insensitive, on item, area and catalog', () => {
  it('finds items by an unaccented prefix shared by several items', async () => {
    const desk = deskNamed(sandbox(), 'Suporte');
    const result = await call(sandbox(), 'GET', `/desks/${desk.id}/services-catalogs-items?limit=200&name=${q('instalacao de impressora')}`);
    expect(names(result.json).sort()).toEqual(['Instalação de impressora', 'Instalação de impressora de etiquetas', 'Instalação de impressora fiscal']);
  });

  it('matches the area name as well', async () => {
    const desk = deskNamed(sandbox(), 'Suporte');
    const result = await call(sandbox(), 'GET', `/desks/${desk.id}/services-catalogs-items?limit=200&name=${q('telefonia movel')}`);
    expect(result.json).toHaveLength(9);
    expect(result.json.every((item: { area: { name: string } }) => item.area.name === 'Telefonia móvel')).toBe(true);
  });

  it('returns the same item name from several areas, and never unselectable items', async () => {
    const desk = deskNamed(sandbox(), 'Suporte');
    const reset = await call(sandbox(), 'GET', `/desks/${desk.id}/services-catalogs-items?name=${q('Reset de senha')}`);
    expect(reset.json.map((i: { area: { name: string } }) => i.area.name).sort()).toEqual(['Acessos', 'E-mail e colaboração', 'ERP']);
    const fax = await call(sandbox(), 'GET', `/desks/${desk.id}/services-catalogs-items?name=fax`);
    expect(fax.json).toEqual([]);
  });
});

describe('/tickets filters', () => {
  it('filters by desk and client id lists', async () => {
    const desk = deskNamed(sandbox(), 'Suporte');
    const client = clientNamed(sandbox(), 'Padaria Pão Quente');
    const result = await call(sandbox(), 'GET', `/tickets?desk_ids=${desk.id}&client_ids=${client.id}&limit=200`);
    expect(result.json.length).toBeGreaterThan(0);
    expect(result.json.every((t: { desk: { id: number }; client: { id: number } }) => t.desk.id === desk.id && t.client.id === client.id)).toBe(true);
  });

  it('refuses more than 15 ids with 422/42201', async () => {
    const ids = Array.from({ length: 16 }, (_, i) => 4101 + i).join(',');
    const result = await call(sandbox(), 'GET', `/tickets?desk_ids=${ids}`);
    expect(result.status).toBe(422);
    expect(result.json).toEqual({ error_code: 42201, detail: { desk_ids: ['cannot have more than 15 items'] } });
  });

  it('refuses duplicated priority ids', async () => {
    const result = await call(sandbox(), 'GET', '/tickets?priority_ids=9001,9001');
    expect(result.status).toBe(422);
  });

  it('lists open tickets by default, closed+canceled with is_closed=true, and lets filter_by win', async () => {
    const data = mainData(sandbox());
    const count = (states: string[]) => data.tickets.filter((t) => states.includes(t.state)).length;
    const total = async (query: string) => Number((await call(sandbox(), 'GET', `/tickets?${query}`)).headers.get('x-total-items'));
    expect(await total('')).toBe(count(['open']));
    expect(await total('is_closed=true')).toBe(count(['closed', 'canceled']));
    expect(await total('is_closed=false&filter_by=closed')).toBe(count(['closed']));
    expect(await total('filter_by=canceled')).toBe(count(['canceled']));
    expect(await total('filter_by=all')).toBe(data.tickets.length);
  });

  it('aggregates with group_by and ignores limit', async () => {
    const result = await call(sandbox(), 'GET', '/tickets?filter_by=all&group_by=month&limit=1');
    expect(result.json.group_by).toBe('month');
    expect(result.json.total).toBe(mainData(sandbox()).tickets.length);
    expect(result.json.buckets.length).toBeGreaterThan(1);
    expect(result.json.buckets[0]).toEqual({ period: expect.stringMatching(/^2026-\d{2}$/), count: expect.any(Number) });
  });
});
