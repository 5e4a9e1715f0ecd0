// Chats of both organisations. Open chats are dated minutes before the seed was built, so waits look like a live
// inbox; archived ones sit in November 2026, so the satisfaction report has a fixed period to read.

import { toBrasiliaIso } from '../../data/dates.js';
import type { TenantData, TenantId } from '../../data/types.js';
import type { ChatMessageRecord, ChatRecord, MessageTemplateRecord } from './records.js';

/** Chats with a known state, for tests and sample calls. */
export const CHAT_FIXTURES = {
  /** Inbox, WhatsApp Cloud, Padaria Pão Quente: media, a menu and the client's pick. */
  inboxChat: 5001,
  /** In attendance with Carla Mendes (the admin key's owner), linked to ticket 84429, with a long transcript. */
  myChat: 5004,
  /** In attendance with Rafael Oliveira (the non-admin key's owner). */
  attendantChat: 5005,
  /** Finished (archived) chat, rated 5. */
  finishedChat: 5101,
  /** Canceled chat. */
  canceledChat: 5106,
  missingChat: 59999,
  gupshupIntegration: 71,
  cloudIntegration: 72,
  /** Gupshup, APPROVED, three variables: "Olá {{1}}, o técnico {{2}} está a caminho…". */
  technicianTemplate: 81,
  /** Gupshup, REJECTED. */
  rejectedTemplate: 83,
  /** WhatsApp Cloud, APPROVED, one header and three body variables. */
  visitTemplate: 91,
  /** The main organisation requires a catalogue item to archive a chat; this is its first item's id. */
  archiveCatalogItemId: 30001,
} as const;

const at = (date: Date) => toBrasiliaIso(date);
const minutesAgo = (now: number, minutes: number) => at(new Date(now - minutes * 60_000));
const novemberAt = (day: number, hour: number, minute = 0) => at(new Date(Date.UTC(2026, 10, day, hour + 3, minute)));

const READ = { sent: true, delivered: true, read: true, failed: false };
const DELIVERED = { sent: true, delivered: true, read: false, failed: false };

/** A WhatsApp Cloud interactive list, as TiFlux stores it: the JSON text of the message. */
const SUPPORT_MENU = JSON.stringify({
  type: 'list',
  header: { type: 'text', text: 'Central Tec' },
  body: { text: 'Olá! Para agilizar seu atendimento, escolha uma opção:' },
  action: {
    button: 'Ver opções',
    sections: [
      {
        title: 'Atendimento',
        rows: [
          { id: 'suporte', title: 'Suporte técnico', description: 'Sistemas, rede, impressoras' },
          { id: 'financeiro', title: 'Financeiro', description: 'Boletos e notas fiscais' },
          { id: 'comercial', title: 'Comercial', description: 'Novos serviços' },
        ],
      },
    ],
  },
});
const MENU_PICK = JSON.stringify({ type: 'list_reply', list_reply: { id: 'suporte', title: 'Suporte técnico' } });

const FILLER_DIALOGUE: [ChatMessageRecord['author_type'], string][] = [
  ['attendant', 'Consegue me dizer qual mensagem aparece na tela do caixa?'],
  ['client', 'Aparece "Falha de comunicação com o servidor fiscal".'],
  ['attendant', 'Entendi. Vou acessar a máquina remotamente, pode deixar o AnyDesk aberto?'],
  ['client', 'Pode sim, o código é 482 913 775.'],
  ['attendant', 'Conectado. Estou reiniciando o serviço do SAT.'],
  ['client', 'Ok, aguardo.'],
  ['attendant', 'Pode testar uma venda agora, por favor?'],
  ['client', 'Passou! Mas o segundo caixa continua travado.'],
  ['attendant', 'Vou verificar o segundo caixa também. Qual o código do AnyDesk dele?'],
  ['client', '771 204 398'],
];

function chat(base: Partial<ChatRecord> & Pick<ChatRecord, 'id' | 'origin' | 'state' | 'created_at'>): ChatRecord {
  return {
    started_by: 'Client', number: null, client_id: null, requestor_id: null, department_id: null, responsible_id: null,
    attendance_status: null, canceled: false, assessment: null, rating_time: null, room: `room-${base.id}`, online: false,
    waiting_answer: false, ticket_number: null, services_catalogs_item_id: null, updated_at: base.created_at,
    assumed_at: null, finished_at: null, ...base,
  };
}

