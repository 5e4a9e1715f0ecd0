/**
 * Two tenants in one warm process (issue 6). `npm start` runs as a child process against a sandbox in this process;
 * two SDK clients, one per key (the sandbox's main-organisation admin and the other organisation's admin, whose
 * data repeats names such as "Suporte", "Padaria Pão Quente" and "Ana Souza" under other ids), fire interleaved,
 * concurrent tool calls that go through the cached name lookups (desks, stages, clients, users, catalogue items).
 * Every answer must carry only its own tenant's ids and ticket numbers, every write must land in its own tenant with
 * its own ids, and not one line the process writes (stdout and stderr, at LOG_LEVEL=debug) may contain either key.
 */
import { createHash } from 'node:crypto';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle, type TenantData } from '../../sandbox/server.js';
import { startNpmStart, type SpawnedEndpoint } from '../helpers/spawned-endpoint.js';
import { prng, SEED, SOAK } from './support.js';

type TenantName = 'main' | 'other';

interface Tenant {
  name: TenantName;
  key: string;
  client: Client;
  /** Every id of this tenant's records (desks, stages, clients, users, catalogue items, priorities…). */
  ids: Set<number>;
  tickets: Set<number>;
  deskSuporte: number;
  padaria: number;
  anaSouza: number;
  /** A ticket of this tenant, and one that exists only in the other. */
  ownTicket: number;
}

let sandbox: SandboxHandle;
let server: SpawnedEndpoint;
const tenants = {} as Record<TenantName, Tenant>;

function idsOf(data: TenantData): Set<number> {
  const ids = new Set<number>();
  for (const list of [data.desks, data.stages, data.clients, data.users, data.catalogItems, data.priorities, data.requestors, data.areas, data.catalogs]) {
    for (const record of list as { id: number }[]) ids.add(record.id);
  }
  return ids;
}

beforeAll(async () => {
  sandbox = await startSandbox();
  // The most verbose logging there is: every request line with its debug header context.
  server = await startNpmStart({ TIFLUX_API_BASE_URL: sandbox.baseUrl, LOG_LEVEL: 'debug' });
  for (const [name, key] of [['main', sandbox.keys.admin], ['other', sandbox.keys.otherTenant]] as const) {
    const data = sandbox.data.tenants[name];
    const client = new Client({ name: `tenant-${name}`, version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(server.url), { requestInit: { headers: { 'x-tiflux-api-key': key } } }));
    tenants[name] = {
      name,
      key,
      client,
      ids: idsOf(data),
      tickets: new Set(data.tickets.map((t) => t.ticket_number)),
      deskSuporte: data.desks.find((d) => d.display_name === 'Suporte')!.id,
      padaria: data.clients.find((c) => c.name === 'Padaria Pão Quente')!.id,
      anaSouza: data.users.find((u) => u.name === 'Ana Souza')!.id,
      ownTicket: data.tickets[0]!.ticket_number,
    };
  }
}, 90_000);

afterAll(async () => {
  await tenants.main?.client.close();
  await tenants.other?.client.close();
  await server?.stop();
  await sandbox?.close();
});

interface Call {
  tool: string;
  args: (t: Tenant, other: Tenant) => Record<string, unknown>;
  /** Ids the answer must contain (own tenant). */
  expects: (t: Tenant) => number[];
  error?: RegExp;
}

const CALLS: Call[] = [
  { tool: 'search_client', args: () => ({ client_name: 'Padaria Pão Quente' }), expects: (t) => [t.padaria] },
  { tool: 'search_user', args: () => ({ name: 'Ana Souza' }), expects: (t) => [t.anaSouza] },
  { tool: 'search_stage', args: () => ({ desk_name: 'Suporte' }), expects: (t) => [t.deskSuporte] },
  { tool: 'search_catalog_item', args: () => ({ desk_name: 'Suporte', catalog_item_name: 'senha' }), expects: (t) => [t.deskSuporte] },
  { tool: 'list_tickets', args: () => ({ desk_name: 'Suporte', limit: 5 }), expects: (t) => [t.deskSuporte] },
  {
    tool: 'create_ticket',
    args: (t) => ({ title: `Isolamento ${t.name}`, description: 'Teste de isolamento', client_name: 'Padaria Pão Quente', desk_name: 'Suporte', responsible_name: 'Ana Souza' }),
    expects: (t) => [t.padaria, t.deskSuporte, t.anaSouza],
  },
  { tool: 'get_ticket', args: (t) => ({ ticket_number: String(t.ownTicket) }), expects: () => [] },
  // The other tenant's ticket number does not exist for this key.
  { tool: 'get_ticket', args: (_t, other) => ({ ticket_number: String(other.ownTicket) }), expects: () => [], error: /\(HTTP 404\)/ },
];

