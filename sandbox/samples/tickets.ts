// One valid call per `tickets` tool against the seeded sandbox (admin key).
import { SANDBOX_FIXTURES } from '../data/main-fixtures.js';
import type { SampleCalls } from './sample.js';

const open = String(SANDBOX_FIXTURES.openTicket);

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
};
