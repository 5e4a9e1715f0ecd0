import { describe, expect, it } from 'vitest';
import { pickOne, type NameKind } from '../../src/tools/names/pick-one.js';
import { ToolError } from '../../src/tools/tool-error.js';

interface Item {
  id: number;
  name: string;
}
const kind = (overrides: Partial<NameKind<Item>> = {}): NameKind<Item> => ({
  argument: 'client_name',
  idArgument: 'client_id',
  noun: 'client',
  plural: 'clients',
  namesOf: (item) => [item.name],
  describe: (item) => `${item.id} · ${item.name}`,
  searchHint: 'search_client',
  ...overrides,
});

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ToolError);
    return (error as ToolError).userMessage;
  }
  throw new Error('expected a ToolError');
}

describe('pickOne', () => {
  it('returns the single best match', () => {
    const items = [{ id: 1, name: 'ACME' }, { id: 2, name: 'ACME Filial' }];
    expect(pickOne('acme', items, kind())).toEqual({ id: 1, name: 'ACME' });
  });

  it('lists up to 10 ambiguous candidates with ids, says how many more, and that nothing was done', () => {
    const items = Array.from({ length: 13 }, (_, i) => ({ id: 100 + i, name: `Loja ${String(i).padStart(2, '0')}` }));
    const message = messageOf(() => pickOne('loja', items, kind()));
    expect(message).toContain('client_name "loja" matches 13 clients equally well');
    expect(message).toContain('nothing was done');
    expect(message).toContain('client_id');
    expect(message.match(/^- \d+ · Loja/gm)).toHaveLength(10);
    expect(message).toContain('…and 3 more');
  });

  it('for an unknown name, names up to 5 closest', () => {
    const items = Array.from({ length: 7 }, (_, i) => ({ id: i + 1, name: `Padaria Pão ${i}` }));
    const message = messageOf(() => pickOne('Padaria Central', items, kind()));
    expect(message).toContain('No client is named like client_name "Padaria Central". Closest names:');
    expect(message.match(/^- \d+ · Padaria/gm)).toHaveLength(5);
  });

  it('with nothing close, points at the search tool', () => {
    const message = messageOf(() => pickOne('xyz', [{ id: 1, name: 'ACME' }], kind()));
    expect(message).toContain('no name is close');
    expect(message).toContain('Use search_client');
  });

  it('for short lists (desks, stages), lists what exists when nothing is close', () => {
    const items = [{ id: 2, name: 'Suporte' }, { id: 1, name: 'Comercial' }];
    const message = messageOf(() => pickOne('xyz', items, kind({ listAllWhenNoneClose: true, noun: 'desk', plural: 'desks' })));
    expect(message).toContain('Available desks:\n- 1 · Comercial\n- 2 · Suporte');
  });
});
