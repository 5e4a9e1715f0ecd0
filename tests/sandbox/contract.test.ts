/**
 * The sandbox and the client cannot drift apart: every GET route the client uses is called on the sandbox over
 * HTTP and its answer parsed with the client's own zod schema (src/tiflux/schemas/*). Parsing alone would pass on
 * loose schemas whatever the sandbox sent, so each field the schema names must also appear in the answer, unless
 * listed below with the reason the sandbox leaves it out. And the table must cover every GET the tools make: the
 * sample calls (sandbox/samples/) run through the catalogue, and each route TiFlux saw must be in the table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import * as z from 'zod';
import { SAMPLE_CALLS } from '../../sandbox/samples/index.js';
import { SANDBOX_FIXTURES, startSandbox, type SandboxHandle } from '../../sandbox/server.js';
import { clearLookupCache } from '../../src/tiflux/lookup-cache.js';
import { directorySchemas } from '../../src/tiflux/schemas/directory.js';
import { ticketMessageSchemas } from '../../src/tiflux/schemas/ticket-messages.js';
import { ticketSchemas } from '../../src/tiflux/schemas/ticket.js';
import { toolCatalog } from '../../src/tools/catalog.js';

let sandbox: SandboxHandle;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const open = SANDBOX_FIXTURES.openTicket;
const main = () => sandbox.data.tenants.main;
const deskId = (name: string) => main().desks.find((desk) => desk.display_name === name)!.id;
const clientId = () => main().clients.find((client) => client.name === 'Padaria Pão Quente')!.id;
const noteId = () => main().internalCommunications.find((note) => note.ticket_number === open)!.id;

interface ContractRoute {
  /** As the client calls it, ids as {n} (ticket number) or {id}. */
  route: string;
  path: () => string;
  schema: () => ZodType;
  /** Fields the schema accepts that this sandbox route never sends, and why. */
  absent?: Record<string, string>;
}

const TICKET_FALLBACKS = {
  assigned_to: 'an older ticket shape the client still reads when `responsible` is missing',
  client_name: 'an older ticket shape the client still reads when `client` is missing',
};

const ROUTES: ContractRoute[] = [
  {
    route: 'GET /tickets',
    path: () => '/tickets?is_closed=false&limit=50',
    schema: () => ticketSchemas().ticketListSchema,
    absent: TICKET_FALLBACKS,
  },
  {
    route: 'GET /tickets/{n}',
    path: () => `/tickets/${open}?show_entities=true`,
    schema: () => ticketSchemas().ticketSchema,
    absent: TICKET_FALLBACKS,
  },
  {
    route: 'GET /tickets/{n}/files',
    path: () => `/tickets/${open}/files`,
    schema: () => ticketMessageSchemas().ticketFileListSchema,
    absent: { file_name: 'a fallback spelling of `name` that the client tolerates' },
  },
  {
    route: 'GET /tickets/{n}/internal_communications',
    path: () => `/tickets/${open}/internal_communications`,
    schema: () => ticketMessageSchemas().internalCommunicationListSchema,
    absent: { files: 'lists carry `files_count`; `files[]` comes with one note' },
  },
  {
    route: 'GET /tickets/{n}/internal_communications/{id}',
    path: () => `/tickets/${open}/internal_communications/${noteId()}`,
    schema: () => ticketMessageSchemas().internalCommunicationSchema,
  },
  { route: 'GET /clients', path: () => '/clients?name=Padaria', schema: () => directorySchemas().clientListSchema },
  { route: 'GET /clients/{id}', path: () => `/clients/${clientId()}`, schema: () => directorySchemas().clientSchema },
  {
    route: 'GET /users',
    path: () => '/users?limit=200',
    schema: () => directorySchemas().userListSchema,
    absent: { type: 'some endpoints spell `_type` as `type`; /users sends `_type`' },
  },
  { route: 'GET /technical-users', path: () => '/technical-users?limit=200', schema: () => directorySchemas().technicalUserListSchema },
  { route: 'GET /desks', path: () => '/desks?active=true&limit=200', schema: () => directorySchemas().deskListSchema },
  {
    route: 'GET /desks/{id}/stages',
    path: () => `/desks/${deskId('Suporte')}/stages?limit=200`,
    schema: () => directorySchemas().stageListSchema,
  },
  {
    route: 'GET /desks/{id}/services-catalogs-items',
    path: () => `/desks/${deskId('Suporte')}/services-catalogs-items?limit=200`,
    schema: () => directorySchemas().catalogItemListSchema,
    absent: { area_name: 'a fallback for `area.name` the client tolerates' },
  },
];

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${sandbox.baseUrl}${path}`, {
    headers: { accept: 'application/json', authorization: `Bearer ${sandbox.keys.admin}` },
  });
  return { status: response.status, body: await response.json() };
}

/** The object schema behind a list or an item schema (the loose objects of src/tiflux/schemas). */
function objectShape(schema: ZodType): Record<string, unknown> {
  const item = schema instanceof z.ZodArray ? schema.element : schema;
  if (!(item instanceof z.ZodObject)) throw new Error('the contract expects an object or a list of objects');
  return item.shape;
}

/** Fields the schema names that no item of the answer carries (null counts as present: TiFlux sends nulls). */
function missingFields(schema: ZodType, body: unknown): string[] {
  const items = (Array.isArray(body) ? body : [body]) as Record<string, unknown>[];
  return Object.keys(objectShape(schema)).filter((field) => !items.some((item) => field in item));
}

/** "/tickets/84429/internal_communications/512" → "GET /tickets/{id}/internal_communications/{id}". */
const normalised = (route: string) => route.replace(/\/(\d+|\{\w+\})(?=\/|$)/g, '/{id}');

describe('sandbox ↔ client contract', () => {
  it.each(ROUTES.map((route) => [route.route, route] as const))('%s parses with the client schema', async (_name, route) => {
    const { status, body } = await get(route.path());
    expect(status).toBe(200);
    const parsed = route.schema().safeParse(body);
    expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
    if (Array.isArray(body)) expect(body.length, 'an empty list proves nothing').toBeGreaterThan(0);
    const absent = Object.keys(route.absent ?? {});
    expect(missingFields(route.schema(), body).filter((field) => !absent.includes(field)), 'fields the client reads that the sandbox never sends').toEqual([]);
    const sentAfterAll = absent.filter((field) => !missingFields(route.schema(), body).includes(field));
    expect(sentAfterAll, 'listed as absent but sent: remove them from `absent`').toEqual([]);
  });

  it('covers every GET route the tools call (all sample calls run through the catalogue)', async () => {
    process.env.TIFLUX_API_BASE_URL = sandbox.baseUrl;
    try {
      for (const [tool, args] of Object.entries(SAMPLE_CALLS)) {
        sandbox.reset();
        clearLookupCache();
        await toolCatalog.callTool(tool, args, { apiKey: sandbox.keys.admin, remainingTimeMs: () => 30_000 });
        const used = sandbox.requests.filter((request) => request.method === 'GET').map((request) => normalised(`GET ${request.path}`));
        const covered = new Set(ROUTES.map((route) => normalised(route.route)));
        expect([...new Set(used)].filter((route) => !covered.has(route)), `${tool} calls routes the contract does not check`).toEqual([]);
      }
    } finally {
      delete process.env.TIFLUX_API_BASE_URL;
      sandbox.reset();
    }
  });
});
