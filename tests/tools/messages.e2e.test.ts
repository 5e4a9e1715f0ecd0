/**
 * create_ticket_answer and the internal-communication tools end to end, attachments included: what TiFlux
 * receives (multipart fields and file bytes), what it then holds, and what the model is told.
 */
import { describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const main = () => e2e.sandbox.data.tenants.main;
const open = String(SANDBOX_FIXTURES.openTicket);
const quiet = String(SANDBOX_FIXTURES.quietTicket);
const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('create_ticket_answer', () => {
  it('sends the answer as multipart with the text in `name`, the signature flag and the files', async () => {
    const result = await e2e.call('create_ticket_answer', {
      ticket_number: open,
      text: 'Olá!\nPode testar de novo?',
      with_signature: true,
      files_base64: [{ filename: 'passo-a-passo.txt', content: b64('1. abra a VPN') }],
    });
    expect(result.isError).toBe(false);
    const answer = main().answers.at(-1)!;
    expect(answer).toMatchObject({ ticket_number: Number(open), name: '<p>Olá!<br>Pode testar de novo?</p>', signature: true });
    expect(result.text).toContain(`Answer ${answer.id} sent to the client on ticket **#${open}**.`);
    expect(result.text).toContain('- Attached: passo-a-passo.txt');
    const stored = main().files.find((file) => file.name === 'passo-a-passo.txt')!;
    expect(Buffer.from(stored.content).toString()).toBe('1. abra a VPN');
    const request = e2e.sandbox.requests.find((r) => r.method === 'POST')!;
    expect(request).toMatchObject({ path: `/tickets/${open}/answers`, bodyKind: 'multipart' });
    expect(request.fields).toMatchObject({ with_signature: 'true' });
    expect(request.files.map((file) => file.field)).toEqual(['files[]']);
  });

  it('the original `files` (local paths) is refused with the reason and the alternative, before any call', async () => {
    const result = await e2e.call('create_ticket_answer', { ticket_number: open, text: 'segue', files: ['C:/print.png'] });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('cannot read files on your computer');
    expect(result.text).toContain('files_base64');
    expect(e2e.upstream()).toEqual([]);
  });

  it('invalid base64 and oversize attachments are refused before any call', async () => {
    const bad = await e2e.call('create_ticket_answer', {
      ticket_number: open,
      text: 'segue',
      files_base64: [{ filename: 'a.pdf', content: 'isto não é base64' }],
    });
    expect(bad.isError).toBe(true);
    expect(bad.text).toContain('`files_base64[0].content` is not valid base64 (file "a.pdf")');

    // 3.6 MiB decoded: over our cap, yet its base64 still fits the 5 MiB request body, so the tool must refuse it.
    const big = Buffer.alloc(1.8 * 1024 * 1024, 1).toString('base64');
    const over = await e2e.call('create_ticket_answer', {
      ticket_number: open,
      text: 'segue',
      files_base64: [{ filename: 'a.bin', content: big }, { filename: 'b.bin', content: big }],
    });
    expect(over.isError).toBe(true);
    expect(over.text).toContain('hold 3.60 MiB once decoded; the limit is 3.5 MiB');
    expect(e2e.upstream()).toEqual([]);
  });

  it('a missing ticket → isError not found, nothing stored', async () => {
    const before = main().answers.length;
    const result = await e2e.call('create_ticket_answer', { ticket_number: '99999', text: 'oi' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('found no ticket #99999');
    expect(main().answers.length).toBe(before);
  });

  it('an HTML error page from TiFlux never reaches the model', async () => {
    e2e.sandbox.faults.inject({ kind: 'html', status: 502, method: 'POST' });
    const result = await e2e.call('create_ticket_answer', { ticket_number: open, text: 'oi' });
    expect(result.isError).toBe(true);
    expect(result.text).not.toMatch(/<html|<body|<!doctype/i);
    expect(e2e.upstream()).toEqual([`POST /tickets/${open}/answers`]);
  });
});

describe('create_internal_communication', () => {
  it('adds a note with files; the model gets its id and how to read it back', async () => {
    const result = await e2e.call('create_internal_communication', {
      ticket_number: quiet,
      text: 'Cliente pediu retorno após as 14h.',
      files_base64: [{ filename: 'contato.txt', content: b64('ramal 2041') }],
    });
    expect(result.isError).toBe(false);
    const note = main().internalCommunications.at(-1)!;
    expect(note).toMatchObject({ ticket_number: Number(quiet), text: '<p>Cliente pediu retorno após as 14h.</p>' });
    expect(result.text).toContain(`communication_id "${note.id}"`);
    expect(result.text).toMatch(/- Attached: contato\.txt \(10 B\)/);
    const request = e2e.sandbox.requests.find((r) => r.method === 'POST')!;
    expect(request).toMatchObject({ bodyKind: 'multipart', fields: { text: '<p>Cliente pediu retorno após as 14h.</p>' } });
  });

  it('an empty text is refused before any call', async () => {
    const result = await e2e.call('create_internal_communication', { ticket_number: quiet, text: '  ' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('- `text` must not be empty');
    expect(e2e.upstream()).toEqual([]);
  });

  it('eleven files are refused before any call', async () => {
    const files = Array.from({ length: 11 }, (_, i) => ({ filename: `f${i}.txt`, content: b64('x') }));
    const result = await e2e.call('create_internal_communication', { ticket_number: quiet, text: 'x', files_base64: files });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('`files_base64` accepts at most 10 files per call');
    expect(e2e.upstream()).toEqual([]);
  });
});

describe('list_internal_communications and get_internal_communication', () => {
  it('lists the notes with ids and previews, then reads one in full', async () => {
    const list = await e2e.call('list_internal_communications', { ticket_number: open });
    expect(list.isError).toBe(false);
    const notes = list.structured!.communications as { id: number; text: string; author: string }[];
    expect(notes.map((note) => note.text)).toEqual([
      'Verifiquei os logs: falha de handshake TLS no concentrador.',
      'Certificado renovado, aguardando o cliente testar.',
    ]);
    expect(list.text).toContain(`- **${notes[0]!.id}** by Ana Souza · `);
    expect(list.text).toContain('This is the last page.');

    const one = await e2e.call('get_internal_communication', { ticket_number: open, communication_id: String(notes[1]!.id) });
    expect(one.isError).toBe(false);
    expect(one.text).toContain(`# Internal communication ${notes[1]!.id} on ticket #${open}`);
    expect(one.text).toContain('Certificado renovado, aguardando o cliente testar.');
    expect(one.structured).toMatchObject({ id: notes[1]!.id, author: 'Ana Souza', files: [] });
  });

  it('pages: limit 1 says there is a next page', async () => {
    const list = await e2e.call('list_internal_communications', { ticket_number: open, limit: 1 });
    expect(list.structured).toMatchObject({ offset: 1, limit: 1, has_more: true, next_offset: 2 });
    expect(list.text).toContain('Next page: call again with the same arguments and offset 2.');
    const [request, peek] = e2e.sandbox.requests.slice(-2);
    expect(request!.query).toMatchObject({ offset: '1', limit: '1' });
    // No X-Total-Items here: the one row after the page is read to know a next page exists (issue 12).
    expect(peek!.query).toMatchObject({ offset: '2', limit: '1' });
  });

  it('a ticket without notes says so', async () => {
    const list = await e2e.call('list_internal_communications', { ticket_number: quiet });
    expect(list).toMatchObject({ isError: false, structured: { communications: [] } });
    expect(list.text).toBe(`Ticket #${quiet} has no internal communications.`);
  });

  it('an unknown communication id → isError not found; a non-numeric id is refused before any call', async () => {
    const missing = await e2e.call('get_internal_communication', { ticket_number: open, communication_id: '1' });
    expect(missing.isError).toBe(true);
    expect(missing.text).toContain('found no internal communication 1');
    e2e.sandbox.requests.length = 0;
    const invalid = await e2e.call('get_internal_communication', { ticket_number: open, communication_id: 'abc' });
    expect(invalid.isError).toBe(true);
    expect(invalid.text).toContain('`communication_id` must be the id of an internal communication');
    expect(e2e.upstream()).toEqual([]);
  });
});
