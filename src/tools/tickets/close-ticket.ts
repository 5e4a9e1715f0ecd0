import { stateChangeTool } from './change-ticket-state.js';

export const closeTicket = stateChangeTool({
  name: 'close_ticket',
  title: 'Close a ticket',
  description:
    'Closes (finishes) a TiFlux ticket whose work is done; use cancel_ticket for a request that will not be ' +
    'handled. TiFlux may refuse, e.g. when the ticket is already closed or its desk requires a catalogue item ' +
    'first; the answer then says why. Ticket numbers come from list_tickets.',
  past: 'was closed',
  call: (tiflux, ticketNumber) => tiflux.tickets.close(ticketNumber),
});
