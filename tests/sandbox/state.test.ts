import { describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { call, clientNamed, deskNamed, form, mainData, multipart, useSandbox } from './helpers.js';

const sandbox = useSandbox();
const { openTicket, closedTicket, canceledTicket, quietTicket, missingTicket } = SANDBOX_FIXTURES;

async function createTicket(fields: Record<string, string> = {}) {
  const { body, headers } = form({
    title: 'Sem acesso ao ERP',
    description: '<p>Erro de login.</p>',
    client_id: String(clientNamed(sandbox(), 'Farmácia Saúde Total').id),
    desk_id: String(deskNamed(sandbox(), 'Suporte').id),
    ...fields,
  });
  return call(sandbox(), 'POST', '/tickets', { body, headers });
}

describe('tickets', () => {
  it('answers 404/40401 for an unknown or malformed ticket number', async () => {
    for (const path of [`/tickets/${missingTicket}`, '/tickets/abc', `/tickets/${missingTicket}/answers`]) {
      const result = await call(sandbox(), 'GET', path);
      expect(result.status, path).toBe(404);
      expect(result.json.error_code, path).toBe(40401);
    }
  });

  it('gives a created ticket the next number and can read it back', async () => {
    const highest = Math.max(...mainData(sandbox()).tickets.map((t) => t.ticket_number));
    const first = await createTicket();
    const second = await createTicket({ title: 'Outro' });
    expect(first.json.ticket.ticket_number).toBe(highest + 1);
    expect(second.json.ticket.ticket_number).toBe(highest + 2);
    const read = await call(sandbox(), 'GET', `/tickets/${highest + 1}`);
    expect(read.json).toMatchObject({
      ticket_number: highest + 1, title: 'Sem acesso ao ERP', is_closed: false, status: { name: 'Aberto' },
      desk: { display_name: 'Suporte' }, stage: { first_stage: true }, created_by: { name: 'Carla Mendes' }, responsible: null,
    });
    const list = await call(sandbox(), 'GET', '/tickets?limit=1');
    expect(list.json[0].ticket_number).toBe(highest + 2);
  });

  it('answers 422 with field details for an invalid create, and writes nothing', async () => {
    const before = mainData(sandbox()).tickets.length;
    const { body, headers } = form({ description: 'x', desk_id: 'abc', priority_id: '12x' });
    const result = await call(sandbox(), 'POST', '/tickets', { body, headers });
    expect(result.status).toBe(422);
    expect(result.json).toEqual({
      error_code: 42201,
      detail: { title: ["can't be blank"], client_id: ["can't be blank"], desk_id: ['is not a valid id'], priority_id: ['is not a valid id'] },
    });
    expect(mainData(sandbox()).tickets.length).toBe(before);
  });

  it('applies desk rules on create: a required catalogue item, required requestor fields', async () => {
    const implantacao = deskNamed(sandbox(), 'Implantação');
    const noItem = await createTicket({ desk_id: String(implantacao.id) });
    expect(noItem.json).toMatchObject({ error_code: 42202, detail: { services_catalogs_item_id: [expect.any(String)] } });
    const ouvidoria = deskNamed(sandbox(), 'Ouvidoria');
    const noRequestor = await createTicket({ desk_id: String(ouvidoria.id) });
    expect(noRequestor.status).toBe(422);
    expect(Object.keys(noRequestor.json.detail).sort()).toEqual(['requestor_email', 'requestor_name']);
  });

  it('links an existing requestor by e-mail, or creates one', async () => {
    const client = clientNamed(sandbox(), 'Farmácia Saúde Total');
    const existing = mainData(sandbox()).requestors.find((r) => r.client_id === client.id)!;
    const linked = await createTicket({ requestor_email: existing.email.toUpperCase() });
    expect(linked.json.ticket.requestor).toMatchObject({ id: existing.id });
    const created = await createTicket({ requestor_name: 'Joana Prado', requestor_email: 'joana.prado@farmacia.test' });
    const scoped = await call(sandbox(), 'GET', `/clients/${client.id}/requestors?email=joana.prado`);
    expect(scoped.json).toMatchObject([{ id: created.json.ticket.requestor.id, name: 'Joana Prado' }]);
  });

  it('updates fields, unassigns with responsible_id null, and replaces followers', async () => {
    const update = await call(sandbox(), 'PUT', `/tickets/${openTicket}`, {
      json: { title: 'VPN caiu', responsible_id: null, followers: 'a@x.test,b@y.test' },
    });
    expect(update.status).toBe(200);
    const read = await call(sandbox(), 'GET', `/tickets/${openTicket}`);
    expect(read.json).toMatchObject({ title: 'VPN caiu', responsible: null, followers: 'a@x.test,b@y.test' });
    await call(sandbox(), 'PUT', `/tickets/${openTicket}`, { json: { followers: '' } });
    expect((await call(sandbox(), 'GET', `/tickets/${openTicket}`)).json.followers).toBe('');
  });

  it('requires priority_change_reason to change the priority outside a transfer', async () => {
    const desk = deskNamed(sandbox(), 'Suporte');
    const low = mainData(sandbox()).priorities.find((p) => p.desk_id === desk.id && p.name === 'Baixa')!;
    const refused = await call(sandbox(), 'PUT', `/tickets/${openTicket}`, { json: { priority_id: low.id } });
    expect(refused.json).toEqual({ error_code: 42201, detail: { priority_change_reason: ['Cannot send :priority_id without :priority_change_reason'] } });
    const accepted = await call(sandbox(), 'PUT', `/tickets/${openTicket}`, { json: { priority_id: low.id, priority_change_reason: 'Cliente pediu' } });
    expect(accepted.json.priority).toEqual({ id: low.id, name: 'Baixa' });
  });

  it('transfers only between related desks, moving to the first stage and dropping the priority', async () => {
    const financeiro = deskNamed(sandbox(), 'Financeiro');
    const unrelated = await call(sandbox(), 'PUT', `/tickets/${openTicket}`, { json: { desk_id: financeiro.id } });
    expect(unrelated.json.error_code).toBe(42202);
    expect(unrelated.json.detail.desk_id[0]).toMatch(/desk_id.*relationship/);

    const n2 = deskNamed(sandbox(), 'Suporte N2');
    const withReason = await call(sandbox(), 'PUT', `/tickets/${openTicket}`, { json: { desk_id: n2.id, priority_change_reason: 'x' } });
    expect(withReason.json).toEqual({ error_code: 42202, detail: { priority_change_reason: ['not allowed during desk transfer'] } });

    const moved = await call(sandbox(), 'PUT', `/tickets/${openTicket}`, { json: { desk_id: n2.id } });
    expect(moved.status).toBe(200);
    expect(moved.json).toMatchObject({ desk: { id: n2.id }, stage: { first_stage: true }, priority: null });
  });

  it('refuses a requestor of another client', async () => {
    const other = mainData(sandbox()).requestors.find((r) => r.client_id !== clientNamed(sandbox(), 'Padaria Pão Quente').id)!;
    const result = await call(sandbox(), 'PUT', `/tickets/${openTicket}`, { json: { requestor_id: other.id } });
    expect(result.json).toEqual({ error_code: 42201, detail: { requestor_id: ['requestor not found'] } });
  });

  it('closes and cancels once, then refuses with 422', async () => {
    expect((await call(sandbox(), 'PUT', `/tickets/${quietTicket}/cancel`)).json).toEqual({ message: `Ticket ${quietTicket} cancelled successfully` });
    expect((await call(sandbox(), 'GET', `/tickets/${quietTicket}`)).json).toMatchObject({ is_closed: true, status: { name: 'Cancelado' } });
    expect((await call(sandbox(), 'PUT', `/tickets/${quietTicket}/cancel`)).status).toBe(422);

    await call(sandbox(), 'PUT', `/tickets/${openTicket}/close`);
    const closed = await call(sandbox(), 'GET', `/tickets/${openTicket}`);
    expect(closed.json).toMatchObject({ is_closed: true, status: { name: 'Fechado' }, stage: { last_stage: true }, closed_at: expect.any(String) });
    expect((await call(sandbox(), 'PUT', `/tickets/${openTicket}/close`)).json.error_code).toBe(42202);
    expect((await call(sandbox(), 'PUT', `/tickets/${closedTicket}/close`)).status).toBe(422);
    expect((await call(sandbox(), 'PUT', `/tickets/${canceledTicket}`, { json: { title: 'x' } })).status).toBe(422);
    const closedList = await call(sandbox(), 'GET', '/tickets?filter_by=closed&limit=200');
    expect(closedList.json.map((t: { ticket_number: number }) => t.ticket_number)).toContain(openTicket);
  });

  it('reopens a closed ticket without a body, and refuses an empty reason', async () => {
    const empty = await call(sandbox(), 'PUT', `/tickets/${closedTicket}/reopen`, { json: { disapproval_reason: '' } });
    expect(empty.json).toEqual({ error_code: 42201, detail: { disapproval_reason: ["can't be blank"] } });
    const reopened = await call(sandbox(), 'PUT', `/tickets/${closedTicket}/reopen`);
    expect(reopened.status).toBe(200);
    expect((await call(sandbox(), 'GET', `/tickets/${closedTicket}`)).json).toMatchObject({ is_closed: false, reopen_count: 1 });
  });

  it('sets custom fields and shows them with show_entities / include_filled_entity', async () => {
    const setor = mainData(sandbox()).entityFields.find((f) => f.name === 'Setor')!;
    const bad = await call(sandbox(), 'PUT', `/tickets/${openTicket}/entities`, { json: { entities: [{ entity_field_id: setor.id, value: 'Financeiro' }] } });
    expect(bad.status).toBe(422);
    const option = setor.options![1]!;
    const good = await call(sandbox(), 'PUT', `/tickets/${openTicket}/entities`, { json: { entities: [{ entity_field_id: setor.id, value: String(option.id) }] } });
    expect(good.json.entities[0].entity_fields).toEqual([{ entity_field_id: setor.id, name: 'Setor', value: String(option.id) }]);
    const filled = await call(sandbox(), 'GET', `/tickets/${openTicket}?include_filled_entity=true`);
    const fieldNames = filled.json.entities.flatMap((e: { entity_fields: { name: string }[] }) => e.entity_fields.map((f) => f.name));
    expect(fieldNames.sort()).toEqual(['Patrimônio', 'Setor']);
    const all = await call(sandbox(), 'GET', `/tickets/${openTicket}?show_entities=true`);
    expect(all.json.entities[0].entity_fields.length).toBe(5);
    expect((await call(sandbox(), 'GET', `/tickets/${openTicket}`)).json.entities).toEqual([]);
  });
});

describe('answers, internal communications and files', () => {
  it('lists seeded conversation items of the fixture ticket', async () => {
    const answers = await call(sandbox(), 'GET', `/tickets/${openTicket}/answers`);
    expect(answers.json).toHaveLength(3);
    expect(answers.json[1]).toMatchObject({ author: expect.any(String), answer_origin: 'email', files_count: 1 });
    const notes = await call(sandbox(), 'GET', `/tickets/${openTicket}/internal_communications`);
    expect(notes.json).toHaveLength(2);
    const files = await call(sandbox(), 'GET', `/tickets/${openTicket}/files`);
    expect(files.json.map((f: { name: string }) => f.name).sort()).toEqual(['configuração-vpn.pdf', 'log-vpn.txt']);
    expect(files.json[0]).toEqual({
      id: expect.any(Number), name: expect.any(String), content_type: expect.any(String), size: expect.any(Number),
      url: expect.stringMatching(/^https:\/\//), created_at: expect.any(String), created_by: { name: expect.any(String) },
    });
  });

  it('lists an answer and an internal communication after they are created', async () => {
    const answer = await call(sandbox(), 'POST', `/tickets/${quietTicket}/answers`, { body: multipart({ name: '<p>Oi</p>' }) });
    const note = await call(sandbox(), 'POST', `/tickets/${quietTicket}/internal_communications`, {
      body: multipart({ text: '<p>Ver fonte</p>' }, [{ name: 'foto.jpg', content: new Uint8Array([1, 2, 3]), type: 'image/jpeg' }]),
    });
    const answers = await call(sandbox(), 'GET', `/tickets/${quietTicket}/answers`);
    expect(answers.json).toEqual([expect.objectContaining({ id: answer.json.id, name: '<p>Oi</p>', signature: false })]);
    const notes = await call(sandbox(), 'GET', `/tickets/${quietTicket}/internal_communications`);
    expect(notes.json).toEqual([expect.objectContaining({ id: note.json.id, files_count: 1 })]);
    const one = await call(sandbox(), 'GET', `/tickets/${quietTicket}/internal_communications/${note.json.id}`);
    expect(one.json.files).toMatchObject([{ file_name: 'foto.jpg', size: 3, content_type: 'image/jpeg' }]);
  });

  it('lets only the author edit an internal communication', async () => {
    const note = await call(sandbox(), 'POST', `/tickets/${quietTicket}/internal_communications`, { body: multipart({ text: 'a' }), key: sandbox().keys.nonAdmin });
    const byOther = await call(sandbox(), 'PUT', `/tickets/${quietTicket}/internal_communications/${note.json.id}`, { json: { text: 'b' } });
    expect(byOther.status).toBe(403);
    const byAuthor = await call(sandbox(), 'PUT', `/tickets/${quietTicket}/internal_communications/${note.json.id}`, { json: { text: 'b' }, key: sandbox().keys.nonAdmin });
    expect(byAuthor.json.text).toBe('b');
  });

  it('uploads and deletes ticket files', async () => {
    const upload = await call(sandbox(), 'POST', `/tickets/${quietTicket}/files`, { body: multipart({}, [{ name: 'a.txt', content: 'abc' }, { name: 'b.txt', content: 'de' }]) });
    expect(upload.status).toBe(201);
    expect(upload.json.map((f: { name: string }) => f.name)).toEqual(['a.txt', 'b.txt']);
    const removed = await call(sandbox(), 'DELETE', `/tickets/${quietTicket}/files/${upload.json[0].id}`);
    expect(removed.status).toBe(204);
    expect(removed.text).toBe('');
    expect((await call(sandbox(), 'GET', `/tickets/${quietTicket}/files`)).json.map((f: { name: string }) => f.name)).toEqual(['b.txt']);
    expect((await call(sandbox(), 'POST', `/tickets/${quietTicket}/files`, { body: multipart({ note: 'x' }) })).status).toBe(422);
  });
});

describe('requestors', () => {
  it('refuses an empty telephone and a duplicate e-mail', async () => {
    const client = clientNamed(sandbox(), 'Hotel Beira-Mar');
    const existing = mainData(sandbox()).requestors.find((r) => r.client_id === client.id)!;
    const result = await call(sandbox(), 'POST', `/clients/${client.id}/requestors`, { json: { name: 'Rita', email: existing.email, telephone: '' } });
    expect(result.json).toEqual({ error_code: 42201, detail: { telephone: ['Is not a valid phone number'], email: ['has already been taken'] } });
    const created = await call(sandbox(), 'POST', `/clients/${client.id}/requestors`, { json: { name: 'Rita', email: 'rita@hotel.test' } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: 'Rita', client: { id: client.id } });
  });
});
