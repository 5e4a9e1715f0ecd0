/** The `tickets` family, in the original server's order (clients show tools in list order). */
import type { ToolDefinition } from '../define-tool.js';
import { createInternalCommunication } from '../internal-communications/create-internal-communication.js';
import { getInternalCommunication } from '../internal-communications/get-internal-communication.js';
import { listInternalCommunications } from '../internal-communications/list-internal-communications.js';
import { updateInternalCommunication } from '../internal-communications/update-internal-communication.js';
import { deleteInternalCommunication } from '../internal-communications/delete-internal-communication.js';
import { listTicketAnswers } from './list-ticket-answers.js';
import { getTicketAnswer } from './get-ticket-answer.js';
import { deleteTicketAnswer } from './delete-ticket-answer.js';
import { deleteTicketAnswerFile } from './delete-ticket-answer-file.js';
import { uploadTicketFiles } from './upload-ticket-files.js';
import { deleteTicketFile } from './delete-ticket-file.js';
import { getTicketHistories } from './get-ticket-histories.js';
import { getTicketStagesSlas } from './get-ticket-stages-slas.js';
import { getTicketChecklists } from './get-ticket-checklists.js';
import { updateTicketChecklistItem } from './update-ticket-checklist-item.js';
import { reopenTicket } from './reopen-ticket.js';
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
  // Added for parity with TiFlux's later server (docs/tickets.md).
  listTicketAnswers,
  getTicketAnswer,
  deleteTicketAnswer,
  deleteTicketAnswerFile,
  uploadTicketFiles,
  deleteTicketFile,
  getTicketHistories,
  getTicketStagesSlas,
  getTicketChecklists,
  updateTicketChecklistItem,
  reopenTicket,
  updateInternalCommunication,
  deleteInternalCommunication,
];
