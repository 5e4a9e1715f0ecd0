import { describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { call, clientNamed, deskNamed, form, multipart, useSandbox } from './helpers.js';

const sandbox = useSandbox();
const { openTicket } = SANDBOX_FIXTURES;

function newTicketFields() {
  return {
    title: 'Impressora fiscal travando',
    description: '<p>Trava ao imprimir o cupom.</p>',
    client_id: String(clientNamed(sandbox(), 'Mercado São João').id),
    desk_id: String(deskNamed(sandbox(), 'Suporte').id),
  };
}

describe('POST /tickets accepts form-urlencoded and multipart, nothing else', () => {
  it('creates from a form-urlencoded body (c73 clients)', async () => {
    const { body, headers } = form(newTicketFields());
    const result = await call(sandbox(), 'POST', '/tickets', { body, headers });
    expect(result.status).toBe(201);
    expect(result.json.ticket).toMatchObject({ title: 'Impressora fiscal travando', client: { name: 'Mercado São João' } });
    expect(sandbox().requests.at(-1)).toMatchObject({ bodyKind: 'form', fields: newTicketFields() });
  });

  it('creates from a multipart body with files[] parts (HEAD clients)', async () => {
    const result = await call(sandbox(), 'POST', '/tickets', {
      body: multipart(newTicketFields(), [{ name: 'cupom.txt', content: 'linha 1\r\nlinha 2', type: 'text/plain' }]),
    });
    expect(result.status).toBe(201);
    const files = await call(sandbox(), 'GET', `/tickets/${result.json.ticket.ticket_number}/files`);
    expect(files.json).toMatchObject([{ name: 'cupom.txt', content_type: 'text/plain', size: 16 }]);
  });

  it('refuses JSON with 415 and the TiFlux error body', async () => {
    const result = await call(sandbox(), 'POST', '/tickets', { json: newTicketFields() });
    expect(result.status).toBe(415);
    expect(result.json).toEqual({ error_code: 41501, detail: expect.stringContaining('multipart/form-data') });
    expect(sandbox().data.tenants.main.tickets.some((t) => t.title === 'Impressora fiscal travando')).toBe(false);
  });

  it('refuses a body without Content-Type with 415', async () => {
    const result = await call(sandbox(), 'POST', '/tickets');
    expect(result.status).toBe(415);
  });
});

describe('answers: multipart with the text in `name`', () => {
  it('accepts multipart with name, with_signature and files[]', async () => {
    const result = await call(sandbox(), 'POST', `/tickets/${openTicket}/answers`, {
      body: multipart({ name: '<p>Pode testar agora?</p>', with_signature: 'true' }, [{ name: 'passo-a-passo.pdf', content: '%PDF', type: 'application/pdf' }]),
    });
    expect(result.status).toBe(201);
    expect(result.json).toMatchObject({ name: '<p>Pode testar agora?</p>', author: 'Carla Mendes', signature: true, files_count: 1 });
    expect(result.json.files[0]).toMatchObject({ file_name: 'passo-a-passo.pdf', size: 4 });
  });

  it('refuses the text in `text` instead of `name` with 422 naming the field', async () => {
    const result = await call(sandbox(), 'POST', `/tickets/${openTicket}/answers`, { body: multipart({ text: 'Olá' }) });
    expect(result.status).toBe(422);
    expect(result.json).toEqual({ error_code: 42201, detail: { name: ["can't be blank"] } });
  });

  it('refuses form-urlencoded and JSON with 415', async () => {
    const { body, headers } = form({ name: 'Olá' });
    expect((await call(sandbox(), 'POST', `/tickets/${openTicket}/answers`, { body, headers })).status).toBe(415);
    expect((await call(sandbox(), 'POST', `/tickets/${openTicket}/answers`, { json: { name: 'Olá' } })).status).toBe(415);
  });
});

describe('internal communications: multipart with `text`', () => {
  it('accepts multipart text', async () => {
    const result = await call(sandbox(), 'POST', `/tickets/${openTicket}/internal_communications`, { body: multipart({ text: '<p>Nota interna</p>' }) });
    expect(result.status).toBe(201);
    expect(result.json).toMatchObject({ text: '<p>Nota interna</p>', user: { name: 'Carla Mendes' }, files_count: 0, files: [] });
  });

  it('refuses `name` instead of `text` (422) and JSON (415)', async () => {
    expect((await call(sandbox(), 'POST', `/tickets/${openTicket}/internal_communications`, { body: multipart({ name: 'x' }) })).json)
      .toEqual({ error_code: 42201, detail: { text: ["can't be blank"] } });
    expect((await call(sandbox(), 'POST', `/tickets/${openTicket}/internal_communications`, { json: { text: 'x' } })).status).toBe(415);
  });
});

describe('updates are JSON', () => {
  it('accepts PUT /tickets/{n} as JSON', async () => {
    const result = await call(sandbox(), 'PUT', `/tickets/${openTicket}`, { json: { title: 'VPN não conecta (home office)' } });
    expect(result.status).toBe(200);
    expect(result.json.title).toBe('VPN não conecta (home office)');
  });

  it('refuses form and multipart updates with 415', async () => {
    const { body, headers } = form({ title: 'x' });
    expect((await call(sandbox(), 'PUT', `/tickets/${openTicket}`, { body, headers })).status).toBe(415);
    expect((await call(sandbox(), 'PUT', `/tickets/${openTicket}`, { body: multipart({ title: 'x' }) })).status).toBe(415);
    expect((await call(sandbox(), 'PUT', `/tickets/${openTicket}/entities`, { body, headers })).status).toBe(415);
  });

  it('answers 400 to a body that is not valid JSON', async () => {
    const result = await call(sandbox(), 'PUT', `/tickets/${openTicket}`, { body: '{"title": ', headers: { 'content-type': 'application/json' } });
    expect(result.status).toBe(400);
    expect(result.json.error_code).toBe(40001);
  });
});

describe('cancel and close take no body', () => {
  it('closes with no body and no Content-Type, answering a JSON message', async () => {
    const result = await call(sandbox(), 'PUT', `/tickets/${openTicket}/close`);
    expect(result.status).toBe(200);
    expect(result.json).toEqual({ message: `Ticket ${openTicket} closed successfully` });
    expect(sandbox().requests.at(-1)).toMatchObject({ bodyKind: 'none', contentType: undefined });
  });
});

describe('malformed multipart', () => {
  it('answers 400 when the boundary is missing or the body is cut short', async () => {
    const noBoundary = await call(sandbox(), 'POST', `/tickets/${openTicket}/answers`, { body: 'x', headers: { 'content-type': 'multipart/form-data' } });
    expect(noBoundary.status).toBe(400);
    const truncated = await call(sandbox(), 'POST', `/tickets/${openTicket}/answers`, {
      body: '--abc\r\nContent-Disposition: form-data; name="name"\r\n\r\nOlá',
      headers: { 'content-type': 'multipart/form-data; boundary=abc' },
    });
    expect(truncated.status).toBe(400);
    expect(truncated.json.detail).toMatch(/closing boundary/);
  });

  it('parses a hand-written body with binary content and CRLF inside a file', async () => {
    // Near-misses of the delimiter "\r\n--ab": "\r\n--a", and "--ab" not preceded by CRLF; plus a trailing CRLF.
    const bytes = Buffer.concat([Buffer.from([0x00, 0xff]), Buffer.from('\r\n--a\r\nx--ab\r\n', 'latin1')]);
    const body = Buffer.concat([
      Buffer.from('preamble\r\n--ab\r\nContent-Disposition: form-data; name="files[]"; filename="dados \\"v2\\".bin"\r\nContent-Type: application/octet-stream\r\n\r\n'),
      bytes,
      Buffer.from('\r\n--ab\r\nContent-Disposition: form-data; name="name"\r\n\r\nResposta com ç\r\n--ab--\r\n'),
    ]);
    const result = await call(sandbox(), 'POST', `/tickets/${openTicket}/answers`, { body, headers: { 'content-type': 'multipart/form-data; boundary="ab"' } });
    expect(result.status).toBe(201);
    expect(result.json.name).toBe('Resposta com ç');
    expect(result.json.files[0]).toMatchObject({ file_name: 'dados "v2".bin', size: bytes.length });
    const stored = sandbox().data.tenants.main.files.find((file) => file.name === 'dados "v2".bin')!;
    expect(Buffer.from(stored.content).equals(bytes)).toBe(true);
  });
});
