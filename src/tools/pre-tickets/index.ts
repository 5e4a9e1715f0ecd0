/** The `pre_tickets` family: requests waiting to become tickets. */
import type { ToolDefinition } from '../define-tool.js';
import { createPreTicket } from './create-pre-ticket.js';
import { listPreTickets } from './list-pre-tickets.js';

export const preTicketTools: readonly ToolDefinition[] = [listPreTickets, createPreTicket];
