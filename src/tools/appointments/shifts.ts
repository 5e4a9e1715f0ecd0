import * as z from 'zod';
import { createAppointmentsApi } from '../../tiflux/resources/appointments.js';
import { defineTool } from '../define-tool.js';
import { inline } from '../format/text.js';
import { idParam, ticketNumber } from '../shared/params.js';

export const getTicketShifts = defineTool({
  toolset: 'appointments',
  name: 'get_ticket_shifts',
  title: 'Travel (displacement) options for a ticket',
  description:
    'Lists the shifts (displacements: the travel to the client that an external appointment can charge) usable ' +
    'on a TiFlux ticket, each with its id, name and scope (All, Client, Contract or Shared). Pass contract_id to ' +
    'see the shifts of one contract. Use the id (shift_id) or name (shift_name) in create_appointment with ' +
    'attendance 1 (external). Ticket numbers come from list_tickets.',
  input: () => ({
    ticket_number: ticketNumber(),
    contract_id: idParam('Only the shifts of this contract (optional).').optional(),
  }),
  output: () => ({
    ticket_number: z.string(),
    shifts: z.array(
      z.object({
        id: z.number().int().describe('shift_id for create_appointment.'),
        name: z.string().nullable(),
        reference: z.string().nullable().describe('Scope: All, Client, Contract or Shared.'),
        contract: z.string().nullable(),
        client: z.string().nullable(),
      }),
    ),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const shifts = (await tiflux.use(createAppointmentsApi).shifts(args.ticket_number, args.contract_id)).map((shift) => ({
      id: shift.id,
      name: shift.name ?? null,
      reference: shift.reference ?? null,
      contract: shift.contract?.name ?? null,
      client: shift.client?.name ?? null,
    }));
    const text = shifts.length
      ? [
          `# Shifts for ticket #${args.ticket_number}${args.contract_id ? ` (contract ${args.contract_id})` : ''}`,
          ...shifts.map(
            (s) => `- ${s.id} · **${inline(s.name)}** · ${inline(s.reference)}${s.contract ? ` · contract ${s.contract}` : ''}${s.client ? ` · client ${s.client}` : ''}`,
          ),
        ].join('\n')
      : `No shifts are available for ticket #${args.ticket_number}${args.contract_id ? ` under contract ${args.contract_id}` : ''}.`;
    return { text, structured: { ticket_number: args.ticket_number, shifts } };
  },
});
