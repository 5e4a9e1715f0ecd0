/**
 * The sandbox and the client cannot drift apart. Every tool's sample call (sandbox/samples/) runs through the
 * catalogue against the sandbox over real HTTP, with an admin key and with a non-admin one (which takes the fallback
 * routes); every answer the client parses is recorded with the very zod schema it was parsed with
 * (src/tiflux/parse.ts, observed, not replaced). Then, per schema:
 *   - every answer parsed (a failure would already be an isError; here it is named);
 *   - every field the schema names appears in at least one answer, unless FALLBACK_FIELDS says why the sandbox never
 *     sends it: loose schemas accept anything, so without this a renamed field in the sandbox would pass unnoticed.
 * Nothing here lists routes or tools: a new tool is covered by its sample call alone.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { SAMPLE_CALLS } from '../../sandbox/samples/index.js';
import { startSandbox, type SandboxHandle } from '../../sandbox/server.js';
import { clearLookupCache } from '../../src/tiflux/lookup-cache.js';
import { toolCatalog } from '../../src/tools/catalog.js';
import { ALL_SELECTION } from '../../src/tools/selection.js';

interface Parsed {
  schema: z.ZodType;
  body: unknown;
  action: string;
}
const seen = vi.hoisted(() => ({ parsed: [] as Parsed[] }));

vi.mock('../../src/tiflux/parse.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/tiflux/parse.js')>();
  return {
    ...original,
    parseBody: (schema: z.ZodType, body: unknown, action: string) => {
      seen.parsed.push({ schema, body, action });
      return original.parseBody(schema, body, action);
    },
  };
});

/** Fields client schemas accept for TiFlux's older or alternative shapes, which the sandbox never sends. */
const FALLBACK_FIELDS: Record<string, string> = {
  assigned_to: 'older ticket shape, read when `responsible` is missing',
  client_name: 'older ticket shape, read when `client` is missing',
  type: 'some user lists spell `_type` as `type`; the sandbox sends `_type`',
  area_name: 'a fallback for a catalogue item\'s `area.name`',
  file_name: 'a fallback spelling of a ticket file\'s `name`',
  title: 'some custom-field option payloads label an option `title` instead of `value`; the sandbox sends `value`',
  email: 'a client\'s own e-mail, read when TiFlux sends it; the reference shows only email_financial, which the sandbox sends',
  description: 'a technical group\'s description, read when TiFlux sends it; the reference\'s group payloads carry only id and name',
  // The chat satisfaction report: the original server also read the summary's keys at the top level of the answer.
  rating_average: 'read at the top level too (older report shape); the sandbox sends it inside `summary`',
  chats_evaluated: 'read at the top level too (older report shape); the sandbox sends it inside `summary`',
  chats_finished: 'read at the top level too (older report shape); the sandbox sends it inside `summary`',
  clients_evaluated: 'read at the top level too (older report shape); the sandbox sends it inside `summary`',
  answers_percentage: 'read at the top level too (older report shape); the sandbox sends it inside `summary`',
  manufacturer: 'an equipment list row carries it only when asked for (manufacturer=true), which the sample call does not do',
  system: 'an equipment list row carries it only when asked for (system=true), which the sample call does not do',
  agent_email: 'an equipment detail carries it only when the agent reported an e-mail',
  entities: 'an equipment detail carries custom fields only with show_entities=true, which the sample call does not set',
  entity_fields: 'a requestor\'s custom fields come only with include_entity_fields=true, which no sample call asks for',
};

let sandbox: SandboxHandle;
const failedCalls: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox();
  process.env.TIFLUX_API_BASE_URL = sandbox.baseUrl;
  for (const [key, label] of [
    [sandbox.keys.admin, 'admin'],
    [sandbox.keys.nonAdmin, 'non-admin'],
  ] as const) {
    for (const [tool, args] of Object.entries(SAMPLE_CALLS)) {
      sandbox.reset();
      clearLookupCache();
      const result = await toolCatalog.callTool(tool, args, { apiKey: key, remainingTimeMs: () => 30_000, selection: ALL_SELECTION });
      const text = result.content.map((part) => ('text' in part ? part.text : '')).join('');
      // A non-admin key may be refused by TiFlux; an answer the client could not read is never acceptable.
      if (result.isError && (label === 'admin' || /unexpected shape|could not read/i.test(text))) {
        failedCalls.push(`${tool} (${label} key): ${text.slice(0, 200)}`);
      }
    }
  }
}, 120_000);
afterAll(async () => {
  delete process.env.TIFLUX_API_BASE_URL;
  await sandbox.close();
});

/** The object schema of one item: the element of a list schema, or the schema itself. */
function itemSchema(schema: z.ZodType): z.ZodObject | undefined {
  const item = schema instanceof z.ZodArray ? schema.element : schema;
  return item instanceof z.ZodObject ? item : undefined;
}

/** All answers parsed with the same item schema (a list and a single read share it), grouped. */
function bySchema(): Map<z.ZodObject, { actions: Set<string>; items: Record<string, unknown>[] }> {
  const groups = new Map<z.ZodObject, { actions: Set<string>; items: Record<string, unknown>[] }>();
  for (const { schema, body, action } of seen.parsed) {
    const item = itemSchema(schema);
    if (!item) continue;
    const group = groups.get(item) ?? { actions: new Set<string>(), items: [] };
    group.actions.add(action.replace(/\d+/g, 'N'));
    group.items.push(...((Array.isArray(body) ? body : [body]) as Record<string, unknown>[]).filter((x) => x && typeof x === 'object'));
    groups.set(item, group);
  }
  return groups;
}

describe('sandbox ↔ client contract', () => {
  it('every sample call succeeds, and the client could read every answer', () => {
    expect(failedCalls).toEqual([]);
    expect(seen.parsed.length).toBeGreaterThan(Object.keys(SAMPLE_CALLS).length);
  });

  it('every answer parses with the schema the client used', () => {
    const failures = seen.parsed
      .map(({ schema, body, action }) => ({ action, result: schema.safeParse(body) }))
      .filter(({ result }) => !result.success)
      .map(({ action, result }) => `${action}: ${z.prettifyError(result.error!)}`);
    expect(failures).toEqual([]);
  });

  it('every field a schema names is sent by the sandbox (or is a documented fallback)', () => {
    const problems: string[] = [];
    for (const [schema, { actions, items }] of bySchema()) {
      if (items.length === 0) continue;
      const missing = Object.keys(schema.shape).filter((field) => !(field in FALLBACK_FIELDS) && !items.some((item) => field in item));
      if (missing.length) problems.push(`${[...actions].join(' / ')}: never sent: ${missing.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('the fallback list holds only fields some schema still names', () => {
    const named = new Set([...bySchema().keys()].flatMap((schema) => Object.keys(schema.shape)));
    expect(Object.keys(FALLBACK_FIELDS).filter((field) => !named.has(field))).toEqual([]);
  });
});
