/** The `tickets` family, in the original server's order (clients show tools in list order). */
import type { ToolDefinition } from '../define-tool.js';
import { createInternalCommunication } from '../internal-communications/create-internal-communication.js';
import { getInternalCommunication } from '../internal-communications/get-internal-communication.js';
import { listInternalCommunications } from '../internal-communications/list-internal-communications.js';
import { cancelTicket } from './cancel-ticket.js';
import { closeTicket } from './close-ticket.js';
import { createTicketAnswer } from './create-ticket-answer.js';
import { createTicket } from './create-ticket.js';
import { getTicketFiles } from './get-ticket-files.js';
import { getTicket } from './get-ticket.js';
import { listTickets } from './list-tickets.js';
import { updateTicketEntities } from './update-ticket-entities.js';
import { updateTicket } from './update-ticket.js';

export const ticketTools: readonly ToolDefinition[] = [
  getTicket,
  createTicket,
  updateTicket,
  listTickets,
  cancelTicket,
  closeTicket,
  createTicketAnswer,
  getTicketFiles,
  updateTicketEntities,
  createInternalCommunication,
  listInternalCommunications,
  getInternalCommunication,
];
