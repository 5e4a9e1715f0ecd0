// Hand-made tickets with known content, layered on the generated data, so tests and the demo can name them.

import { addMinutes } from '../../data/dates.js';
import type { TenantData, TenantId } from '../../data/types.js';
import type { TicketRecord } from './records.js';

/** Ticket numbers and names with a known, stable state in the main organisation. */
export const SANDBOX_FIXTURES = {
  /** Open, desk "Suporte", client "Padaria Pão Quente", with answers, internal communications and files. */
  openTicket: 84429,
  closedTicket: 84430,
  canceledTicket: 84431,
  /** Open ticket with no answers, internal communications or files. */
  quietTicket: 84432,
  /** Internal communication written by the admin key's owner (Carla Mendes) on the closed ticket. */
  adminNote: 919_990,
  /** Ticket number that does not exist. */
  missingTicket: 99999,
  deskWithManyStages: 'Suporte Técnico',
  deskWithManyCatalogItems: 'Suporte',
  /** An attendant whose id sorts after the first 200 users. */
  lateAttendant: 'Élida Conceição',
} as const;

export function seedTicketFixtures(data: TenantData, tenantId: TenantId): void {
  if (tenantId !== 'main') return;
  const desk = data.desks.find((candidate) => candidate.display_name === 'Suporte')!;
  const client = data.clients.find((candidate) => candidate.name === 'Padaria Pão Quente')!;
  const stages = data.stages.filter((stage) => stage.desk_id === desk.id).sort((a, b) => a.index - b.index);
  const responsible = data.users.find((user) => user.name === 'Ana Souza')!;
  const requestor = data.requestors.find((candidate) => candidate.client_id === client.id)!;
  const priority = data.priorities.find((candidate) => candidate.desk_id === desk.id && candidate.name === 'Alta')!;
  const item = data.catalogItems.find((candidate) => candidate.name === 'Liberação de acesso ao VPN')!;

  const reshape = (number: number, changes: Partial<TicketRecord>) => {
    const ticket = data.tickets.find((candidate) => candidate.ticket_number === number)!;
    removeConversation(data, number);
    Object.assign(ticket, {
      desk_id: desk.id, client_id: client.id, responsible_id: responsible.id, requestor_id: requestor.id,
      priority_id: priority.id, services_catalogs_item_id: item.id, billed: false, reopen_count: 0,
      last_reopen_date: null, parent_ticket_number: null, entity_values: {}, tags: [], followers: '',
      ...changes,
    });
    return ticket;
  };

  const open = reshape(SANDBOX_FIXTURES.openTicket, {
    title: 'VPN não conecta',
    description: '<p>Desde ontem a VPN retorna "tempo esgotado" ao conectar de casa.</p>',
    state: 'open', status_id: 1, stage_id: stages[1]!.id, closed_at: null, tags: ['vpn'],
    followers: 'gerencia@padaria-pao-quente.test',
  });
  const patrimonio = data.entityFields.find((field) => field.name === 'Patrimônio')!;
  open.entity_values[patrimonio.id] = { value: 'PAT-0429', option_id: null, country_code: null };
  addFixtureConversation(data, open, responsible.id, requestor.name);

  const closed = reshape(SANDBOX_FIXTURES.closedTicket, {
    title: 'Impressora não imprime', state: 'closed', status_id: 4, stage_id: stages[stages.length - 1]!.id,
    closed_at: addMinutes(open.created_at, 600),
  });
  // A note by the admin key's owner, so that key can edit a note it wrote (only authors may: docs/tickets.md).
  const admin = data.users.find((user) => user.name === 'Carla Mendes')!;
  data.internalCommunications.push({
    id: SANDBOX_FIXTURES.adminNote, ticket_number: closed.ticket_number, text: '<p>Toner trocado; impressora testada.</p>',
    user_id: admin.id, created_at: addMinutes(open.created_at, 590), updated_at: addMinutes(open.created_at, 590),
  });
  reshape(SANDBOX_FIXTURES.canceledTicket, {
    title: 'Troca de toner', state: 'canceled', status_id: 5, stage_id: stages[0]!.id,
    closed_at: addMinutes(open.created_at, 60),
  });
  reshape(SANDBOX_FIXTURES.quietTicket, {
    title: 'Computador não liga', state: 'open', status_id: 1, stage_id: stages[0]!.id, closed_at: null,
    responsible_id: null, priority_id: null, services_catalogs_item_id: null,
  });
}

function removeConversation(data: TenantData, number: number): void {
  data.answers = data.answers.filter((answer) => answer.ticket_number !== number);
  data.internalCommunications = data.internalCommunications.filter((note) => note.ticket_number !== number);
  data.files = data.files.filter((file) => file.ticket_number !== number);
}

function addFixtureConversation(data: TenantData, ticket: TicketRecord, attendantId: number, requestorName: string): void {
  const attendant = data.users.find((user) => user.id === attendantId)!;
  const at = (minutes: number) => addMinutes(ticket.created_at, minutes);
  // Fixed ids just below each generated range, so they are unique and stable whatever the generator does.
  const answers = [
    { id: 609_997, name: '<p>Olá! Pode nos dizer qual mensagem aparece?</p>', author: attendant.name, userId: attendant.id, origin: 'web', time: 20 },
    { id: 609_998, name: '<p>Aparece "tempo esgotado". Segue o print.</p>', author: requestorName, userId: null, origin: 'email', time: 45 },
    { id: 609_999, name: '<p>Renovamos o certificado da VPN. Pode testar?</p>', author: attendant.name, userId: attendant.id, origin: 'web', time: 90 },
  ];
  answers.forEach((answer, index) => {
    data.answers.push({
      id: answer.id, ticket_number: ticket.ticket_number, name: answer.name, author_user_id: answer.userId,
      author_name: answer.author, answer_time: at(answer.time), answer_origin: answer.origin, signature: index === 2,
    });
  });
  const notes = [
    { id: 919_998, text: '<p>Verifiquei os logs: falha de handshake TLS no concentrador.</p>', time: 60 },
    { id: 919_999, text: '<p>Certificado renovado, aguardando o cliente testar.</p>', time: 95 },
  ];
  for (const note of notes) {
    data.internalCommunications.push({
      id: note.id, ticket_number: ticket.ticket_number, text: note.text, user_id: attendant.id,
      created_at: at(note.time), updated_at: at(note.time),
    });
  }
  const files = [
    { id: 439_997, owner: { kind: 'ticket' as const }, name: 'log-vpn.txt', type: 'text/plain', text: 'TLS Error: TLS handshake failed\n' },
    { id: 439_998, owner: { kind: 'ticket' as const }, name: 'configuração-vpn.pdf', type: 'application/pdf', text: '%PDF-1.4 sandbox' },
    { id: 439_999, owner: { kind: 'answer' as const, id: answers[1]!.id }, name: 'print-erro.png', type: 'image/png', text: 'PNG-SANDBOX' },
  ];
  for (const file of files) {
    const content = new TextEncoder().encode(file.text);
    data.files.push({
      id: file.id, ticket_number: ticket.ticket_number, owner: file.owner, name: file.name, content_type: file.type,
      size: content.length, created_at: at(30), created_by_id: attendant.id, content,
    });
  }
}