export function seedChats(data: TenantData, tenantId: TenantId): void {
  const now = Date.now();
  const clientNamed = (name: string) => data.clients.find((client) => client.name === name);
  const requestorOf = (clientId: number | undefined, index = 0) =>
    data.requestors.filter((requestor) => requestor.client_id === clientId)[index];
  const userNamed = (name: string) => data.users.find((user) => user.name === name);
  // Chats are routed to the organisation's departments (the departments family, seeded before this one).
  const departmentId = (name: string) => data.departments.find((department) => department.name === name)!.id;
  const messages: ChatMessageRecord[] = [];
  let messageId = tenantId === 'main' ? 700001 : 800001;
  const say = (
    chatId: number, created_at: string, author_type: ChatMessageRecord['author_type'], author_name: string,
    text: string | null, extra: Partial<ChatMessageRecord> = {},
  ) => {
    messages.push({
      id: messageId++, chat_id: chatId, author_type, author_id: null, author_name, created_at, text,
      type: 'text', media: null, status: author_type === 'client' ? null : READ, quoted_message: null, ...extra,
    });
  };

  if (tenantId === 'other') {
    const client = clientNamed('Loja Beta Center');
    data.chatIntegrations = [{ id: 71, type: 'gupshup', name: 'WhatsApp Beta' }];
    data.messageTemplates = [
      { id: 81, provider: 'gupshup', integration_id: 71, name: 'ola_beta', status: 'APPROVED', category: 'UTILITY', language: 'pt_BR', body: 'Olá {{1}}, aqui é a Beta.', header: null, footer: null, meta_template_id: null },
    ];
    data.chatSettings = { require_catalog_item_on_archive: false };
    const created = minutesAgo(now, 5);
    data.chats = [
      chat({ id: 6001, origin: 'gupshup', state: 'inbox', created_at: created, number: '5521988880001', client_id: client?.id ?? null, department_id: departmentId('Atendimento'), waiting_answer: true, online: true }),
    ];
    say(6001, created, 'client', 'Cliente Beta', 'Oi, meu pedido não chegou.');
    data.chatMessages = messages;
    return;
  }

  const padaria = clientNamed('Padaria Pão Quente')!;
  const farmacia = clientNamed('Farmácia Saúde Total')!;
  const hotel = clientNamed('Hotel Beira-Mar')!;
  const mercado = clientNamed('Mercado São João')!;
  const carla = userNamed('Carla Mendes')!;
  const rafael = userNamed('Rafael Oliveira')!;
  const ana = userNamed('Ana Souza')!;
  const padariaContact = requestorOf(padaria.id)!;
  const farmaciaContact = requestorOf(farmacia.id)!;
  const hotelContact = requestorOf(hotel.id)!;
  const mercadoContact = requestorOf(mercado.id)!;

  const suporte = departmentId('Suporte');
  const financeiro = departmentId('Financeiro');
  const comercial = departmentId('Comercial');
  data.chatIntegrations = [
    { id: 71, type: 'gupshup', name: 'WhatsApp Suporte (Gupshup)' },
    { id: 72, type: 'whatsapp_cloud', name: 'WhatsApp Oficial Central Tec (Meta)' },
  ];
  data.messageTemplates = templates();
  data.chatSettings = { require_catalog_item_on_archive: true };

  const chats: ChatRecord[] = [];

  // 5001: inbox, WhatsApp Cloud, with a photo, the menu and the client's pick.
  const t5001 = (ago: number) => minutesAgo(now, ago);
  chats.push(chat({
    id: 5001, origin: 'whatsapp_cloud', state: 'inbox', created_at: t5001(12), number: '5511987650001',
    client_id: padaria.id, requestor_id: padariaContact.id, department_id: suporte, waiting_answer: true, online: true,
  }));
  say(5001, t5001(12), 'client', padariaContact.name, 'Bom dia! O sistema do caixa travou de novo 😩');
  say(5001, t5001(12), 'system', 'Central Tec', SUPPORT_MENU, { type: 'interactive' });
  say(5001, t5001(11), 'client', padariaContact.name, MENU_PICK, { type: 'interactive' });
  say(5001, t5001(10), 'client', padariaContact.name, null, {
    type: 'image', media: { content_type: 'image/jpeg', caption: 'Tela de erro do caixa 2', url: 'https://media.tiflux.test/chats/5001/erro-caixa.jpg' },
  });

  // 5002: inbox, web widget.
  chats.push(chat({
    id: 5002, origin: 'site_widget', state: 'inbox', created_at: minutesAgo(now, 47), client_id: farmacia.id,
    requestor_id: farmaciaContact.id, department_id: financeiro, waiting_answer: true, online: true,
  }));
  say(5002, minutesAgo(now, 47), 'client', farmaciaContact.name, 'Olá, preciso de ajuda para emitir a segunda via da nota fiscal de outubro.');

  // 5003: inbox, answer to a campaign.
  chats.push(chat({
    id: 5003, origin: 'campaign', started_by: 'Campaign', state: 'inbox', created_at: minutesAgo(now, 185),
    number: '5513991230003', client_id: hotel.id, requestor_id: hotelContact.id, department_id: comercial, waiting_answer: true,
  }));
  say(5003, minutesAgo(now, 185), 'system', 'Campanha Backup em Nuvem', 'Olá! Conheça o backup em nuvem da Central Tec: 30 dias grátis. Responda QUERO para saber mais.', { type: 'template' });
  say(5003, minutesAgo(now, 160), 'client', hotelContact.name, 'QUERO. Podem me ligar depois das 14h?');

  // 5004: mine (Carla), WhatsApp via Gupshup, linked to ticket 84429, long transcript with audio, a quote and a PDF.
  const start = 130;
  chats.push(chat({
    id: 5004, origin: 'gupshup', state: 'in_attendance', attendance_status: 'waiting_attendance',
    created_at: minutesAgo(now, start), assumed_at: minutesAgo(now, start - 5), updated_at: minutesAgo(now, 3),
    number: '5511987650004', client_id: padaria.id, requestor_id: padariaContact.id, department_id: suporte,
    responsible_id: carla.id, waiting_answer: true, online: true, ticket_number: 84429,
  }));
  say(5004, minutesAgo(now, start), 'client', padariaContact.name, 'Oi Carla, a VPN voltou a cair aqui na loja.');
  say(5004, minutesAgo(now, start - 5), 'attendant', carla.name, 'Olá! Vou verificar. Vinculei ao chamado #84429.');
  say(5004, minutesAgo(now, start - 8), 'client', padariaContact.name, null, {
    type: 'audio', media: { content_type: 'audio/ogg', caption: null, url: 'https://media.tiflux.test/chats/5004/audio-1.ogg' },
  });
  FILLER_DIALOGUE.forEach(([author, text], index) => {
    const minute = start - 10 - index * 3;
    say(5004, minutesAgo(now, minute), author, author === 'client' ? padariaContact.name : carla.name, text);
  });
  for (let round = 0; round < 12; round += 1) {
    const minute = start - 45 - round * 6;
    say(5004, minutesAgo(now, minute), 'attendant', carla.name, `Teste de conexão ${round + 1}: pacote enviado, aguardando retorno do túnel.`);
    say(5004, minutesAgo(now, minute - 2), 'client', padariaContact.name, round % 2 ? 'Ainda caindo.' : 'Conectou, mas caiu de novo.');
  }
  say(5004, minutesAgo(now, 10), 'attendant', carla.name, null, {
    type: 'document', media: { content_type: 'application/pdf', caption: 'Procedimento de reinstalação da VPN', url: 'https://media.tiflux.test/chats/5004/vpn.pdf' },
    status: DELIVERED,
  });
  say(5004, minutesAgo(now, 3), 'client', padariaContact.name, 'Segui o PDF mas deu erro no passo 4.', {
    quoted_message: { text: 'Procedimento de reinstalação da VPN', type: 'document' },
  });

  // 5005: Rafael's (the non-admin key), web chat, waiting for the client.
  chats.push(chat({
    id: 5005, origin: 'chat', state: 'in_attendance', attendance_status: 'waiting_client',
    created_at: minutesAgo(now, 75), assumed_at: minutesAgo(now, 70), client_id: mercado.id,
    requestor_id: mercadoContact.id, department_id: suporte, responsible_id: rafael.id,
  }));
  say(5005, minutesAgo(now, 75), 'client', mercadoContact.name, 'A impressora de etiquetas parou.');
  say(5005, minutesAgo(now, 60), 'attendant', rafael.name, 'Pode me mandar uma foto do painel dela?');

  // 5006: Ana Souza, triage, WhatsApp Cloud.
  chats.push(chat({
    id: 5006, origin: 'whatsapp_cloud', state: 'in_attendance', attendance_status: 'triage',
    created_at: minutesAgo(now, 20), assumed_at: minutesAgo(now, 18), number: '5511976540006',
    client_id: farmacia.id, requestor_id: farmaciaContact.id, department_id: suporte, responsible_id: ana.id, waiting_answer: true,
  }));
  say(5006, minutesAgo(now, 20), 'client', farmaciaContact.name, 'O leitor de código de barras não lê nada desde a atualização.');

  // Archived chats, November 2026: rated, unrated and one canceled.
  const archived: [number, number, number, number | null, number, boolean, ChatRecord['origin']][] = [
    // id, client, responsible, rating, day, canceled, origin
    [5101, padaria.id, carla.id, 5, 3, false, 'whatsapp_cloud'],
    [5102, farmacia.id, ana.id, 4, 5, false, 'site_widget'],
    [5103, hotel.id, rafael.id, 5, 10, false, 'gupshup'],
    [5104, mercado.id, ana.id, 3, 12, false, 'chat'],
    [5105, padaria.id, rafael.id, 2, 18, false, 'whatsapp_cloud'],
    [5106, farmacia.id, carla.id, null, 20, true, 'site_widget'],
    [5107, hotel.id, ana.id, null, 24, false, 'campaign'],
    [5108, mercado.id, carla.id, 5, 26, false, 'gupshup'],
  ];
  for (const [id, clientId, responsibleId, rating, day, canceled, origin] of archived) {
    const created = novemberAt(day, 9, 15);
    const finished = novemberAt(day, 9, 52);
    chats.push(chat({
      id, origin, state: 'archived', created_at: created, assumed_at: novemberAt(day, 9, 18), updated_at: finished,
      finished_at: finished, client_id: clientId, requestor_id: requestorOf(clientId)?.id ?? null, department_id: suporte,
      responsible_id: responsibleId, canceled, assessment: rating, rating_time: rating ? novemberAt(day, 10, 5) : null,
    }));
    say(id, created, 'client', requestorOf(clientId)?.name ?? 'Cliente', 'Bom dia, preciso de ajuda com o acesso ao sistema.');
    say(id, finished, 'attendant', data.users.find((user) => user.id === responsibleId)!.name, 'Acesso liberado. Posso ajudar em algo mais?');
  }
  // October, for the comparison period of a November report.
  for (const [index, rating] of [4, 3, 5, 2].entries()) {
    const id = 5090 + index;
    const day = 6 + index * 6;
    const stamp = at(new Date(Date.UTC(2026, 9, day, 13)));
    chats.push(chat({
      id, origin: 'whatsapp_cloud', state: 'archived', created_at: stamp, finished_at: stamp, updated_at: stamp,
      client_id: padaria.id, requestor_id: padariaContact.id, department_id: suporte, responsible_id: ana.id,
      assessment: rating, rating_time: stamp,
    }));
  }

  data.chats = chats;
  data.chatMessages = messages;
}

