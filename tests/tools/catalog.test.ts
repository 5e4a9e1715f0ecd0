/**
 * Catalogue-wide checks: every tool at once, plus the committed tools/list (src/tools/tools-list.json), which the
 * server serves as is: it must equal what the zod schemas derive, so any contract change shows in review.
 * After changing a tool: `npx vitest run tests/tools/catalog.test.ts -u`, then review the JSON diff.
 */
import { describe, expect, it } from 'vitest';
import { toolCatalog, tools } from '../../src/tools/catalog.js';
import { toListedTool } from '../../src/tools/json-schemas.js';
import { UPDATABLE_FIELDS } from '../../src/tools/tickets/update-ticket.js';

const ORIGINAL_SIXTEEN = [
  'get_ticket',
  'create_ticket',
  'update_ticket',
  'list_tickets',
  'cancel_ticket',
  'close_ticket',
  'create_ticket_answer',
  'get_ticket_files',
  'update_ticket_entities',
  'search_client',
  'search_user',
  'search_stage',
  'search_catalog_item',
  'create_internal_communication',
  'list_internal_communications',
  'get_internal_communication',
];

/** Derived afresh from the zod schemas, as the committed file must be. */
const listed = tools.map(toListedTool);

describe('the tool catalogue', () => {
  it('has the original 16 tools among its tools, each name once', () => {
    const names = listed.map((tool) => tool.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(ORIGINAL_SIXTEEN));
    for (const name of ORIGINAL_SIXTEEN) expect(toolCatalog.hasTool(name)).toBe(true);
    expect(toolCatalog.hasTool('echo')).toBe(false);
  });

  it('serves tools/list from one shared array, in catalogue order', () => {
    expect(toolCatalog.listTools()).toBe(toolCatalog.listTools());
    expect(toolCatalog.listTools().map((tool) => tool.name)).toEqual(tools.map((tool) => tool.name));
  });

  it.each(listed.map((tool) => [tool.name, tool] as const))('%s: title, description ≤ 1,500 chars, all four annotations', (_name, tool) => {
    expect(tool.title).toBeTruthy();
    expect(tool.description!.length).toBeGreaterThan(100);
    expect(tool.description!.length).toBeLessThanOrEqual(1500);
    for (const hint of ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const) {
      expect(typeof tool.annotations?.[hint], hint).toBe('boolean');
    }
    if (tool.annotations?.readOnlyHint) expect(tool.annotations.destructiveHint).toBe(false);
  });

  it.each(listed.map((tool) => [tool.name, tool] as const))('%s: input schema is a plain object at its root, every argument described', (_name, tool) => {
    const schema = tool.inputSchema as Record<string, unknown>;
    expect(schema.type).toBe('object');
    for (const combinator of ['anyOf', 'oneOf', 'allOf', 'not', '$ref']) expect(schema).not.toHaveProperty(combinator);
    expect(schema).not.toHaveProperty('$schema');
    expect(schema.additionalProperties).toBe(false);
    for (const [name, property] of Object.entries(schema.properties as Record<string, { description?: string }>)) {
      expect(property.description, `${tool.name}.${name}`).toBeTruthy();
    }
  });

  it('every read-only tool declares an object output schema', () => {
    for (const tool of listed.filter((t) => t.annotations?.readOnlyHint)) {
      expect(tool.outputSchema?.type, tool.name).toBe('object');
    }
  });

  it('keeps the original argument names', () => {
    const args = (name: string) => Object.keys(listed.find((tool) => tool.name === name)!.inputSchema.properties ?? {});
    expect(args('get_ticket')).toEqual(expect.arrayContaining(['ticket_number', 'show_entities', 'include_filled_entity']));
    expect(args('list_tickets')).toEqual(
      expect.arrayContaining(['desk_ids', 'desk_name', 'client_ids', 'stage_ids', 'stage_name', 'responsible_ids', 'offset', 'limit', 'is_closed']),
    );
    expect(args('create_ticket')).toEqual(
      expect.arrayContaining([
        'title', 'description', 'client_id', 'client_name', 'desk_id', 'desk_name', 'priority_id', 'services_catalogs_item_id',
        'catalog_item_name', 'status_id', 'requestor_name', 'requestor_email', 'requestor_telephone', 'responsible_id',
        'responsible_name', 'followers',
      ]),
    );
    expect(args('update_ticket')).toEqual(
      expect.arrayContaining(['ticket_number', 'title', 'description', 'client_id', 'desk_id', 'desk_name', 'stage_id', 'stage_name', 'responsible_id', 'responsible_name', 'followers']),
    );
    expect(args('create_ticket_answer')).toEqual(expect.arrayContaining(['ticket_number', 'text', 'with_signature', 'files', 'files_base64']));
    expect(args('update_ticket_entities')).toEqual(['ticket_number', 'entities']);
    expect(args('search_client')).toEqual(expect.arrayContaining(['client_name']));
    expect(args('search_user')).toEqual(expect.arrayContaining(['name', 'type', 'active', 'limit', 'offset']));
    expect(args('search_stage')).toEqual(expect.arrayContaining(['desk_id', 'desk_name', 'limit', 'offset']));
    expect(args('search_catalog_item')).toEqual(
      expect.arrayContaining(['catalog_item_name', 'desk_id', 'desk_name', 'area_id', 'catalog_id', 'limit', 'offset']),
    );
    expect(args('create_internal_communication')).toEqual(expect.arrayContaining(['ticket_number', 'text', 'files', 'files_base64']));
    expect(args('list_internal_communications')).toEqual(['ticket_number', 'offset', 'limit']);
    expect(args('get_internal_communication')).toEqual(['ticket_number', 'communication_id']);
  });

  it('states the attachment limits where files are accepted', () => {
    for (const name of ['create_ticket_answer', 'create_internal_communication']) {
      const description = listed.find((tool) => tool.name === name)!.description!;
      expect(description).toContain('up to 10 files');
      expect(description).toContain('3.5 MiB');
    }
  });

  it('the committed tools/list (what the server serves) equals the derivation from the zod schemas', async () => {
    await expect(`${JSON.stringify({ tools: listed }, null, 2)}\n`).toMatchFileSnapshot('../../src/tools/tools-list.json');
  });

  it('update_ticket\'s "nothing to update" list names every argument but ticket_number', () => {
    const args = Object.keys(listed.find((tool) => tool.name === 'update_ticket')!.inputSchema.properties ?? {});
    expect([...UPDATABLE_FIELDS].sort()).toEqual(args.filter((name) => name !== 'ticket_number').sort());
  });

  it('has one definition per listed tool', () => {
    expect(tools).toHaveLength(listed.length);
  });
});
