import * as z from 'zod';
import { createTicketRecordsApi } from '../../tiflux/resources/ticket-records.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { limitParam, offsetParam, ticketNumber } from '../shared/params.js';
import { checklistLine, checklistMarkdown, checklistOutput, checklistRow } from './checklist-format.js';

export const getTicketChecklists = defineTool({
  toolset: 'tickets',
  name: 'get_ticket_checklists',
  title: 'Checklists of a ticket',
  description:
    'Checklists of a TiFlux ticket with every field (index, type, filled, value or options with ids); ' +
    'pending_checklists block closing. update_ticket_checklist_item fills one.',
  input: () => ({ ticket_number: ticketNumber('Ticket number, e.g. "84429".'), offset: offsetParam(), limit: limitParam() }),
  output: () => ({
    ticket_number: z.string(),
    checklists: z.array(checklistOutput()),
    pending_checklists: z.array(z.string()).describe('Names of the checklists that block closing.'),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const page = await tiflux.use(createTicketRecordsApi).checklists(args.ticket_number, { offset: args.offset, limit: args.limit });
    const checklists = page.items.map(checklistRow);
    const pending = checklists.filter((c) => c.pending).map((c) => c.name ?? `checklist ${c.id ?? '—'}`);
    const info = pageInfoOf(page);
    const text = checklists.length
      ? renderList(
          {
            heading: `Checklists of ticket #${args.ticket_number}`,
            lead: [pending.length ? `Closing is blocked by: ${pending.join(', ')} (required fields still blank).` : 'No checklist blocks closing.'],
            rows: checklists.map(checklistMarkdown),
            compactRows: checklists.map(checklistLine),
            info,
            plural: 'checklists',
          },
          verbosity,
        )
      : `Ticket #${args.ticket_number} has no checklists${info.offset > 1 ? ` on page ${info.offset}` : ''}.`;
    return { text, structured: { ticket_number: args.ticket_number, checklists, pending_checklists: pending, ...info } };
  },
});
