// Generates tickets spread over desks (by the desks spec's ticket_weight), clients and statuses, with answers,
// internal notes and attachments. Every family before this one has generated its records.

import { makeCounters, type Counters } from '../../data/counters.js';
import { addMinutes, toBrasiliaIso } from '../../data/dates.js';
import type { SeededRandom } from '../../data/random.js';
import type { TenantData, TenantId } from '../../data/types.js';
import type { DeskRecord } from '../desks/records.js';
import { stagesOfDesk } from '../desks/queries.js';
import { entitiesOfDesk, fieldsOfEntities } from '../entities/queries.js';
import { DESK_SPECS } from '../desks/spec.js';
import { itemsOfDesk } from '../services-catalogs/queries.js';
import { staffOfDesk } from '../users/queries.js';
import type { FileOwner, StatusRecord, TicketRecord, TicketState } from './records.js';
import { TICKET_SPECS } from './spec.js';
import { ANSWER_TEXTS, ATTACHMENT_SAMPLES, CLIENT_REPLY_TEXTS, INTERNAL_NOTE_TEXTS } from './texts.js';

type ConversationIds = Counters<'answer' | 'internalCommunication' | 'file'>;

/**
 * Ticket statuses. There is no endpoint listing them (docs/tiflux-rest-api.md#tickets, rule 5), so clients must know the
 * ids.
 */
export const TICKET_STATUSES: StatusRecord[] = [
  { id: 1, name: 'Aberto', default_open: true, state: 'open' },
  { id: 2, name: 'Em atendimento', default_open: false, state: 'open' },
  { id: 3, name: 'Aguardando cliente', default_open: false, state: 'open' },
  { id: 4, name: 'Fechado', default_open: false, state: 'closed' },
  { id: 5, name: 'Cancelado', default_open: false, state: 'canceled' },
];

const TAGS = ['vpn', 'impressora', 'urgente', 'fiscal', 'rede', 'cliente-vip', 'hardware', 'erp'];
/**
 * Values of `created_by_way_of` are unverified (docs/tiflux-rest-api.md#open-questions, q4); these are plausible channel
 * names.
 */
const CHANNELS = ['web', 'email', 'api', 'portal', 'whatsapp'];
const FIRST_DAY = Date.UTC(2026, 0, 5, 11, 0); // 2026-01-05 08:00 in Brasília
const SPAN_MINUTES = 225 * 24 * 60;

export function generateTickets(data: TenantData, tenantId: TenantId, random: SeededRandom): void {
  const spec = TICKET_SPECS[tenantId];
  const ids = makeCounters(spec.idStart);
  data.statuses = TICKET_STATUSES.map((status) => ({ ...status }));
  data.tickets = [];
  data.answers = [];
  data.internalCommunications = [];
  data.files = [];
  const deskSpecs = DESK_SPECS[tenantId].desks;
  const weightedDesks = data.desks.flatMap((desk, index) => Array<DeskRecord>(deskSpecs[index]!.ticket_weight ?? 0).fill(desk));
  const activeClients = data.clients.filter((client) => client.status);
  const staff = data.users.filter((user) => user._type !== 'client' && user.active);

  for (let index = 0; index < spec.ticketCount; index += 1) {
    const desk = random.pick(weightedDesks);
    const client = random.pick(activeClients);
    const text = spec.ticketTexts[index % spec.ticketTexts.length]!;
    const state = pickState(random);
    const stages = stagesOfDesk(data, desk.id);
    const items = itemsOfDesk(data, desk.id);
    const deskStaff = staffOfDesk(data, desk.id).filter((user) => user.active);
    const requestors = data.requestors.filter((requestor) => requestor.client_id === client.id);
    const priorities = data.priorities.filter((priority) => priority.desk_id === desk.id);
    const createdAt = toBrasiliaIso(new Date(FIRST_DAY + Math.floor((index / spec.ticketCount) * SPAN_MINUTES) * 60_000 + random.int(0, 600) * 60_000));
    const creator = random.pick(staff);
    const needsItem = desk.require_service_catalog_open_ticket || (state === 'closed' && desk.require_catalog_item_to_close);

    const ticket: TicketRecord = {
      ticket_number: spec.firstTicketNumber + index,
      title: text.title,
      description: text.description,
      state,
      status_id: state === 'open' ? random.pick([1, 1, 2, 2, 3]) : state === 'closed' ? 4 : 5,
      desk_id: desk.id,
      stage_id: state === 'closed' ? stages[stages.length - 1]!.id : random.pick(stages.slice(0, -1)).id,
      client_id: client.id,
      priority_id: random.chance(0.8) ? random.pick(priorities).id : null,
      responsible_id: deskStaff.length > 0 && random.chance(0.85) ? random.pick(deskStaff).id : null,
      services_catalogs_item_id: items.length > 0 && (needsItem || random.chance(0.6)) ? random.pick(items).id : null,
      requestor_id: requestors.length > 0 && random.chance(0.85) ? random.pick(requestors).id : null,
      created_by_id: creator.id,
      updated_by_id: creator.id,
      created_by_way_of: random.pick(CHANNELS),
      created_at: createdAt,
      updated_at: createdAt,
      closed_at: state === 'open' ? null : addMinutes(createdAt, random.int(30, 240 * 60)),
      followers: random.chance(0.2) ? `gerencia@${data.organisation.domain}` : '',
      tags: random.chance(0.3) ? random.sample(TAGS, random.int(1, 2)) : [],
      worked_minutes: state === 'open' ? random.int(0, 90) : random.int(15, 600),
      reopen_count: 0,
      last_reopen_date: null,
      billed: state === 'closed' && random.chance(0.3),
      parent_ticket_number: null,
      entity_values: {},
    };
    if (ticket.closed_at) ticket.updated_at = ticket.closed_at;
    fillEntityValues(data, ticket, random);
    data.tickets.push(ticket);
    addConversation(data, ticket, random, ids, deskStaff.length > 0 ? deskStaff : staff);
  }
  data.sequences.ticketNumber = spec.firstTicketNumber + spec.ticketCount;
  data.sequences.answer = ids.answer();
  data.sequences.internalCommunication = ids.internalCommunication();
  data.sequences.file = ids.file();
}

