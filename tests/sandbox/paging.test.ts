import { describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { call, deskNamed, mainData, useSandbox } from './helpers.js';

const sandbox = useSandbox();

describe('paging: offset is a 1-based page, limit the page size', () => {
  it('serves 20 rows by default and the next rows on offset=2', async () => {
    const all = mainData(sandbox()).users;
    const first = await call(sandbox(), 'GET', '/users');
    const second = await call(sandbox(), 'GET', '/users?offset=2');
    expect(first.json.map((u: { id: number }) => u.id)).toEqual(all.slice(0, 20).map((u) => u.id));
    expect(second.json.map((u: { id: number }) => u.id)).toEqual(all.slice(20, 40).map((u) => u.id));
  });

  it('treats offset as a page, not a row offset', async () => {
    const byPage = await call(sandbox(), 'GET', '/users?offset=3&limit=10');
    expect(byPage.json[0].id).toBe(mainData(sandbox()).users[20]!.id);
  });

  it('caps limit at 200 (a larger limit silently returns 200 rows)', async () => {
    const result = await call(sandbox(), 'GET', '/users?limit=500');
    expect(result.status).toBe(200);
    expect(result.json).toHaveLength(200);
  });

  it('reads offset=0 as the first page and rejects non-numeric paging values with 422', async () => {
    const zero = await call(sandbox(), 'GET', '/users?offset=0&limit=5');
    expect(zero.json[0].id).toBe(mainData(sandbox()).users[0]!.id);
    const bad = await call(sandbox(), 'GET', '/users?limit=ten');
    expect(bad.status).toBe(422);
    expect(bad.json).toEqual({ error_code: 42201, detail: { limit: ['must be an integer'] } });
  });

  it('has users beyond the first 200, so a one-page lookup misses them', async () => {
    const firstPage = await call(sandbox(), 'GET', '/users?limit=200&offset=1');
    const secondPage = await call(sandbox(), 'GET', '/users?limit=200&offset=2');
    const names = (rows: { name: string }[]) => rows.map((row) => row.name);
    expect(names(firstPage.json)).not.toContain(SANDBOX_FIXTURES.lateAttendant);
    expect(names(secondPage.json)).toContain(SANDBOX_FIXTURES.lateAttendant);
    expect(secondPage.json.length).toBeLessThan(200); // the last page is short
  });

  it('has a desk with more than 25 stages, the later ones beyond the default page', async () => {
    const desk = deskNamed(sandbox(), SANDBOX_FIXTURES.deskWithManyStages);
    const firstPage = await call(sandbox(), 'GET', `/desks/${desk.id}/stages`);
    const all = await call(sandbox(), 'GET', `/desks/${desk.id}/stages?limit=200`);
    expect(firstPage.json).toHaveLength(20);
    expect(all.json.length).toBeGreaterThanOrEqual(25);
    expect(firstPage.json.map((s: { name: string }) => s.name)).not.toContain('Validação com o cliente');
    expect(all.json.at(-1)).toMatchObject({ name: 'Concluído', last_stage: true, first_stage: false });
    expect(all.json[0]).toMatchObject({ index: 1, first_stage: true });
  });

  it('has a desk with more than 200 catalogue items', async () => {
    const desk = deskNamed(sandbox(), SANDBOX_FIXTURES.deskWithManyCatalogItems);
    const page1 = await call(sandbox(), 'GET', `/desks/${desk.id}/services-catalogs-items?limit=200&offset=1`);
    const page2 = await call(sandbox(), 'GET', `/desks/${desk.id}/services-catalogs-items?limit=200&offset=2`);
    expect(page1.json).toHaveLength(200);
    expect(page2.json.length).toBeGreaterThan(0);
    expect(page1.json[0]).toEqual({
      id: expect.any(Number), name: expect.any(String), start_time: expect.stringMatching(/^\d{2,3}:\d{2}$/),
      end_time: expect.any(String), area: { id: expect.any(Number), name: expect.any(String) },
      catalog: { id: expect.any(Number), name: expect.any(String) },
    });
  });

  it('sends X-Total-Items on /tickets with the total of the filtered list', async () => {
    const open = mainData(sandbox()).tickets.filter((ticket) => ticket.state === 'open').length;
    const result = await call(sandbox(), 'GET', '/tickets?is_closed=false&limit=5');
    expect(result.json).toHaveLength(5);
    expect(result.headers.get('x-total-items')).toBe(String(open));
    const lastPage = Math.ceil(open / 5);
    const tail = await call(sandbox(), 'GET', `/tickets?is_closed=false&limit=5&offset=${lastPage}`);
    expect(tail.json.length).toBe(open - (lastPage - 1) * 5);
    const beyond = await call(sandbox(), 'GET', `/tickets?is_closed=false&limit=5&offset=${lastPage + 1}`);
    expect(beyond.json).toEqual([]);
    expect(beyond.headers.get('x-total-items')).toBe(String(open));
  });

  it('lists tickets newest first', async () => {
    const result = await call(sandbox(), 'GET', '/tickets?filter_by=all&limit=50');
    const numbers = result.json.map((t: { ticket_number: number }) => t.ticket_number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  });
});