/** Every id an answer mentions: "(id 4101)", "(4101)" after a name, and "#84429" ticket numbers. */
function mentioned(text: string): { ids: number[]; tickets: number[] } {
  const ids = [...text.matchAll(/\(id (\d+)\)|\((\d+)\)/g)].map((m) => Number(m[1] ?? m[2]));
  const tickets = [...text.matchAll(/#(\d+)/g)].map((m) => Number(m[1]));
  return { ids, tickets };
}

describe('two tenants, interleaved and concurrent, in one warm process', () => {
  const problems: string[] = [];
  let calls = 0;

  it('every answer carries only its own tenant’s ids and tickets, cold cache and warm', async () => {
    const rng = prng(SEED + 6);
    const rounds = 5 * SOAK;
    for (let round = 0; round < rounds; round++) {
      const batch: [Tenant, Tenant, Call][] = [];
      for (const call of CALLS) {
        batch.push([tenants.main, tenants.other, call], [tenants.other, tenants.main, call]);
      }
      // Shuffle, so the two keys' lookups race in a different order every round (round 0 starts with a cold cache).
      for (let i = batch.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [batch[i], batch[j]] = [batch[j]!, batch[i]!];
      }
      await Promise.all(
        batch.map(async ([own, other, call]) => {
          calls++;
          const label = `round ${round} ${own.name} ${call.tool} ${JSON.stringify(call.args(own, other))}`;
          const result = await own.client.callTool({ name: call.tool, arguments: call.args(own, other) });
          const text = (result.content as { text?: string }[]).map((c) => c.text ?? '').join('\n');
          if (call.error) {
            if (result.isError !== true || !call.error.test(text)) problems.push(`${label}: expected an error, got ${text.slice(0, 200)}`);
            return;
          }
          if (result.isError) {
            problems.push(`${label}: isError ${text.slice(0, 200)}`);
            return;
          }
          const { ids, tickets } = mentioned(text);
          const foreignIds = ids.filter((id) => other.ids.has(id) && !own.ids.has(id));
          const foreignTickets = tickets.filter((n) => other.tickets.has(n) && !own.tickets.has(n));
          if (foreignIds.length > 0) problems.push(`${label}: the other tenant's ids ${foreignIds.join(', ')}`);
          if (foreignTickets.length > 0) problems.push(`${label}: the other tenant's tickets ${foreignTickets.join(', ')}`);
          for (const id of call.expects(own)) if (!ids.includes(id)) problems.push(`${label}: own id ${id} missing from ${text.slice(0, 200)}`);
        }),
      );
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(calls).toBe(rounds * CALLS.length * 2);
  });

  it('each write landed in its own tenant with its own ids, and both keys reached TiFlux', () => {
    for (const name of ['main', 'other'] as const) {
      const t = tenants[name];
      const created = sandbox.data.tenants[name].tickets.filter((ticket) => ticket.title === `Isolamento ${name}`);
      expect(created.length).toBe(5 * SOAK);
      for (const ticket of created) {
        expect(ticket).toMatchObject({ desk_id: t.deskSuporte, client_id: t.padaria, responsible_id: t.anaSouza });
      }
      const foreign = sandbox.data.tenants[name].tickets.filter((ticket) => ticket.title === `Isolamento ${name === 'main' ? 'other' : 'main'}`);
      expect(foreign).toEqual([]);
    }
    // Both fingerprints reached TiFlux (the sandbox records fingerprints, never keys), and nothing else did.
    const fingerprints = new Set(sandbox.requests.map((r) => r.keyFingerprint));
    expect(fingerprints.size).toBe(2);
  });

  it('not one line of the process output contains either key; the request lines carry fingerprints instead', () => {
    const output = server.output();
    const lines = output.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(calls);
    for (const t of Object.values(tenants)) {
      const leaking = lines.filter((line) => line.includes(t.key) || line.includes(t.key.slice(0, 24)));
      expect(leaking.slice(0, 3)).toEqual([]);
      const fingerprint = createHash('sha256').update(t.key).digest('hex').slice(0, 8);
      expect(output).toContain(`"keyFingerprint":"${fingerprint}"`);
    }
    // Every request line is one JSON object (the banner lines before the first request are the emulator's own).
    const requestLines = lines.filter((line) => line.startsWith('{'));
    expect(requestLines.length).toBeGreaterThan(calls);
    for (const line of requestLines) expect(() => JSON.parse(line)).not.toThrow();
  });
});
