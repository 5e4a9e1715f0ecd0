import * as z from 'zod';
import { MAX_ENTITIES_PER_UPDATE } from '../../tiflux/client.js';
import { defineTool } from '../define-tool.js';
import { displayValue, inline } from '../format/text.js';
import { idParam, ticketNumber } from '../shared/params.js';

function entityValue() {
  return z.strictObject({
    entity_field_id: idParam('The custom field id (get_ticket with show_entities shows it).'),
    value: z
      .string()
      .max(10_000)
      .nullable()
      .describe(
        'text/email: as is; currency: "150.55"; phone: digits; link: starts with http(s)/ftp; date: YYYY-MM-DD; ' +
          'single_select: the option id as a string; checkbox: "true"/"false". null clears a non-required field.',
      ),
    entity_field_option_id: idParam('For a multi-option checkbox: the option this value is for.').optional(),
    country_code: z
      .string()
      .regex(/^[A-Za-z]{2}$/, { error: 'must be a 2-letter country code, e.g. "US"' })
      .optional()
      .describe('For phone fields outside Brazil: the 2-letter country code.'),
  });
}

export const updateTicketEntities = defineTool({
  toolset: 'tickets',
  name: 'update_ticket_entities',
  title: 'Set custom fields of a ticket',
  description:
    'Sets custom-field (entity) values on a TiFlux ticket. Get the fields, their entity_field_id and type with ' +
    'get_ticket and show_entities: true. Pass 1 to 50 values; fields you do not list keep their values. Value ' +
    'formats by type: text/email as is; currency "150.55"; phone digits only (plus country_code outside Brazil); ' +
    'link starting with http(s)/ftp; date YYYY-MM-DD; single_select the option id as a string; checkbox ' +
    '"true"/"false" (one entry per option, with entity_field_option_id, for multi-option checkboxes). null ' +
    'clears a field that is not required.',
  input: () => ({
    ticket_number: ticketNumber(),
    entities: z
      .array(entityValue())
      .min(1, { error: 'must hold at least one field value' })
      .max(MAX_ENTITIES_PER_UPDATE, { error: `accepts at most ${MAX_ENTITIES_PER_UPDATE} field values per call` })
      .describe(`The values to set, 1 to ${MAX_ENTITIES_PER_UPDATE}.`),
  }),
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const result = await tiflux.tickets.updateEntities(args.ticket_number, args.entities);
    const fields = (result.entities ?? []).flatMap((entity) => entity.entity_fields ?? []);
    const sentIds = new Set(args.entities.map((entity) => entity.entity_field_id));
    const echoed = fields.filter((field) => sentIds.has(field.entity_field_id ?? field.id ?? -1));
    const lines = [
      `Updated ${args.entities.length} custom field value${args.entities.length === 1 ? '' : 's'} on ticket **#${args.ticket_number}**.`,
      ...echoed.map(
        (field) => `- ${inline(field.name)} (entity_field_id ${field.entity_field_id ?? field.id}): ${displayValue(field.value)}`,
      ),
    ];
    return { text: lines.join('\n') };
  },
});
