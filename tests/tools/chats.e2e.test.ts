/** The `chats` toolset end to end: the SDK client over HTTP, our handler, and the sandbox's chats family. */
import { describe, expect, it } from 'vitest';
import { CHAT_FIXTURES } from '../../sandbox/families/chats/index.js';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const main = () => e2e.sandbox.data.tenants.main;
const chatIds = (structured: Record<string, unknown> | undefined) => (structured!.chats as { id: number }[]).map((chat) => chat.id);
const requests = (method: string, path: string) =>
  e2e.sandbox.requests.filter((request) => request.method === method && request.path === path);
const nonAdmin = () => e2e.sandbox.keys.nonAdmin;

describe('list_inbox_chats', () => {
  it('lists the unassigned chats, longest waiting first, with how long each has waited', async () => {
    const result = await e2e.call('list_inbox_chats', {});
    expect(result.isError).toBe(false);
    expect(chatIds(result.structured)).toEqual([5003, 5002, 5001]);
    const first = (result.structured!.chats as { waited_minutes: number; origin: string }[])[0]!;
    expect(first.origin).toBe('campaign');
    expect(first.waited_minutes).toBeGreaterThanOrEqual(185);
    expect(result.text).toMatch(/\*\*Chat 5003\*\* · Hotel Beira-Mar \/ .+ · campaign · waiting 3 h \d+ min/);
    expect(result.text).toContain('Last client message: "QUERO. Podem me ligar depois das 14h?"');
    expect(result.structured).toMatchObject({ total: null, has_more: false });
  });

  it('takes the client by name (accent-insensitive) and sends TiFlux its id', async () => {
    const result = await e2e.call('list_inbox_chats', { client_name: 'farmacia saude total' });
    expect(result.isError).toBe(false);
    expect(chatIds(result.structured)).toEqual([5002]);
    const farmacia = main().clients.find((client) => client.name === 'Farmácia Saúde Total')!;
    expect(result.text).toContain(`client Farmácia Saúde Total (id ${farmacia.id})`);
    expect(requests('GET', '/chats/inbox')[0]!.query.client_id).toBe(String(farmacia.id));
  });

  it('takes the requestor by name inside the client', async () => {
    const chat = main().chats.find((candidate) => candidate.id === CHAT_FIXTURES.inboxChat)!;
    const requestor = main().requestors.find((candidate) => candidate.id === chat.requestor_id)!;
    const result = await e2e.call('list_inbox_chats', { client_name: 'Padaria Pão Quente', requestor_name: requestor.name.toUpperCase() });
    expect(result.isError).toBe(false);
    expect(chatIds(result.structured)).toEqual([5001]);
    expect(requests('GET', '/chats/inbox')[0]!.query.requestor_id).toBe(String(requestor.id));
  });

  it('an ambiguous client name lists the candidates and reads no chats', async () => {
    const result = await e2e.call('list_inbox_chats', { client_name: 'São João' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('client_name "São João" matches 3 clients equally well');
    expect(result.text).toContain('Mercadinho São João');
    expect(requests('GET', '/chats/inbox')).toHaveLength(0);
  });

  it('a requestor name without a client needs an admin key, and says what to do', async () => {
    const result = await e2e.call('list_inbox_chats', { requestor_name: 'Adriana' }, nonAdmin());
    expect(result.isError).toBe(true);
    expect(result.text).toContain('can only be looked up across all clients with an admin key');
    expect(requests('GET', '/chats/inbox')).toHaveLength(0);
  });

  it('refuses an unknown origin and a date without its offset, before calling TiFlux', async () => {
    const origins = await e2e.call('list_inbox_chats', { origins: 'whatsapp,telegram' });
    expect(origins.isError).toBe(true);
    expect(origins.text).toContain('"telegram"');
    const date = await e2e.call('list_inbox_chats', { created_at_start: '2026-11-30 08:00' });
    expect(date.isError).toBe(true);
    expect(date.text).toContain('ISO 8601');
    expect(requests('GET', '/chats/inbox')).toHaveLength(0);
  });

  it('filters by origins as TiFlux does', async () => {
    const result = await e2e.call('list_inbox_chats', { origins: 'site_widget,campaign' });
    expect(chatIds(result.structured)).toEqual([5003, 5002]);
  });
});

describe('list_my_chats', () => {
  it('shows the chats of the key\'s owner: Carla (admin) and Rafael (attendant) see their own', async () => {
    const carla = await e2e.call('list_my_chats', {});
    expect(chatIds(carla.structured)).toEqual([CHAT_FIXTURES.myChat]);
    expect(carla.text).toContain('ticket #84429 "VPN não conecta"');
    const rafael = await e2e.call('list_my_chats', {}, nonAdmin());
    expect(chatIds(rafael.structured)).toEqual([CHAT_FIXTURES.attendantChat]);
    expect(rafael.text).toMatch(/open 1 h 1\d min/);
  });

  it('an unknown client name suggests the closest ones', async () => {
    const result = await e2e.call('list_my_chats', { client_name: 'Padoca Quente' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('No client is named like client_name "Padoca Quente"');
  });
});

describe('list_in_attendance_chats', () => {
  it('filters by status and by the responsible attendant\'s name', async () => {
    const triage = await e2e.call('list_in_attendance_chats', { status: 'triage' });
    expect(chatIds(triage.structured)).toEqual([5006]);
    const rafael = await e2e.call('list_in_attendance_chats', { user_name: 'Rafael Oliveira' });
    expect(rafael.isError).toBe(false);
    expect(chatIds(rafael.structured)).toEqual([5005]);
    expect(rafael.text).toContain('Chats in attendance with Rafael Oliveira');
  });

  it('refuses an unknown status', async () => {
    const result = await e2e.call('list_in_attendance_chats', { status: 'sleeping' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('`status`');
  });
});

describe('list_archived_chats', () => {
  it('shows ratings and how long chats lasted; canceled filters', async () => {
    const all = await e2e.call('list_archived_chats', { finished_at_start: '2026-11-01T00:00:00-03:00' });
    expect(chatIds(all.structured)).toEqual([5108, 5107, 5106, 5105, 5104, 5103, 5102, 5101]);
    expect(all.text).toContain('**Chat 5101**');
    expect(all.text).toMatch(/Chat 5101\*\* .* lasted 37 min .* rated 5\/5/);
    const canceled = await e2e.call('list_archived_chats', { canceled: true });
    expect(chatIds(canceled.structured)).toEqual([CHAT_FIXTURES.canceledChat]);
    expect(canceled.text).toContain('canceled');
  });
});

describe('get_chat', () => {
  it('reads one chat card with its ticket, responsible and wait', async () => {
    const result = await e2e.call('get_chat', { id: CHAT_FIXTURES.myChat });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('# Chat 5004 · open');
    expect(result.text).toContain('- Ticket: #84429 "VPN não conecta"');
    expect(result.text).toContain('Responsible: Carla Mendes');
    expect(result.structured!.chat).toMatchObject({ id: 5004, origin: 'gupshup', responsible: 'Carla Mendes', ticket: { number: '84429' } });
  });

  it('a finished chat shows its rating and how long it lasted', async () => {
    const result = await e2e.call('get_chat', { id: CHAT_FIXTURES.finishedChat });
    expect(result.text).toContain('# Chat 5101 · archived (finished)');
    expect(result.text).toContain("- Client's rating: 5/5");
    expect(result.text).toContain('lasted 37 min');
    expect(result.structured!.chat).toMatchObject({ archived: true, assessment: 5, waited_minutes: 37 });
  });

  it('an unknown chat is a clear not-found; a non-numeric id is refused locally', async () => {
    const missing = await e2e.call('get_chat', { id: CHAT_FIXTURES.missingChat });
    expect(missing.isError).toBe(true);
    expect(missing.text).toContain('TiFlux found no chat 59999 (HTTP 404)');
    const bad = await e2e.call('get_chat', { id: 'abc' });
    expect(bad.isError).toBe(true);
    expect(requests('GET', '/chats/abc')).toHaveLength(0);
  });

  it('another organisation\'s chat is not found', async () => {
    const result = await e2e.call('get_chat', { id: 6001 });
    expect(result.isError).toBe(true);
    const other = await e2e.call('get_chat', { id: 6001 }, e2e.sandbox.keys.otherTenant);
    expect(other.isError).toBe(false);
  });
});

describe('list_chat_messages', () => {
  it('renders the WhatsApp menu, the client\'s pick and the media readably', async () => {
    const result = await e2e.call('list_chat_messages', { id: CHAT_FIXTURES.inboxChat });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('Menu: Central Tec — Olá! Para agilizar seu atendimento, escolha uma opção:\n  1. Suporte técnico — Sistemas, rede, impressoras');
    expect(result.text).toContain('Chose: Suporte técnico');
    expect(result.text).toContain('[image/jpeg: Tela de erro do caixa 2]');
    expect(result.text).not.toContain('"sections"');
    const messages = result.structured!.messages as { interactive: boolean; author_type: string }[];
    expect(messages.map((m) => m.interactive)).toEqual([false, true, true, false]);
  });

  it('pages a long transcript and shows quoted messages and delivery', async () => {
    const first = await e2e.call('list_chat_messages', { id: CHAT_FIXTURES.myChat });
    expect(first.structured).toMatchObject({ offset: 1, limit: 30, has_more: true, next_offset: 2 });
    expect((first.structured!.messages as unknown[]).length).toBe(30);
    const last = await e2e.call('list_chat_messages', { id: CHAT_FIXTURES.myChat, offset: 2 });
    expect(last.structured).toMatchObject({ has_more: false });
    expect(last.text).toContain('> replying to: "Procedimento de reinstalação da VPN"');
    expect(last.text).toContain('[application/pdf: Procedimento de reinstalação da VPN]');
    expect(last.text).toMatch(/Attendant Carla Mendes\*\* \(delivered\)/);
  });

  it('cuts a very long message, so a transcript page stays bounded', async () => {
    main().chatMessages.push({
      id: 799999, chat_id: CHAT_FIXTURES.inboxChat, author_type: 'client', author_id: null, author_name: 'Cliente',
      created_at: '2026-12-01T10:00:00-03:00', text: 'log de erro '.repeat(500), type: 'text', media: null, status: null, quoted_message: null,
    });
    const result = await e2e.call('list_chat_messages', { id: CHAT_FIXTURES.inboxChat });
    const last = (result.structured!.messages as { text: string; truncated: boolean }[]).at(-1)!;
    expect(last.truncated).toBe(true);
    expect(last.text.length).toBeLessThanOrEqual(1_501);
    expect(result.text).toContain('… (cut)');
    expect(result.text.length).toBeLessThan(4_000);
  });

  it('a 403 on a transcript mentions the WhatsApp licence', async () => {
    e2e.sandbox.faults.inject({ kind: 'status', status: 403, path: '/chats/5001/messages' });
    const result = await e2e.call('list_chat_messages', { id: CHAT_FIXTURES.inboxChat });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('(HTTP 403)');
    expect(result.text).toContain('WhatsApp licence');
  });

  it('refuses pages larger than 100 and reports a missing chat', async () => {
    const big = await e2e.call('list_chat_messages', { id: CHAT_FIXTURES.myChat, limit: 150 });
    expect(big.isError).toBe(true);
    const missing = await e2e.call('list_chat_messages', { id: CHAT_FIXTURES.missingChat });
    expect(missing.isError).toBe(true);
    expect(missing.text).toContain('(HTTP 404)');
  });
});

describe('update_chat', () => {
  it('transfers an inbox chat to an attendant named by name', async () => {
    const result = await e2e.call('update_chat', { id: CHAT_FIXTURES.inboxChat, user_name: 'Ana Souza', ticket_number: '84429' });
    expect(result.isError).toBe(false);
    const ana = main().users.find((user) => user.name === 'Ana Souza')!;
    expect(result.text).toContain(`Chat 5001 transferred to Ana Souza (id ${ana.id}), linked to ticket #84429`);
    const chat = main().chats.find((candidate) => candidate.id === CHAT_FIXTURES.inboxChat)!;
    expect(chat).toMatchObject({ responsible_id: ana.id, state: 'in_attendance', ticket_number: 84429 });
    expect(requests('PUT', '/chats/5001')[0]!.json).toEqual({ user_id: ana.id, ticket_number: 84429 });
  });

  it('a finished chat refuses updates, with TiFlux\'s reason', async () => {
    const result = await e2e.call('update_chat', { id: CHAT_FIXTURES.finishedChat, department_id: 62 });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('(HTTP 422, code 42202)');
    expect(result.text).toContain('finished or canceled');
  });

  it('nothing to change, or an ambiguous attendant name, sends no update', async () => {
    const nothing = await e2e.call('update_chat', { id: CHAT_FIXTURES.inboxChat });
    expect(nothing.isError).toBe(true);
    expect(nothing.text).toContain('Nothing to change');
    const ambiguous = await e2e.call('update_chat', { id: CHAT_FIXTURES.inboxChat, user_name: 'Ana' });
    expect(ambiguous.isError).toBe(true);
    expect(ambiguous.text).toContain('user_name "Ana" matches');
    expect(ambiguous.text).toContain('Retry with user_id');
    expect(requests('PUT', '/chats/5001')).toHaveLength(0);
  });
});

describe('send_message', () => {
  it('sends free text to a client inside the 24-hour window', async () => {
    const result = await e2e.call('send_message', { number: '5511987650004', integration_id: 71, message: 'O técnico está a caminho.' });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('Message sent to 5511987650004 through integration 71');
    const sent = main().chatMessages.filter((m) => m.chat_id === CHAT_FIXTURES.myChat).pop()!;
    expect(sent).toMatchObject({ text: 'O técnico está a caminho.', author_type: 'attendant' });
    expect(requests('POST', '/chats/send_message')[0]!.json).toEqual({ number: 5511987650004, integration_id: 71, message: 'O técnico está a caminho.' });
  });

  it('sends an approved template after checking its variables, opening a new chat', async () => {
    const result = await e2e.call('send_message', {
      number: '5511955550000', integration_id: 71, template_id: CHAT_FIXTURES.technicianTemplate,
      parameters: ['Adriana', 'João Pedro', '30 minutos'], name: 'Adriana',
    });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('Template "aviso_tecnico_a_caminho" (id 81) sent');
    const chat = main().chats.find((candidate) => candidate.number === '5511955550000')!;
    const message = main().chatMessages.find((m) => m.chat_id === chat.id)!;
    expect(message.text).toBe('Olá Adriana, o técnico João Pedro está a caminho e deve chegar em cerca de 30 minutos.');
  });

  it('checks a WhatsApp Cloud template\'s header variables too', async () => {
    const missingHeader = await e2e.call('send_message', {
      number: '5511955550001', integration_id: 72, template_id: CHAT_FIXTURES.visitTemplate, parameters: ['Ana', '03/12', '14h'],
    });
    expect(missingHeader.isError).toBe(true);
    expect(missingHeader.text).toContain('its header has 1 variable(s) but header_parameters holds 0 value(s)');
    const ok = await e2e.call('send_message', {
      number: '5511955550001', integration_id: 72, template_id: CHAT_FIXTURES.visitTemplate,
      parameters: ['Ana', '03/12', '14h'], header_parameters: ['#84429'],
    });
    expect(ok.isError).toBe(false);
    expect(requests('POST', '/chats/send_message')).toHaveLength(1);
  });

  it('refuses, without sending, a wrong parameter count, a rejected or unknown template', async () => {
    const count = await e2e.call('send_message', { number: '5511955550000', integration_id: 71, template_id: 81, parameters: ['Adriana'] });
    expect(count.isError).toBe(true);
    expect(count.text).toContain('its body has 3 variable(s) but parameters holds 1 value(s)');
    const rejected = await e2e.call('send_message', { number: '5511955550000', integration_id: 71, template_id: CHAT_FIXTURES.rejectedTemplate, parameters: ['1', '2'] });
    expect(rejected.isError).toBe(true);
    expect(rejected.text).toContain('is REJECTED, not approved');
    const unknown = await e2e.call('send_message', { number: '5511955550000', integration_id: 72, template_id: 81, parameters: ['a', 'b', 'c'] });
    expect(unknown.isError).toBe(true);
    expect(unknown.text).toContain('integration 72 has no template with id 81');
    expect(requests('POST', '/chats/send_message')).toHaveLength(0);
  });

  it('without the template permission, a template is not sent unchecked', async () => {
    const result = await e2e.call('send_message', { number: '5511955550000', integration_id: 71, template_id: 81, parameters: ['a', 'b', 'c'] }, nonAdmin());
    expect(result.isError).toBe(true);
    expect(result.text).toContain('Gerenciar Modelos');
    expect(requests('POST', '/chats/send_message')).toHaveLength(0);
  });

  it('refuses both message and template, neither, HTML, and a malformed number', async () => {
    for (const args of [
      { number: '5511987650004', integration_id: 71, message: 'Oi', template_id: 81 },
      { number: '5511987650004', integration_id: 71 },
      { number: '5511987650004', integration_id: 71, message: '<p>Olá</p>' },
      { number: '+55 11 98765-0004', integration_id: 71, message: 'Oi' },
    ]) {
      const result = await e2e.call('send_message', args);
      expect(result.isError, JSON.stringify(args)).toBe(true);
    }
    expect(requests('POST', '/chats/send_message')).toHaveLength(0);
  });

  it('free text outside the 24-hour window is TiFlux\'s refusal, explained', async () => {
    const result = await e2e.call('send_message', { number: '5511900000000', integration_id: 71, message: 'Oi' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('24-hour window');
    expect(result.text).toContain('Nothing was sent');
  });

  it('is never retried once sent: a 500 after processing, and even a 429, make exactly one POST', async () => {
    e2e.sandbox.faults.inject({ kind: 'status', status: 500, method: 'POST', path: '/chats/send_message', afterProcessing: true, times: 1 });
    const failed = await e2e.call('send_message', { number: '5511987650004', integration_id: 71, message: 'Chegando.' });
    expect(failed.isError).toBe(true);
    expect(failed.text).toContain('The message may have reached 5511987650004');
    expect(failed.text).toContain('It was not retried.');
    expect(requests('POST', '/chats/send_message')).toHaveLength(1);

    e2e.reset();
    e2e.sandbox.faults.inject({ kind: 'status', status: 429, method: 'POST', path: '/chats/send_message', times: 1 });
    const limited = await e2e.call('send_message', { number: '5511987650004', integration_id: 71, message: 'Chegando.' });
    expect(limited.isError).toBe(true);
    expect(requests('POST', '/chats/send_message')).toHaveLength(1);
  });
});

describe('archive_chat', () => {
  it('with the catalogue item the organisation requires: 202, archived', async () => {
    expect(main().catalogItems.some((item) => item.id === CHAT_FIXTURES.archiveCatalogItemId)).toBe(true);
    const result = await e2e.call('archive_chat', { id: CHAT_FIXTURES.inboxChat, services_catalogs_item_id: CHAT_FIXTURES.archiveCatalogItemId });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('Archiving of chat 5001 requested (TiFlux answered 202');
    expect(e2e.sandbox.requests.find((r) => r.path === '/chats/5001/archive')!.status).toBe(202);
    expect(main().chats.find((chat) => chat.id === CHAT_FIXTURES.inboxChat)!.state).toBe('archived');
  });

  it('without it: TiFlux\'s 422 and a hint about services_catalogs_item_id', async () => {
    const result = await e2e.call('archive_chat', { id: CHAT_FIXTURES.inboxChat });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('services_catalogs_item_id: is required');
    expect(result.text).toContain('search_catalog_item');
    expect(requests('PUT', '/chats/5001/archive')[0]!.json).toEqual({});
  });

  it('an organisation without the rule archives with an empty body; a finished or missing chat fails', async () => {
    const other = await e2e.call('archive_chat', { id: 6001 }, e2e.sandbox.keys.otherTenant);
    expect(other.isError).toBe(false);
    const again = await e2e.call('archive_chat', { id: CHAT_FIXTURES.finishedChat, services_catalogs_item_id: CHAT_FIXTURES.archiveCatalogItemId });
    expect(again.isError).toBe(true);
    expect(again.text).toContain('already finished');
    const missing = await e2e.call('archive_chat', { id: CHAT_FIXTURES.missingChat });
    expect(missing.isError).toBe(true);
    expect(missing.text).toContain('TiFlux found no chat 59999');
  });
});

describe('message templates', () => {
  it('list_gupshup_templates shows each template\'s text and variable count', async () => {
    const result = await e2e.call('list_gupshup_templates', { integration_id: 71 });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('- **aviso_tecnico_a_caminho** (id 81) · APPROVED · UTILITY · integration 71 · 3 variable(s)');
    expect(result.structured).toMatchObject({ total: 3 });
  });

  it('list_whatsapp_cloud_templates filters by status and counts header variables', async () => {
    const result = await e2e.call('list_whatsapp_cloud_templates', { status: 'APPROVED' });
    expect(result.isError).toBe(false);
    const templates = result.structured!.templates as { id: number; header_variables: number; body_variables: number }[];
    expect(templates.map((t) => t.id)).toEqual([91, 92]);
    expect(templates[0]).toMatchObject({ header_variables: 1, body_variables: 3 });
  });

  it('need the "Gerenciar Modelos" permission: a non-admin key is refused', async () => {
    const result = await e2e.call('list_gupshup_templates', {}, nonAdmin());
    expect(result.isError).toBe(true);
    expect(result.text).toContain('(HTTP 403)');
    const status = await e2e.call('list_whatsapp_cloud_templates', { status: 'approved' });
    expect(status.isError).toBe(true);
  });
});

describe('annotations', () => {
  it('send_message and archive_chat say they reach the outside world and cannot be undone', async () => {
    const { tools } = await import('../../src/tools/catalog.js');
    for (const name of ['send_message', 'archive_chat']) {
      const tool = tools.find((candidate) => candidate.name === name)!;
      expect(tool.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true });
    }
    for (const name of ['get_chat', 'list_inbox_chats', 'list_chat_messages', 'list_gupshup_templates']) {
      expect(tools.find((candidate) => candidate.name === name)!.annotations.readOnlyHint).toBe(true);
    }
  });
});
