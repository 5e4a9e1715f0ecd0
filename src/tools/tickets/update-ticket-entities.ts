import { defineTool } from '../define-tool.js';
import { displayValue, inline } from '../format/text.js';
import { entitiesParam, resolveEntityValues } from '../names/entity-values.js';
import { ticketNumber } from '../shared/params.js';

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
    'clears a field that is not required. Fields and options may be given by name instead of id.',
  input: () => ({
    ticket_number: ticketNumber(),
    entities: entitiesParam(),
  }),
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const resolved = await resolveEntityValues(tiflux, args.entities, 'ticket');
    const payload = resolved.map((entry) => entry.payload);
    const result = await tiflux.tickets.updateEntities(args.ticket_number, payload);
    const fields = (result.entities ?? []).flatMap((entity) => entity.entity_fields ?? []);
    const sentIds = new Set(payload.map((entity) => entity.entity_field_id));
    const echoed = fields.filter((field) => sentIds.has(field.entity_field_id ?? field.id ?? -1));
    const lines = [
      `Updated ${payload.length} custom field value${payload.length === 1 ? '' : 's'} on ticket **#${args.ticket_number}**.`,
      ...echoed.map(
        (field) => `- ${inline(field.name)} (entity_field_id ${field.entity_field_id ?? field.id}): ${displayValue(field.value)}`,
      ),
    ];
    return { text: lines.join('\n') };
  },
});
