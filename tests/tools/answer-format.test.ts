/** Ticket answer rows: the preview comes from the text module (src/text/markdown.ts, docs/text.md). */
import { describe, expect, it } from 'vitest';
import type { TicketAnswer } from '../../src/tiflux/client.js';
import { ANSWER_PREVIEW_LENGTH, answerRow } from '../../src/tools/tickets/answer-format.js';

const answer = (name: string) => ({ id: 609998, author: { name: 'Ana Souza' }, answer_time: '2026-08-10T15:41:00-03:00', name }) as TicketAnswer;

describe('answerRow', () => {
  it('previews the answer as sanitised Markdown: entities decoded by the parser, scripts dropped, links kept', async () => {
    const row = await answerRow(
      answer('<p>Olá,&nbsp;<b>Adriana</b>!</p><script>steal()</script><p>Veja <a href="https://ajuda.example/vpn">o manual</a> &constructor;</p>'),
    );
    expect(row.preview).toBe('Olá, **Adriana**!\n\nVeja [o manual](https://ajuda.example/vpn) &constructor;');
    expect(row).toMatchObject({ id: 609998, author: 'Ana Souza', answer_time: '2026-08-10T15:41:00-03:00' });
  });

  it(`cuts the preview at ${ANSWER_PREVIEW_LENGTH} characters, and an empty answer has an empty preview`, async () => {
    const long = await answerRow(answer(`<p>${'palavra '.repeat(100)}</p>`));
    expect(long.preview.length).toBeLessThanOrEqual(ANSWER_PREVIEW_LENGTH + 1);
    expect(long.preview.endsWith('…')).toBe(true);
    expect((await answerRow(answer(''))).preview).toBe('');
  });
});
