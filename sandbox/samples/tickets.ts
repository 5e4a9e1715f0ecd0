// One valid call per `tickets` tool against the seeded sandbox (admin key).
import { SANDBOX_FIXTURES } from '../families/tickets/index.js';
import { TICKET_RECORD_FIXTURES } from '../families/ticket-records/index.js';
import type { SampleCalls } from './sample.js';

const open = String(SANDBOX_FIXTURES.openTicket);
const closed = String(SANDBOX_FIXTURES.closedTicket);

export const ticketSamples: SampleCalls = {
  get_ticket: { ticket_number: open },
  create_ticket: {
    title: 'Teste',
    description: 'Teste',
    client_name: 'Padaria Pão Quente',
    desk_name: 'Suporte',
    responsible_name: 'Ana Souza',
    catalog_item_name: 'Liberação de acesso ao VPN',
  },
  update_ticket: { ticket_number: open, title: 'Novo título' },
  list_tickets: { desk_name: 'Suporte' },
  cancel_ticket: { ticket_number: String(SANDBOX_FIXTURES.quietTicket) },
  close_ticket: { ticket_number: open },
  create_ticket_answer: { ticket_number: open, text: 'Olá' },
  get_ticket_files: { ticket_number: open },
  update_ticket_entities: { ticket_number: open, entities: [{ entity_field_id: 72, value: 'PAT-1' }] },
  create_internal_communication: { ticket_number: open, text: 'Nota' },
  list_internal_communications: { ticket_number: open },
  get_internal_communication: { ticket_number: open, communication_id: '919999' },
  list_ticket_answers: { ticket_number: open },
  get_ticket_answer: { ticket_number: open, answer_id: '609998' },
  delete_ticket_answer: { ticket_number: open, answer_id: '609997' },
  delete_ticket_answer_file: { answer_id: '609998', file_id: '439999' },
  upload_ticket_files: { ticket_number: open, files_base64: [{ filename: 'nota.txt', content: Buffer.from('Olá').toString('base64') }] },
  delete_ticket_file: { ticket_number: open, file_id: '439997' },
  get_ticket_histories: { ticket_number: open, history_of: 0 },
  get_ticket_stages_slas: { ticket_number: open },
  get_ticket_checklists: { ticket_number: open },
  update_ticket_checklist_item: { ticket_number: open, checklist_id: TICKET_RECORD_FIXTURES.openChecklistId, index: 0, value: '5.2.1' },
  reopen_ticket: { ticket_number: closed, disapproval_reason: 'Cliente informou que o problema voltou' },
  update_internal_communication: { ticket_number: closed, communication_id: String(SANDBOX_FIXTURES.adminNote), text: '**Toner** trocado e testado.' },
  delete_internal_communication: { ticket_number: open, communication_id: '919998' },
};
