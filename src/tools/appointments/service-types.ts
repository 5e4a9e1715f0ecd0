import * as z from 'zod';
import { createAppointmentsApi } from '../../tiflux/resources/appointments.js';
import { defineTool } from '../define-tool.js';
import { inline } from '../format/text.js';
import { dateParam } from '../shared/period.js';
import { ticketNumber } from '../shared/params.js';

export const getTicketServiceTypes = defineTool({
  toolset: 'appointments',
  name: 'get_ticket_service_types',
  title: 'What an appointment on a ticket can be valued against',
  description:
    'Lists what time logged on a TiFlux ticket can be valued against on a given date: the contract riders of ' +
    'the ticket\'s client (contract_rider_id, with the contract name) and the loose services (loose_service_id). ' +
    'Use the ids (or the names) in create_appointment: attendance_kind 2 with a contract rider, 1 with a loose ' +
    'service. date defaults to today and cannot be in the future. Ticket numbers come from list_tickets.',
  input: () => ({
    ticket_number: ticketNumber(),
    date: dateParam('Date the appointment is for (default today; not in the future).').optional(),
  }),
  output: () => ({
    ticket_number: z.string(),
    contract_riders: z.array(
      z.object({
        id: z.number().int().describe('contract_rider_id for create_appointment.'),
        rider_number: z.string().nullable(),
        contract: z.string().nullable(),
        start_date: z.string().nullable(),
        cancel_date: z.string().nullable(),
      }),
    ),
    loose_services: z.array(z.object({ id: z.number().int().describe('loose_service_id for create_appointment.'), name: z.string().nullable() })),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const types = await tiflux.use(createAppointmentsApi).serviceTypes(args.ticket_number, args.date);
    const riders = (types.contract_riders ?? []).map((rider) => ({
      id: rider.id,
      rider_number: rider.rider_number == null ? null : String(rider.rider_number),
      contract: rider.contract?.name ?? null,
      start_date: rider.start_date ?? null,
      cancel_date: rider.cancel_date ?? null,
    }));
    const loose = (types.loose_services ?? []).map((service) => ({ id: service.id, name: service.name ?? null }));
    const on = args.date ? ` on ${args.date}` : ' today';
    const text =
      riders.length || loose.length
        ? [
            `# Service types for ticket #${args.ticket_number}${on}`,
            '## Contract riders (attendance_kind 2, contract_rider_id)',
            ...(riders.length
              ? riders.map((r) => `- ${r.id} · ${inline(r.contract)} · rider ${inline(r.rider_number)} · from ${inline(r.start_date)}${r.cancel_date ? ` to ${r.cancel_date}` : ''}`)
              : ['- none']),
            '## Loose services (attendance_kind 1, loose_service_id)',
            ...(loose.length ? loose.map((s) => `- ${s.id} · ${inline(s.name)}`) : ['- none']),
          ].join('\n')
        : `Nothing to value an appointment against on ticket #${args.ticket_number}${on}: its client has no active ` +
          'contract rider and the organisation has no loose services. Log the appointment without valorization.';
    return { text, structured: { ticket_number: args.ticket_number, contract_riders: riders, loose_services: loose } };
  },
});
