/** The shared list answer (src/tools/format/list.ts) in both verbosities: lead and footer lines, block rows. */
import { describe, expect, it } from 'vitest';
import { renderList, type ListAnswer } from '../../src/tools/format/list.js';

const info = { offset: 1, limit: 2, total: 5, has_more: true, next_offset: 2 };
const answer: ListAnswer = {
  heading: 'Appointments of ticket #84429',
  rows: ['- **1** · Ana\n  valued: Remote', '- **2** · Bruno'],
  lead: ['Only Ana was asked for.'],
  footer: ['2h00 on this page.'],
  info,
  plural: 'appointments',
};

describe('renderList', () => {
  it('rich: heading, lead, rows, a blank line, footer, paging', () => {
    expect(renderList(answer, 'rich')).toBe(
      [
        '# Appointments of ticket #84429',
        'Only Ana was asked for.',
        '- **1** · Ana\n  valued: Remote',
        '- **2** · Bruno',
        '',
        '2h00 on this page.',
        'Page 1 · 2 of 5 appointments shown (1–2). Next page: call again with the same arguments and offset 2.',
      ].join('\n'),
    );
  });

  it('compact: heading, paging, lead and footer on the first line, then one line per row', () => {
    expect(renderList(answer, 'compact').split('\n')).toEqual([
      'Appointments of ticket #84429 — page 1 · 2 of 5 appointments · next: offset 2 · Only Ana was asked for. · 2h00 on this page.',
      '- 1 · Ana · valued: Remote',
      '- 2 · Bruno',
    ]);
  });

  it('blocks: blank lines between multi-line rows in rich, still one line each in compact', () => {
    const transcript: ListAnswer = {
      heading: 'Chat 5001 · messages',
      rows: ['**10:00 · Client**\nOlá\nTudo bem?', '**10:01 · Attendant**\nOi'],
      compactRows: ['- 10:00 · Client: Olá Tudo bem?', '- 10:01 · Attendant: Oi'],
      blocks: true,
      info: { offset: 1, limit: 30, total: 2, has_more: false, next_offset: null },
      plural: 'messages',
    };
    expect(renderList(transcript, 'rich')).toBe(
      '# Chat 5001 · messages\n\n**10:00 · Client**\nOlá\nTudo bem?\n\n**10:01 · Attendant**\nOi\n\nPage 1 · 2 of 2 messages shown (1–2). This is the last page.',
    );
    expect(renderList(transcript, 'compact')).toBe(
      'Chat 5001 · messages — page 1 · 2 of 2 messages\n- 10:00 · Client: Olá Tudo bem?\n- 10:01 · Attendant: Oi',
    );
  });

  it('without lead or footer the rich answer is the plain list', () => {
    const plain = renderList({ heading: 'Desks', rows: ['- **Suporte** (id 1)'], info, plural: 'desks' }, 'rich');
    expect(plain).toBe('# Desks\n- **Suporte** (id 1)\n\nPage 1 · 1 of 5 desks shown (1–1). Next page: call again with the same arguments and offset 2.');
  });
});
