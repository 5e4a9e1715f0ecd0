/** Interactive WhatsApp messages (JSON text in a transcript) rendered readably, whichever provider sent them. */
import { describe, expect, it } from 'vitest';
import { parseInteractive, renderInteractive } from '../../src/tools/chats/menu.js';
import { countVariables, headerText } from '../../src/tools/chats/template-variables.js';

const render = (value: unknown) => renderInteractive(parseInteractive(JSON.stringify(value))!);

describe('parseInteractive', () => {
  it('only takes JSON objects with a type; ordinary text stays text', () => {
    expect(parseInteractive('Bom dia!')).toBeUndefined();
    expect(parseInteractive('{não é json')).toBeUndefined();
    expect(parseInteractive('{"text": "sem tipo"}')).toBeUndefined();
    expect(parseInteractive('  {"type":"button","body":{"text":"Oi"}}')).toMatchObject({ type: 'button' });
    expect(parseInteractive(null)).toBeUndefined();
  });
});

describe('renderInteractive', () => {
  it('WhatsApp Cloud reply buttons', () => {
    expect(
      render({
        type: 'button',
        body: { text: 'Seu problema foi resolvido?' },
        action: { buttons: [{ type: 'reply', reply: { id: 's', title: 'Sim' } }, { type: 'reply', reply: { id: 'n', title: 'Não' } }] },
      }),
    ).toBe('Menu: Seu problema foi resolvido?\n  1. Sim\n  2. Não');
  });

  it('Gupshup quick reply and list', () => {
    expect(
      render({ type: 'quick_reply', content: { type: 'text', header: 'Central Tec', text: 'Avalie o atendimento' }, options: [{ type: 'text', title: 'Ótimo' }, { type: 'text', title: 'Ruim' }] }),
    ).toBe('Menu: Central Tec — Avalie o atendimento\n  1. Ótimo\n  2. Ruim');
    expect(
      render({ type: 'list', title: 'Escolha o setor', body: 'Atendimento', items: [{ title: 'Setores', options: [{ type: 'text', title: 'Suporte', description: 'Técnico' }] }] }),
    ).toBe('Menu: Atendimento\n  1. Suporte — Técnico');
  });

  it('a client\'s pick, and a menu without text', () => {
    expect(render({ type: 'interactive', button_reply: { id: 'n', title: 'Não' } })).toBe('Chose: Não');
    expect(render({ type: 'list_reply', title: 'Financeiro', postbackText: 'fin' })).toBe('Chose: Financeiro');
    expect(render({ type: 'flow' })).toBe('Menu: (no text)');
  });
});

describe('template variables', () => {
  it('counts distinct {{n}} and reads text headers only', () => {
    expect(countVariables('Olá {{1}}, pedido {{2}} — {{1}} de novo')).toBe(2);
    expect(countVariables('Sem variáveis')).toBe(0);
    expect(countVariables(null)).toBe(0);
    expect(headerText({ type: 'HEADER', format: 'TEXT', text: 'Visita {{1}}' })).toBe('Visita {{1}}');
    expect(headerText({ type: 'HEADER', format: 'IMAGE' })).toBeUndefined();
  });
});
