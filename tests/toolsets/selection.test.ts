/** The selection rules (docs/toolsets.md): sources and their order, names, ceilings, read-only, errors. */
import { describe, expect, it } from 'vitest';
import { SelectionError, selectionFor } from '../../src/tools/selection.js';
import { DEFAULT_TOOLSETS, TOOLSETS } from '../../src/tools/toolsets.js';

const none = { headers: {}, query: {} };
const header = (value: string, name = 'x-tiflux-toolsets') => ({ headers: { [name]: value }, query: {} });
const query = (value: string, name = 'toolsets') => ({ headers: {}, query: { [name]: value } });

function refusal(run: () => unknown): SelectionError {
  try {
    run();
  } catch (error) {
    if (error instanceof SelectionError) return error;
    throw error;
  }
  throw new Error('expected a SelectionError');
}

describe('toolset selection', () => {
  it('is tickets,directory when nobody chooses', () => {
    expect(selectionFor(none, {}).toolsets).toEqual(['tickets', 'directory']);
    expect(DEFAULT_TOOLSETS).toEqual(['tickets', 'directory']);
  });

  it('takes the header first, then the query string, then the deployment, then the default', () => {
    const env = { TIFLUX_TOOLSETS: 'chats' };
    expect(selectionFor({ headers: { 'x-tiflux-toolsets': 'knowledge' }, query: { toolsets: 'equipment' } }, env).toolsets).toEqual(['knowledge']);
    expect(selectionFor(query('equipment'), env).toolsets).toEqual(['equipment']);
    expect(selectionFor(none, env).toolsets).toEqual(['chats']);
  });

  it('reads names case-insensitively and trimmed, ignores empty entries and repeats, unions default and all', () => {
    expect(selectionFor(header(' Chats ,,TICKETS, chats'), {}).toolsets).toEqual(['tickets', 'chats']);
    expect(selectionFor(header('default,reports'), {}).toolsets).toEqual(['tickets', 'directory', 'reports']);
    expect(selectionFor(header('all'), {}).toolsets).toEqual([...TOOLSETS]);
  });

  it('refuses an unknown or empty toolset list with a 400 naming the valid toolsets', () => {
    const unknown = refusal(() => selectionFor(header('tickets,chat'), {}));
    expect(unknown.status).toBe(400);
    expect(unknown.message).toContain('unknown toolset "chat"');
    for (const toolset of TOOLSETS) expect(unknown.message).toContain(toolset);
    expect(refusal(() => selectionFor(query(' , '), {})).message).toContain('names no toolset');
  });

  it('keeps a request within the deployment\'s allowed toolsets (all means all that are allowed)', () => {
    const env = { TIFLUX_ALLOWED_TOOLSETS: 'tickets,directory,chats' };
    const outside = refusal(() => selectionFor(header('tickets,equipment'), env));
    expect(outside.status).toBe(400);
    expect(outside.message).toBe('This deployment does not offer the toolset equipment. It offers: tickets, directory, chats.');
    expect(selectionFor(header('all'), env).toolsets).toEqual(['tickets', 'directory', 'chats']);
    expect(selectionFor(none, { TIFLUX_ALLOWED_TOOLSETS: 'tickets' }).toolsets).toEqual(['tickets']);
  });

  it('fails every request loudly (500 naming the variable) on an invalid deployment value', () => {
    for (const env of [
      { TIFLUX_TOOLSETS: 'tickets,bogus' },
      { TIFLUX_ALLOWED_TOOLSETS: 'nope' },
      { TIFLUX_READ_ONLY: 'yes' },
      { TIFLUX_MCP_VERBOSITY: 'loud' },
      { TIFLUX_TOOLSETS: 'chats', TIFLUX_ALLOWED_TOOLSETS: 'tickets' },
    ]) {
      const error = refusal(() => selectionFor(none, env));
      expect(error.status).toBe(500);
      expect(error.message).toContain(Object.keys(env)[0]!);
    }
  });

  it('read-only: true/false/1/0 from the request; the deployment\'s true is a ceiling', () => {
    expect(selectionFor(header('1', 'x-tiflux-read-only'), {}).readOnly).toBe(true);
    expect(selectionFor(query('false', 'read_only'), {}).readOnly).toBe(false);
    expect(selectionFor(header('false', 'x-tiflux-read-only'), { TIFLUX_READ_ONLY: 'true' }).readOnly).toBe(true);
    expect(selectionFor(none, { TIFLUX_READ_ONLY: 'true' }).readOnlyByDeployment).toBe(true);
    const bad = refusal(() => selectionFor(query('yes', 'read_only'), {}));
    expect([bad.status, bad.message]).toEqual([400, 'The read_only query parameter must be true, false, 1 or 0 (got "yes").']);
  });

  it('verbosity: rich by default, compact on request or by deployment, anything else refused', () => {
    expect(selectionFor(none, {}).verbosity).toBe('rich');
    expect(selectionFor(header('COMPACT', 'x-tiflux-verbosity'), {}).verbosity).toBe('compact');
    expect(selectionFor(none, { TIFLUX_MCP_VERBOSITY: 'compact' }).verbosity).toBe('compact');
    expect(refusal(() => selectionFor(query('short', 'verbosity'), {})).status).toBe(400);
  });

  it('names a selection by a stable key (the listing cache key)', () => {
    expect(selectionFor(header('chats,tickets'), {}).key).toBe(selectionFor(header('tickets,chats'), {}).key);
    expect(selectionFor(header('tickets'), {}).key).not.toBe(selectionFor({ headers: { 'x-tiflux-toolsets': 'tickets', 'x-tiflux-read-only': 'true' }, query: {} }, {}).key);
  });
});

describe('instructions', () => {
  it('name the offered and the other toolsets and how to choose, within 1,500 characters for any selection', async () => {
    const { instructionsFor } = await import('../../src/tools/instructions.js');
    for (const toolsets of ['tickets', 'default', 'all', 'reports']) {
      for (const readOnly of ['true', 'false']) {
        const selection = selectionFor({ headers: { 'x-tiflux-toolsets': toolsets, 'x-tiflux-read-only': readOnly }, query: {} }, {});
        const text = instructionsFor(selection);
        expect(text.length).toBeLessThanOrEqual(1500);
        expect(text).toContain(`Toolsets offered: ${selection.toolsets.join(', ')}.`);
        if (selection.toolsets.length < TOOLSETS.length) expect(text).toContain('x-tiflux-toolsets header or ?toolsets=');
        expect(text.includes('Read-only mode')).toBe(readOnly === 'true');
      }
    }
  });
});
