// Each endpoint is sent the way TiFlux expects it; asserted on what the sandbox actually received.
import { describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { caught, recordingClient, useSandbox } from './support.js';

const ctx = useSandbox();

function mainDesk(name = 'Suporte') {
  const main = ctx.sandbox.data.tenants.main;
  const desk = main.desks.find((d) => d.display_name === name)!;
  const client = main.clients.find((c) => c.name === 'Padaria Pão Quente')!;
  return { desk, client };
}

describe('request headers', () => {
  it('sends the key as a bearer token, asks for JSON and names itself', async () => {
    const client = recordingClient(ctx.sandbox);
    await client.tickets.get(SANDBOX_FIXTURES.openTicket);
    const [request] = ctx.sandbox.requests;
    expect(request?.keyFingerprint).toBe(client.keyFingerprint);
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.headers['user-agent']).toMatch(/^tiflux-mcp\/\d+\.\d+\.\d+ \(node\/24\.\d+\.\d+\)$/);
  });
});

describe('tickets', () => {
  it('reads a ticket with its custom fields only when asked', async () => {
    const client = recordingClient(ctx.sandbox);
    const ticket = await client.tickets.get(String(SANDBOX_FIXTURES.openTicket), { show_entities: true });
    expect(ticket.ticket_number).toBe(SANDBOX_FIXTURES.openTicket);
    expect(ticket.title).toBe('VPN não conecta');
    expect(ctx.sandbox.requests[0]?.query).toEqual({ show_entities: 'true' });
    await client.tickets.get(SANDBOX_FIXTURES.openTicket);
    expect(ctx.sandbox.requests[1]?.query).toEqual({});
  });

  it('creates a ticket form-encoded, and it can be read back', async () => {
    const { desk, client: customer } = mainDesk();
    const client = recordingClient(ctx.sandbox);
    const created = await client.tickets.create({
      title: 'Teclado sem resposta',
      description: 'O teclado parou após a atualização.',
      client_id: customer.id,
      desk_id: desk.id,
      requestor_email: undefined,
      followers: 'chefe@padaria.test',
    });
    const received = ctx.sandbox.requests.find((r) => r.method === 'POST')!;
    expect(received.bodyKind).toBe('form');
    expect(received.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(received.fields).toEqual({
      title: 'Teclado sem resposta',
      description: 'O teclado parou após a atualização.',
      client_id: String(customer.id),
      desk_id: String(desk.id),
      followers: 'chefe@padaria.test',
    });
    const readBack = await client.tickets.get(created.ticket_number);
    expect(readBack.title).toBe('Teclado sem resposta');
    expect(readBack.client?.name).toBe('Padaria Pão Quente');
  });

  it('creates a ticket as multipart when files are attached', async () => {
    const { desk, client: customer } = mainDesk();
    const client = recordingClient(ctx.sandbox);
    await client.tickets.create({
      title: 'Erro no relatório',
      description: 'Segue o log.',
      client_id: customer.id,
      desk_id: desk.id,
      files: [
        { filename: 'erro.log', content: Buffer.from('linha 1\nlinha 2\n') },
        { filename: 'tela "1".png', content: new Uint8Array([137, 80, 78, 71]) },
      ],
    });
    const received = ctx.sandbox.requests.find((r) => r.method === 'POST')!;
    expect(received.bodyKind).toBe('multipart');
    expect(received.fields.title).toBe('Erro no relatório');
    expect(received.files).toEqual([
      { field: 'files[]', filename: 'erro.log', contentType: 'application/octet-stream', size: 16 },
      { field: 'files[]', filename: 'tela 1.png', contentType: 'image/png', size: 4 },
    ]);
  });

  it('updates as JSON, sending only the given keys (null unassigns)', async () => {
    const client = recordingClient(ctx.sandbox);
    await client.tickets.update(SANDBOX_FIXTURES.openTicket, { title: 'VPN instável', responsible_id: null });
    const received = ctx.sandbox.requests.at(-1)!;
    expect(received.method).toBe('PUT');
    expect(received.path).toBe(`/tickets/${SANDBOX_FIXTURES.openTicket}`);
    expect(received.bodyKind).toBe('json');
    expect(received.json).toEqual({ title: 'VPN instável', responsible_id: null });
    const ticket = await client.tickets.get(SANDBOX_FIXTURES.openTicket);
    expect(ticket.title).toBe('VPN instável');
    expect(ticket.responsible ?? null).toBeNull();
  });

  it('sends custom-field values as JSON', async () => {
    const client = recordingClient(ctx.sandbox);
    const field = ctx.sandbox.data.tenants.main.entityFields.find((f) => f.name === 'Patrimônio')!;
    await client.tickets.updateEntities(SANDBOX_FIXTURES.openTicket, [{ entity_field_id: field.id, value: 'PAT-9999' }]);
    const received = ctx.sandbox.requests.at(-1)!;
    expect(received.path).toBe(`/tickets/${SANDBOX_FIXTURES.openTicket}/entities`);
    expect(received.json).toEqual({ entities: [{ entity_field_id: field.id, value: 'PAT-9999' }] });
  });

  it('cancels and closes with no body at all', async () => {
    const client = recordingClient(ctx.sandbox);
    const cancelled = await client.tickets.cancel(SANDBOX_FIXTURES.quietTicket);
    expect(cancelled.message).toMatch(/cancel/i);
    const { desk, client: customer } = mainDesk();
    const fresh = await client.tickets.create({ title: 'A', description: 'B', client_id: customer.id, desk_id: desk.id });
    const closed = await client.tickets.close(fresh.ticket_number);
    expect(closed.message).toMatch(/close/i);
    for (const request of ctx.sandbox.requests.filter((r) => r.method === 'PUT')) {
      expect(request.bodyKind).toBe('none');
      expect(request.contentType).toBeUndefined();
    }
    const readBack = await client.tickets.get(fresh.ticket_number);
    expect(readBack.is_closed).toBe(true);
  });

  it('lists tickets with filters as a query string, is_closed always sent', async () => {
    const client = recordingClient(ctx.sandbox);
    const { desk } = mainDesk();
    const page = await client.tickets.list({ desk_ids: ` ${desk.id}, `, limit: 5, offset: 2 });
    expect(ctx.sandbox.requests[0]?.query).toEqual({
      is_closed: 'false',
      desk_ids: String(desk.id),
      offset: '2',
      limit: '5',
    });
    expect(page.items.length).toBeLessThanOrEqual(5);
    expect(page.total).toBeGreaterThan(5);
    expect(page.items.every((t) => t.desk?.id === desk.id || t.desk?.name === desk.name)).toBe(true);
  });
});

describe('answers and internal communications', () => {
  it('posts an answer as multipart with the text in `name` and files in `files[]`', async () => {
    const client = recordingClient(ctx.sandbox);
    const answer = await client.ticketAnswers.create(SANDBOX_FIXTURES.quietTicket, {
      text: '<p>Já verificamos.</p>',
      with_signature: true,
      files: [{ filename: 'passo-a-passo.pdf', content: Buffer.from('%PDF-1.4') }],
    });
    expect(answer.id).toBeGreaterThan(0);
    const received = ctx.sandbox.requests.at(-1)!;
    expect(received.path).toBe(`/tickets/${SANDBOX_FIXTURES.quietTicket}/answers`);
    expect(received.bodyKind).toBe('multipart');
    expect(received.fields).toEqual({ name: '<p>Já verificamos.</p>', with_signature: 'true' });
    expect(received.files).toEqual([
      { field: 'files[]', filename: 'passo-a-passo.pdf', contentType: 'application/pdf', size: 8 },
    ]);
  });

  it('posts an internal communication as multipart with `text`, then lists and reads it back', async () => {
    const client = recordingClient(ctx.sandbox);
    const note = await client.internalCommunications.create(SANDBOX_FIXTURES.quietTicket, { text: 'Cliente avisado.' });
    const received = ctx.sandbox.requests.at(-1)!;
    expect(received.bodyKind).toBe('multipart');
    expect(received.fields).toEqual({ text: 'Cliente avisado.' });
    expect(received.files).toEqual([]);

    const page = await client.internalCommunications.list(SANDBOX_FIXTURES.quietTicket);
    expect(page.items.map((item) => item.id)).toContain(note.id);
    const readBack = await client.internalCommunications.get(SANDBOX_FIXTURES.quietTicket, String(note.id));
    expect(readBack.text).toContain('Cliente avisado.');
  });

  it('lists the files of a ticket', async () => {
    const client = recordingClient(ctx.sandbox);
    const files = await client.ticketFiles.list(SANDBOX_FIXTURES.openTicket);
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((file) => typeof file.id === 'number')).toBe(true);
  });

  it('refuses an 11th file before sending anything', async () => {
    const client = recordingClient(ctx.sandbox);
    const files = Array.from({ length: 11 }, (_, i) => ({ filename: `f${i}.txt`, content: Buffer.from('x') }));
    const error = await caught(client.ticketAnswers.create(SANDBOX_FIXTURES.openTicket, { text: 'oi', files }));
    expect(error.message).toBe('files accepts at most 10 files per call (got 11).');
    expect(ctx.sandbox.requests).toHaveLength(0);
  });
});