function pickState(random: SeededRandom): TicketState {
  const roll = random.next();
  return roll < 0.7 ? 'open' : roll < 0.9 ? 'closed' : 'canceled';
}

function fillEntityValues(data: TenantData, ticket: TicketRecord, random: SeededRandom): void {
  for (const field of fieldsOfEntities(data, entitiesOfDesk(data, ticket.desk_id))) {
    if (!random.chance(0.5)) continue;
    const option = field.options ? random.pick(field.options) : null;
    const value =
      field.field_type === 'date' ? `2025-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(10, 28))}`
      : field.field_type === 'checkbox' ? String(random.chance(0.5))
      : field.field_type === 'currency' ? `${random.int(300, 9000)}.${random.int(10, 99)}`
      : field.field_type === 'phone' ? `119${random.int(10000000, 99999999)}`
      : field.field_type === 'email' ? `responsavel@cliente${ticket.client_id}.test`
      : field.field_type === 'link' ? 'https://maps.example.test/local'
      : option ? String(option.id)
      : `PAT-${random.int(1000, 9999)}`;
    ticket.entity_values[field.id] = { value, option_id: option?.id ?? null, country_code: null };
  }
}

function addConversation(
  data: TenantData, ticket: TicketRecord, random: SeededRandom, ids: ConversationIds, staff: TenantData['users'],
): void {
  let clock = ticket.created_at;
  if (random.chance(0.4)) {
    const requestor = data.requestors.find((candidate) => candidate.id === ticket.requestor_id);
    const count = random.int(1, 4);
    for (let n = 0; n < count; n += 1) {
      clock = addMinutes(clock, random.int(10, 600));
      const fromClient = n % 2 === 1 && requestor !== undefined;
      const author = fromClient ? null : random.pick(staff);
      const answer = {
        id: ids.answer(), ticket_number: ticket.ticket_number,
        name: random.pick(fromClient ? CLIENT_REPLY_TEXTS : ANSWER_TEXTS),
        author_user_id: author?.id ?? null, author_name: author?.name ?? requestor!.name,
        answer_time: clock, answer_origin: fromClient ? 'email' : 'web', signature: !fromClient && random.chance(0.5),
      };
      data.answers.push(answer);
      if (fromClient && random.chance(0.5)) addFile(data, ticket, { kind: 'answer', id: answer.id }, clock, ticket.created_by_id, random, ids);
    }
  }
  if (random.chance(0.3)) {
    for (let n = random.int(1, 2); n > 0; n -= 1) {
      clock = addMinutes(clock, random.int(5, 300));
      const author = random.pick(staff);
      const note = {
        id: ids.internalCommunication(), ticket_number: ticket.ticket_number, text: random.pick(INTERNAL_NOTE_TEXTS),
        user_id: author.id, created_at: clock, updated_at: clock,
      };
      data.internalCommunications.push(note);
      if (random.chance(0.3)) addFile(data, ticket, { kind: 'internal_communication', id: note.id }, clock, author.id, random, ids);
    }
  }
  if (random.chance(0.2)) {
    for (let n = random.int(1, 2); n > 0; n -= 1) addFile(data, ticket, { kind: 'ticket' }, ticket.created_at, ticket.created_by_id, random, ids);
  }
}

function addFile(
  data: TenantData, ticket: TicketRecord, owner: FileOwner, createdAt: string, createdById: number,
  random: SeededRandom, ids: ConversationIds,
): void {
  const sample = random.pick(ATTACHMENT_SAMPLES);
  const content = new TextEncoder().encode(sample.text);
  data.files.push({
    id: ids.file(), ticket_number: ticket.ticket_number, owner, name: sample.name, content_type: sample.content_type,
    size: content.length, created_at: createdAt, created_by_id: createdById, content,
  });
}
