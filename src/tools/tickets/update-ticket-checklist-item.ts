import * as z from 'zod';
import type { ChecklistItemChange } from '../../tiflux/resources/ticket-records.js';
import { createTicketRecordsApi } from '../../tiflux/resources/ticket-records.js';
import { defineTool } from '../define-tool.js';
import { idParam, ticketNumber } from '../shared/params.js';
import { ToolError } from '../tool-error.js';
import { checklistFieldOutput, checklistRow, fieldMarkdown } from './checklist-format.js';

export const updateTicketChecklistItem = defineTool({
  toolset: 'tickets',
  name: 'update_ticket_checklist_item',
  title: 'Fill one checklist field',
  description:
    'Fills or clears one checklist field (checklist_id, index from get_ticket_checklists) with value (text fields; ' +
    'null clears) or options [{ id, checked }] (radio, checkbox), not both. Says whether closing is still blocked.',
  input: () => ({
    ticket_number: ticketNumber('Ticket number, e.g. "84429".'),
    checklist_id: idParam('Checklist id.'),
    index: z
      .number({ error: 'must be the field index, a whole number ≥ 0' })
      .int({ error: 'must be the field index, a whole number ≥ 0' })
      .min(0, { error: 'must be the field index, a whole number ≥ 0' })
      .max(10_000)
      .describe('Field index (0 = first).'),
    value: z
      .union([z.string().max(10_000), z.number(), z.null()])
      .optional()
      .describe('Text or number; null clears. Not with options.'),
    options: z
      .array(
        z.strictObject({
          id: z.union([z.string(), z.number(), z.null()]).describe('Option id.'),
          checked: z.boolean().describe('Tick or untick.'),
        }),
      )
      .min(1, { error: 'must list at least one option' })
      .max(200)
      .optional()
      .describe('Radio/checkbox options to change. Not with value.'),
  }),
  output: () => ({
    ticket_number: z.string(),
    checklist_id: z.number().int(),
    checklist_name: z.string().nullable(),
    pending: z.boolean(),
    field: checklistFieldOutput().nullable(),
  }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const hasValue = args.value !== undefined;
    const hasOptions = args.options !== undefined;
    if (hasValue === hasOptions) {
      throw new ToolError(
        hasValue
          ? 'Give either value or options, not both: value is for text, textarea and value fields, options for radio and checkbox fields. Nothing was changed.'
          : 'Give value (text, textarea and value fields; null clears a field) or options (radio and checkbox fields). Nothing was changed.',
      );
    }
    const change: ChecklistItemChange = hasOptions ? { options: args.options! } : { value: args.value ?? null };
    const checklist = checklistRow(
      await tiflux.use(createTicketRecordsApi).updateChecklistItem(args.ticket_number, args.checklist_id, args.index, change),
    );
    const field = checklist.fields.find((candidate) => candidate.index === args.index) ?? null;
    const text = [
      `Updated field ${args.index} of checklist **${checklist.name ?? args.checklist_id}** on ticket **#${args.ticket_number}**.`,
      field ? fieldMarkdown(field).trimStart() : '(TiFlux did not return the field.)',
      checklist.pending ? 'The checklist is still pending: a required field is blank, so the ticket cannot be closed yet.' : 'The checklist no longer blocks closing.',
    ].join('\n');
    return {
      text,
      structured: { ticket_number: args.ticket_number, checklist_id: args.checklist_id, checklist_name: checklist.name, pending: checklist.pending, field },
    };
  },
});
