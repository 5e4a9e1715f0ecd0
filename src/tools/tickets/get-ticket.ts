import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { detailTicket, ticketDetailOutput, ticketMarkdown } from '../format/ticket.js';
import { textOffsetParam } from '../format/long-text.js';
import { ticketNumber } from '../shared/params.js';

export const getTicket = defineTool({
  toolset: 'tickets',
  name: 'get_ticket',
  title: 'Get a ticket',
  description:
    'Reads one TiFlux ticket by its number: title, status, priority, client, desk, stage, responsible, catalogue ' +
    'item, dates, followers, links to open it in TiFlux, and the description as plain text (a long one 20,000 ' +
    'characters at a time: description_offset reads on). Set show_entities to ' +
    'also get every custom field linked to the ticket (with the entity_field_id that update_ticket_entities needs), ' +
    'or include_filled_entity for only the filled ones. Use list_tickets to find ticket numbers. For the files, ' +
    'answers and internal notes use get_ticket_files and list_internal_communications.',
  input: () => ({
    ticket_number: ticketNumber(),
    show_entities: z.boolean().optional().describe('Include every custom field linked to the ticket.'),
    include_filled_entity: z.boolean().optional().describe('Include only the custom fields that have a value.'),
    description_offset: textOffsetParam('description'),
  }),
  output: ticketDetailOutput,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const ticket = await detailTicket(
      await tiflux.tickets.get(args.ticket_number, {
        show_entities: args.show_entities,
        include_filled_entity: args.include_filled_entity,
      }),
      args.description_offset,
    );
    return { text: ticketMarkdown(ticket), structured: ticket };
  },
});
