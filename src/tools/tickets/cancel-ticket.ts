import { stateChangeTool } from './change-ticket-state.js';

export const cancelTicket = stateChangeTool({
  name: 'cancel_ticket',
  title: 'Cancel a ticket',
  description:
    'Cancels a TiFlux ticket (for requests that will not be handled; use close_ticket when the work is done). ' +
    'TiFlux refuses tickets that are already closed or cancelled, and desks that do not allow cancelling; the ' +
    'answer then says why. Ticket numbers come from list_tickets.',
  past: 'was cancelled',
  call: (tiflux, ticketNumber) => tiflux.tickets.cancel(ticketNumber),
});
