// Complete name → id lists over every page, cached per key, never shared between keys.
import { describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { stagesOfDesk } from '../../sandbox/families/desks/queries.js';
import { itemsOfDesk } from '../../sandbox/families/services-catalogs/queries.js';
import { recordingClient, useSandbox } from './support.js';

const ctx = useSandbox();
const main = () => ctx.sandbox.data.tenants.main;
const deskNamed = (name: string) => main().desks.find((d) => d.display_name === name)!;

describe('lists read across all pages', () => {
  it('every stage of a desk with many stages', async () => {
    const desk = deskNamed(SANDBOX_FIXTURES.deskWithManyStages);
    const expected = stagesOfDesk(main(), desk.id).map((s) => s.name);
    expect(expected.length).toBeGreaterThanOrEqual(25);
    const client = recordingClient(ctx.sandbox);
    const stages = await client.lookups.stages(desk.id);
    expect(stages.map((s) => s.name)).toEqual(expected);
  });

  it('every selectable catalogue item of a desk, over several pages of 200', async () => {
    const desk = deskNamed(SANDBOX_FIXTURES.deskWithManyCatalogItems);
    const expected = itemsOfDesk(main(), desk.id);
    expect(expected.length).toBeGreaterThan(200);
    const client = recordingClient(ctx.sandbox);
    const items = await client.lookups.catalogItems(desk.id);
    expect(new Set(items.map((i) => i.id))).toEqual(new Set(expected.map((i) => i.id)));
    expect(items).toHaveLength(expected.length);
    const pages = ctx.sandbox.requests.map((r) => [r.query.offset, r.query.limit]);
    expect(pages).toEqual([
      ['1', '200'],
      ['2', '200'],
    ].slice(0, Math.ceil(expected.length / 200)));
  });

  it('every user, so an attendant beyond the first 200 is found (admin key: /users)', async () => {
    const client = recordingClient(ctx.sandbox);
    const users = await client.lookups.users();
    const late = users.find((u) => u.name === SANDBOX_FIXTURES.lateAttendant);
    expect(late).toMatchObject({ type: 'attendant', source: 'users' });
    expect(users).toHaveLength(main().users.filter((u) => u.active).length);
    expect(ctx.sandbox.requests.every((r) => r.path === '/users')).toBe(true);
  });

  it('falls back to /technical-users when the key is not an admin’s (403 on /users)', async () => {
    const client = recordingClient(ctx.sandbox, ctx.sandbox.keys.nonAdmin);
    const users = await client.lookups.users();
    expect(client.calls.map((c) => [c.path, c.status])).toEqual([
      ['/users', 403],
      ['/technical-users', 200],
    ]);
    expect(users.find((u) => u.name === SANDBOX_FIXTURES.lateAttendant)).toMatchObject({ source: 'technical-users' });
    expect(users.every((u) => u.source === 'technical-users')).toBe(true);
    expect(users).toHaveLength(main().users.filter((u) => u.active && u._type !== 'client').length);
  });

  it('pages through tickets with 1-based offsets until the total from X-Total-Items', async () => {
    const client = recordingClient(ctx.sandbox);
    const desk = deskNamed('Suporte');
    const seen = new Set<number>();
    let offset = 1;
    let total: number | undefined;
    for (;;) {
      const page = await client.tickets.list({ desk_ids: String(desk.id), offset, limit: 7 });
      total = page.total;
      for (const ticket of page.items) seen.add(ticket.ticket_number);
      if (!page.hasMore) break;
      offset++;
    }
    expect(total).toBeGreaterThan(7);
    expect(seen.size).toBe(total);
    expect(offset).toBe(Math.ceil(total! / 7));
  });
});

describe('client candidates', () => {
  it('uses TiFlux’s substring filter and reads every page of that result', async () => {
    const client = recordingClient(ctx.sandbox);
    const clients = await client.lookups.clients('  pão   quente ');
    expect(clients.map((c) => c.name).sort()).toEqual(['Padaria Pão Quente', 'Padaria Pão Quente Filial 2']);
    expect(ctx.sandbox.requests[0]?.query).toMatchObject({ name: 'pão quente', active: 'true', offset: '1', limit: '200' });
  });

  it('when TiFlux finds nothing (e.g. accents left out), offers every active client instead', async () => {
    const client = recordingClient(ctx.sandbox);
    const clients = await client.lookups.clients('Sao Joao');
    expect(clients.map((c) => c.name)).toContain('Mercado São João');
    expect(clients).toHaveLength(main().clients.filter((c) => c.status).length);
  });
});

describe('the cache', () => {
  it('serves a second lookup without calling TiFlux', async () => {
    const client = recordingClient(ctx.sandbox);
    await client.lookups.desks();
    const callsAfterFirst = client.calls.length;
    // A new client for the same key (a new invocation in the same warm container) hits the cache too.
    const again = recordingClient(ctx.sandbox);
    const desks = await again.lookups.desks();
    expect(desks.length).toBeGreaterThan(0);
    expect(callsAfterFirst).toBeGreaterThan(0);
    expect(again.calls).toHaveLength(0);
  });

  it('shares one in-flight load between concurrent identical lookups', async () => {
    ctx.sandbox.faults.inject({ kind: 'latency', delayMs: 200, path: '/desks' });
    const first = recordingClient(ctx.sandbox);
    const second = recordingClient(ctx.sandbox);
    const [a, b] = await Promise.all([first.lookups.desks(), second.lookups.desks()]);
    expect(a).toEqual(b);
    expect(ctx.sandbox.requests.filter((r) => r.path === '/desks')).toHaveLength(1);
  });

  it('never shares entries between two keys used at the same time', async () => {
    ctx.sandbox.faults.inject({ kind: 'latency', delayMs: 150, path: '/desks' });
    const mainClient = recordingClient(ctx.sandbox, ctx.sandbox.keys.admin);
    const otherClient = recordingClient(ctx.sandbox, ctx.sandbox.keys.otherTenant);
    const [mainDesks, otherDesks] = await Promise.all([mainClient.lookups.desks(), otherClient.lookups.desks()]);

    const idsOf = (desks: { id: number }[]) => desks.map((d) => d.id).sort();
    expect(idsOf(mainDesks)).toEqual(idsOf(main().desks.filter((d) => d.active)));
    expect(idsOf(otherDesks)).toEqual(idsOf(ctx.sandbox.data.tenants.other.desks.filter((d) => d.active)));
    // Both organisations have a desk called "Suporte": each key must see its own.
    const suporte = (desks: { id: number; display_name?: string | null }[]) => desks.find((d) => d.display_name === 'Suporte')?.id;
    expect(suporte(mainDesks)).not.toBe(suporte(otherDesks));
    expect(mainClient.calls.length).toBeGreaterThan(0);
    expect(otherClient.calls.length).toBeGreaterThan(0);

    // Warm: each key reads its own cached list, still without crossing over.
    expect(idsOf(await recordingClient(ctx.sandbox, ctx.sandbox.keys.otherTenant).lookups.desks())).toEqual(idsOf(otherDesks));
  });

  it('keeps the admin’s user list and the attendant’s fallback list apart (same organisation)', async () => {
    const admin = recordingClient(ctx.sandbox, ctx.sandbox.keys.admin);
    const attendant = recordingClient(ctx.sandbox, ctx.sandbox.keys.nonAdmin);
    const [adminUsers, attendantUsers] = await Promise.all([admin.lookups.users(), attendant.lookups.users()]);
    expect(adminUsers.every((u) => u.source === 'users')).toBe(true);
    expect(attendantUsers.every((u) => u.source === 'technical-users')).toBe(true);
    expect(adminUsers.some((u) => u.type === 'client')).toBe(true);
    expect(attendantUsers.length).toBeLessThan(adminUsers.length);
  });
});
