// Seed: known histories, SLA passages and checklists on the fixture tickets (SANDBOX_FIXTURES), the same kinds on
// one ticket of a desk the non-admin attendant does not serve, and ratings on most closed tickets, so the
// satisfaction report has two periods to compare.

import { addMinutes } from '../../data/dates.js';
import { SANDBOX_FIXTURES } from '../tickets/fixtures.js';
import { SeededRandom } from '../../data/random.js';
import type { TenantData, TenantId } from '../../data/types.js';
import type { TicketRecord } from '../tickets/records.js';
import type { ChecklistRecord } from './records.js';

/** Ids the tests and sample calls name. */
export const TICKET_RECORD_FIXTURES = {
  /** Required checklist on the open fixture ticket, with a blank required text field at index 0. */
  openChecklistId: 7701,
  /** Complete checklist on the closed fixture ticket (closed: not editable). */
  closedChecklistId: 7702,
} as const;

const COMMENTS = ['Ótimo atendimento, muito rápido!', 'Resolveram, mas demorou.', 'Não resolveu o problema.', '', 'Atendente muito educada.', ''];

export function seedTicketRecords(data: TenantData, tenantId: TenantId): void {
  data.histories = [];
  data.stageSlas = [];
  data.checklists = [];
  data.ratings = [];
  seedRatings(data, tenantId);
  if (tenantId !== 'main') return;
  const open = data.tickets.find((ticket) => ticket.ticket_number === SANDBOX_FIXTURES.openTicket)!;
  const closed = data.tickets.find((ticket) => ticket.ticket_number === SANDBOX_FIXTURES.closedTicket)!;
  const financeDesk = data.desks.find((desk) => desk.display_name === 'Financeiro')!;
  const other = data.tickets.find((ticket) => ticket.desk_id === financeDesk.id && ticket.state === 'open')!;
  for (const ticket of [open, closed, other]) seedTimeline(data, ticket);
  data.checklists.push(
    vpnChecklist(open, TICKET_RECORD_FIXTURES.openChecklistId),
    { ...vpnChecklist(closed, TICKET_RECORD_FIXTURES.closedChecklistId), required: false, fields: [
      { index: 0, title: 'Modelo da impressora', type: 'text', required: true, value: 'HP LaserJet M428', options: [] },
    ] },
    {
      id: null, ticket_number: open.ticket_number, name: 'Anotações do técnico', description: 'Adicionado manualmente', required: false,
      created_at: addMinutes(open.created_at, 10), updated_at: addMinutes(open.created_at, 10),
      fields: [{ index: 0, title: 'Observações', type: 'textarea', required: false, value: 'Cliente usa Windows 11', options: [] }],
    },
    { ...vpnChecklist(other, 7703), name: 'Conferência financeira' },
  );
}

function vpnChecklist(ticket: TicketRecord, id: number): ChecklistRecord {
  return {
    id, ticket_number: ticket.ticket_number, name: 'Checklist de atendimento VPN', description: 'Preencher antes de encerrar',
    required: true, created_at: addMinutes(ticket.created_at, 5), updated_at: addMinutes(ticket.created_at, 5),
    fields: [
      { index: 0, title: 'Versão do cliente VPN', type: 'text', required: true, value: null, options: [] },
      {
        index: 1, title: 'Tipo de conexão', type: 'radio', required: true, value: 'b', options: [
          { id: null, description: 'Selecione', value: false },
          { id: 'a', description: 'Cabo', value: false },
          { id: 'b', description: 'Wi-Fi', value: true },
          { id: 'c', description: '4G', value: false },
        ],
      },
      {
        index: 2, title: 'Testes realizados', type: 'checkbox', required: false, value: null, options: [
          { id: 1, description: 'Ping no concentrador', value: true },
          { id: 2, description: 'Troca de certificado', value: false },
          { id: 3, description: 'Reinstalação do cliente', value: false },
        ],
      },
      { index: 3, title: 'Horas de indisponibilidade', type: 'value', required: false, value: null, options: [] },
    ],
  };
}

function seedTimeline(data: TenantData, ticket: TicketRecord): void {
  const stages = data.stages.filter((stage) => stage.desk_id === ticket.desk_id).sort((a, b) => a.index - b.index);
  const actor = ticket.responsible_id ?? ticket.created_by_id;
  const nextHistory = () => 5_000_001 + data.histories.length;
  const reached = Math.max(1, stages.findIndex((stage) => stage.id === ticket.stage_id));
  for (let step = 1; step <= reached; step++) {
    const at = addMinutes(ticket.created_at, step * 35);
    data.histories.push({
      id: nextHistory(), ticket_number: ticket.ticket_number, history_of: 0, action: 'Etapa alterada', user_id: actor,
      created_at: at, _type: 'Ticket', type_id_attr: 1, _operation: 'updated',
      changes: { fields: ['stage'], old_values: { stage: stages[step - 1]!.name }, new_values: { stage: stages[step]!.name } },
    });
  }
  data.histories.push({
    id: nextHistory(), ticket_number: ticket.ticket_number, history_of: 0, action: 'Prioridade alterada', user_id: actor,
    created_at: addMinutes(ticket.created_at, 12), _type: 'Ticket', type_id_attr: 2, _operation: 'updated',
    changes: { fields: ['priority'], old_values: { priority: 'Média' }, new_values: { priority: { id: ticket.priority_id, name: 'Alta' } } },
  });
  data.histories.push(
    {
      id: nextHistory(), ticket_number: ticket.ticket_number, history_of: 1, action: 'Apontamento criado', user_id: actor,
      created_at: addMinutes(ticket.created_at, 100), _type: 'Appointment', type_id_attr: 3, _operation: 'created',
      changes: { fields: ['init_time', 'end_time'], old_values: {}, new_values: { init_time: '09:00', end_time: '10:30' } },
    },
    {
      id: nextHistory(), ticket_number: ticket.ticket_number, history_of: 1, action: 'Apontamento alterado', user_id: actor,
      created_at: addMinutes(ticket.created_at, 130), _type: 'Appointment', type_id_attr: 3, _operation: 'updated',
      changes: { fields: ['end_time'], old_values: { end_time: '10:30' }, new_values: { end_time: '11:00' } },
    },
  );
  for (let step = 0; step <= reached; step++) {
    const entered = addMinutes(ticket.created_at, step * 35);
    const current = step === reached && ticket.state === 'open';
    data.stageSlas.push({
      id: 6_000_001 + data.stageSlas.length, ticket_number: ticket.ticket_number, stage_id: stages[step]!.id, desk_id: ticket.desk_id,
      duration_in_expedient: current ? '00:00' : '00:35', sla_attended: step % 3 !== 2, expiration: addMinutes(entered, 60),
      created_at: entered, created_by_id: actor, attended_at: current ? null : addMinutes(entered, 35), attended_by_id: current ? null : actor,
    });
  }
}

function seedRatings(data: TenantData, tenantId: TenantId): void {
  const random = new SeededRandom(tenantId === 'main' ? 13_1301 : 13_1302);
  for (const ticket of data.tickets) {
    if (ticket.state !== 'closed' || ticket.closed_at === null || !random.chance(0.7)) continue;
    data.ratings.push({
      ticket_number: ticket.ticket_number, rating: random.pick([5, 5, 5, 4, 4, 3, 2, 1]), comments: random.pick(COMMENTS),
      revised_in_time: addMinutes(ticket.closed_at, random.int(30, 3000)),
    });
  }
}
