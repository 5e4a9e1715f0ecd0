import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SANDBOX_DEMO_KEY, SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { call, useSandbox } from './helpers.js';

const sandbox = useSandbox();

describe('authentication', () => {
  it('answers 401 with the TiFlux error body when the Authorization header is missing', async () => {
    const result = await call(sandbox(), 'GET', '/desks', { key: null });
    expect(result.status).toBe(401);
    expect(result.json).toEqual({ error_code: 40101, detail: expect.any(String) });
    expect(result.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers 401 for an unknown key', async () => {
    const result = await call(sandbox(), 'GET', '/tickets/84429', { key: 'not-a-real-key' });
    expect(result.status).toBe(401);
    expect(result.json.error_code).toBe(40101);
  });

  it('accepts only the Bearer scheme (the key in x-tiflux-api-key alone is a 401)', async () => {
    const result = await call(sandbox(), 'GET', '/desks', { key: null, headers: { 'x-tiflux-api-key': sandbox().keys.admin } });
    expect(result.status).toBe(401);
  });

  it('exports the admin key as the demo key', async () => {
    expect(SANDBOX_DEMO_KEY).toBe(sandbox().keys.admin);
    expect((await call(sandbox(), 'GET', '/users', { key: SANDBOX_DEMO_KEY })).status).toBe(200);
  });

  it('answers 403/40301 to a non-admin key on admin-only routes', async () => {
    const { nonAdmin } = sandbox().keys;
    for (const path of ['/users', '/users?name=Ana', `/users/${sandbox().data.tenants.main.users[0]!.id}`, '/requestors']) {
      const result = await call(sandbox(), 'GET', path, { key: nonAdmin });
      expect(result.status, path).toBe(403);
      expect(result.json.error_code, path).toBe(40301);
    }
  });

  it('lets a non-admin key use /technical-users, /users/me and the ticket routes', async () => {
    const { nonAdmin } = sandbox().keys;
    const technical = await call(sandbox(), 'GET', '/technical-users?name=ana', { key: nonAdmin });
    expect(technical.status).toBe(200);
    expect(technical.json.length).toBeGreaterThan(0);
    expect(Object.keys(technical.json[0]).sort()).toEqual(['email', 'id', 'name']);
    const me = await call(sandbox(), 'GET', '/users/me', { key: nonAdmin });
    expect(me.json).toMatchObject({ name: 'Rafael Oliveira', _type: 'attendant' });
    expect((await call(sandbox(), 'GET', `/tickets/${SANDBOX_FIXTURES.openTicket}`, { key: nonAdmin })).status).toBe(200);
  });

  it('records a fingerprint of the key, never the key itself', async () => {
    await call(sandbox(), 'GET', '/desks');
    const [recorded] = sandbox().requests;
    const expected = createHash('sha256').update(sandbox().keys.admin).digest('hex').slice(0, 8);
    expect(recorded!.keyFingerprint).toBe(expected);
    expect(JSON.stringify(sandbox().requests)).not.toContain(sandbox().keys.admin);
    expect(recorded!.headers.authorization).toBeUndefined();
  });
});

describe('tenant isolation', () => {
  it('does not show one organisation the other one\'s tickets', async () => {
    const { otherTenant } = sandbox().keys;
    expect((await call(sandbox(), 'GET', `/tickets/${SANDBOX_FIXTURES.openTicket}`, { key: otherTenant })).status).toBe(404);
    const own = await call(sandbox(), 'GET', '/tickets/5001', { key: otherTenant });
    expect(own.status).toBe(200);
    expect((await call(sandbox(), 'GET', '/tickets/5001')).status).toBe(404);
  });

  it('gives the same names different ids in each organisation', async () => {
    const { otherTenant, admin } = sandbox().keys;
    const mainDesk = await call(sandbox(), 'GET', '/desks?name=Suporte', { key: admin });
    const otherDesk = await call(sandbox(), 'GET', '/desks?name=Suporte', { key: otherTenant });
    expect(mainDesk.json).toHaveLength(1);
    expect(otherDesk.json).toHaveLength(1);
    expect(mainDesk.json[0].id).not.toBe(otherDesk.json[0].id);

    const mainClients = await call(sandbox(), 'GET', `/clients?name=${encodeURIComponent('Padaria Pão Quente')}`, { key: admin });
    const otherClients = await call(sandbox(), 'GET', `/clients?name=${encodeURIComponent('Padaria Pão Quente')}`, { key: otherTenant });
    expect(mainClients.json.length).toBeGreaterThan(1); // Filial 2 too
    expect(otherClients.json).toHaveLength(1);
    expect(mainClients.json.map((c: { id: number }) => c.id)).not.toContain(otherClients.json[0].id);
  });

  it('refuses to create a ticket on another organisation\'s desk', async () => {
    const otherDesk = sandbox().data.tenants.other.desks[0]!;
    const client = sandbox().data.tenants.main.clients[0]!;
    const body = new URLSearchParams({ title: 'x', description: 'y', client_id: String(client.id), desk_id: String(otherDesk.id) });
    const result = await call(sandbox(), 'POST', '/tickets', { body: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(result.status).toBe(422);
    expect(result.json.detail.desk_id).toEqual(['not found']);
  });
});
