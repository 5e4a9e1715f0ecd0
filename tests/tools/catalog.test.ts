/**
 * Catalogue-wide checks, over every tool the catalogue holds (no hard-coded lists or counts): names, toolsets,
 * descriptions, annotations, schemas, and that the original server's argument names are kept.
 */
import { describe, expect, it } from 'vitest';
import { toolCatalog, tools } from '../../src/tools/catalog.js';
import { toListedTool } from '../../src/tools/json-schemas.js';
import { ALL_SELECTION, DEFAULT_SELECTION, selectionFor } from '../../src/tools/selection.js';
import { TOOLSETS } from '../../src/tools/toolsets.js';
import { UPDATABLE_FIELDS } from '../../src/tools/tickets/update-ticket.js';

const listed = tools.map(toListedTool);
const byName = new Map(listed.map((tool) => [tool.name, tool]));

describe('the tool catalogue', () => {
  it('holds each name once, snake_case, each tool in one known toolset', () => {
    const names = tools.map((tool) => tool.name);
    expect(new Set(names).size).toBe(names.length);
    for (const tool of tools) {
      expect(tool.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(TOOLSETS, tool.name).toContain(tool.toolset);
      expect(toolCatalog.findTool(tool.name)).toBe(tool);
    }
    expect(toolCatalog.findTool('echo')).toBeUndefined();
  });

  it('decides a called name in one place: the tool, or why not', () => {
    const readOnly = selectionFor({ headers: { 'x-tiflux-read-only': 'true' }, query: {} });
    expect(toolCatalog.toolFor('get_ticket', DEFAULT_SELECTION)).toEqual({ tool: toolCatalog.findTool('get_ticket') });
    expect(toolCatalog.toolFor('get_tiket', DEFAULT_SELECTION)).toEqual({ refusal: expect.stringMatching(/^Unknown tool: get_tiket\. Did you mean get_ticket/) });
    expect(toolCatalog.toolFor('get_chat', DEFAULT_SELECTION)).toEqual({ refusal: expect.stringContaining('chats toolset') });
    expect(toolCatalog.toolFor('create_ticket', readOnly)).toEqual({ refusal: expect.stringContaining('read-only') });
    expect(toolCatalog.toolFor('get_ticket', readOnly)).toHaveProperty('tool');
  });

  it('offers every tool to the `all` selection, in catalogue order, from one shared array', () => {
    expect(toolCatalog.listTools(ALL_SELECTION)).toBe(toolCatalog.listTools(ALL_SELECTION));
    expect(toolCatalog.listTools(ALL_SELECTION).map((tool) => tool.name)).toEqual(tools.map((tool) => tool.name));
    expect(toolCatalog.listTools(ALL_SELECTION)).toEqual(listed);
  });

  it.each(listed.map((tool) => [tool.name, tool] as const))('%s: title, description ≤ 1,500 chars, all four annotations', (_name, tool) => {
    expect(tool.title).toBeTruthy();
    expect(tool.description!.length).toBeGreaterThan(60);
    expect(tool.description!.length).toBeLessThanOrEqual(1500);
    for (const hint of ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const) {
      expect(typeof tool.annotations?.[hint], hint).toBe('boolean');
    }
    if (tool.annotations?.readOnlyHint) expect(tool.annotations.destructiveHint).toBe(false);
    if (tool.name.startsWith('delete_')) expect(tool.annotations?.destructiveHint).toBe(true);
  });

  it.each(listed.map((tool) => [tool.name, tool] as const))('%s: input schema is a plain object at its root, every argument described, no type arrays or integer sentinels', (_name, tool) => {
    const schema = tool.inputSchema as Record<string, unknown>;
    expect(schema.type).toBe('object');
    for (const combinator of ['anyOf', 'oneOf', 'allOf', 'not', '$ref']) expect(schema).not.toHaveProperty(combinator);
    expect(schema).not.toHaveProperty('$schema');
    expect(schema.additionalProperties).toBe(false);
    for (const [name, property] of Object.entries(schema.properties as Record<string, { description?: string }>)) {
      expect(property.description, `${tool.name}.${name}`).toBeTruthy();
    }
    const text = JSON.stringify(tool);
    expect(text).not.toMatch(/"type":\[/);
    expect(text).not.toContain('9007199254740991');
  });

  it('lists an output schema only where a tool opts in, and every tool that returns structured content declares its shape', () => {
    for (const tool of tools) {
      expect(byName.get(tool.name)!.outputSchema !== undefined, tool.name).toBe(tool.listOutputSchema && tool.outputSchema !== undefined);
      if (tool.listOutputSchema) expect(tool.outputSchema, tool.name).toBeDefined();
    }
  });

  it('keeps the original server\'s argument names', () => {
    const args = (name: string) => Object.keys(byName.get(name)!.inputSchema.properties ?? {});
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
    expect(args('update_ticket_entities')).toEqual(expect.arrayContaining(['ticket_number', 'entities']));
    expect(args('search_client')).toEqual(expect.arrayContaining(['client_name']));
    expect(args('search_user')).toEqual(expect.arrayContaining(['name', 'type', 'active', 'limit', 'offset']));
    expect(args('search_stage')).toEqual(expect.arrayContaining(['desk_id', 'desk_name', 'limit', 'offset']));
    expect(args('search_catalog_item')).toEqual(
      expect.arrayContaining(['catalog_item_name', 'desk_id', 'desk_name', 'area_id', 'catalog_id', 'limit', 'offset']),
    );
    expect(args('create_internal_communication')).toEqual(expect.arrayContaining(['ticket_number', 'text', 'files', 'files_base64']));
    expect(args('list_internal_communications')).toEqual(expect.arrayContaining(['ticket_number', 'offset', 'limit']));
    expect(args('get_internal_communication')).toEqual(expect.arrayContaining(['ticket_number', 'communication_id']));
  });

  it('states the attachment limits where files are accepted', () => {
    for (const tool of listed.filter((t) => 'files_base64' in (t.inputSchema.properties ?? {}))) {
      expect(tool.description, tool.name).toContain('up to 10 files');
      expect(tool.description, tool.name).toContain('3.5 MiB');
    }
  });

  it('update_ticket\'s "nothing to update" list names every argument but ticket_number', () => {
    const args = Object.keys(byName.get('update_ticket')!.inputSchema.properties ?? {});
    expect([...UPDATABLE_FIELDS].sort()).toEqual(args.filter((name) => name !== 'ticket_number').sort());
  });
});