function templates(): MessageTemplateRecord[] {
  const base = { footer: null, header: null, meta_template_id: null, language: 'pt_BR' };
  return [
    { ...base, id: 81, provider: 'gupshup', integration_id: 71, name: 'aviso_tecnico_a_caminho', status: 'APPROVED', category: 'UTILITY', body: 'Olá {{1}}, o técnico {{2}} está a caminho e deve chegar em cerca de {{3}}.' },
    { ...base, id: 82, provider: 'gupshup', integration_id: 71, name: 'pesquisa_satisfacao', status: 'APPROVED', category: 'MARKETING', body: 'Olá {{1}}! Como foi seu atendimento? Responda com uma nota de 1 a 5.' },
    { ...base, id: 83, provider: 'gupshup', integration_id: 71, name: 'boleto_vencido', status: 'REJECTED', category: 'UTILITY', body: 'Seu boleto {{1}} venceu em {{2}}.' },
    { ...base, id: 91, provider: 'whatsapp_cloud', integration_id: 72, name: 'confirmacao_visita', status: 'APPROVED', category: 'UTILITY', header: 'Visita técnica {{1}}', body: 'Olá {{1}}, confirmamos a visita do técnico no dia {{2}} às {{3}}. Responda SIM para confirmar.', footer: 'Central Tec Soluções em TI', meta_template_id: '1029384756' },
    { ...base, id: 92, provider: 'whatsapp_cloud', integration_id: 72, name: 'boas_vindas', status: 'APPROVED', category: 'UTILITY', body: 'Olá! Aqui é a Central Tec. Como podemos ajudar?', meta_template_id: '1029384757' },
    { ...base, id: 93, provider: 'whatsapp_cloud', integration_id: 72, name: 'promocao_black_friday', status: 'PENDING', category: 'MARKETING', body: 'Black Friday Central Tec: {{1}}% de desconto em backup em nuvem!', meta_template_id: '1029384758' },
  ];
}
