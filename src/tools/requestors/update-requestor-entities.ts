import { createRequestorsApi } from '../../tiflux/resources/requestors.js';
import { defineTool } from '../define-tool.js';
import { inline } from '../format/text.js';
import { entitiesParam, resolveEntityValues } from '../names/entity-values.js';
import { idParam } from '../shared/params.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { shownFields } from './format.js';

export const updateRequestorEntities = defineTool({
  toolset: 'requestors',
  name: 'update_requestor_entities',
  title: 'Set custom fields of a requestor',
  description:
    'Sets custom-field values on a requestor of a TiFlux client. Each value names its field by entity_field_id or by ' +
    'entity_field_name (optionally inside entity_name) among the requestor custom fields; options of select/checkbox ' +
    'fields by entity_field_option_name or entity_field_option_id (an unknown option lists the valid ones; with an ' +
    'option, value may be omitted). Formats: text/email as is; currency "150.55"; phone digits; link http(s)/ftp; ' +
    'date YYYY-MM-DD; checkbox "true"/"false"; null clears a non-required field. 1–50 values; the others keep theirs. ' +
    'All is resolved before anything is written; the answer shows each field before → after.',
  input: () => ({
    ...clientArgs(),
    requestor_id: idParam('Requestor id (list_requestors, search_requestor).'),
    entities: entitiesParam(),
  }),
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const client = await clientFromArguments(tiflux, 'update_requestor_entities', args, 'requestors belong to a client');
    const resolved = await resolveEntityValues(tiflux, args.entities, 'solicitant');
    const api = tiflux.use(createRequestorsApi);
    const before = await api.get(client.id, args.requestor_id, { include_entity_fields: true });
    const beforeFields = new Map(
      (before.entities ?? [])
        .flatMap((entity) => shownFields(entity.entity_fields as Record<string, unknown>[] | null | undefined))
        .map((field) => [field.entity_field_id, field]),
    );
    const result = await api.updateEntities(client.id, args.requestor_id, resolved.map((entry) => entry.payload));
    const echoed = new Map(
      (result.entities ?? []).flatMap((entity) => entity.entity_fields ?? []).map((field) => [field.entity_field_id ?? field.id, field]),
    );
    const lines = resolved.map((entry) => {
      const old = beforeFields.get(entry.field.id);
      const name = entry.field.name ?? old?.name ?? (echoed.get(entry.field.id)?.name as string | undefined) ?? `field ${entry.field.id}`;
      const after = entry.payload.value === null ? '(empty)' : entry.option ? entry.option.label : entry.payload.value;
      return `- ${inline(name)} (entity_field_id ${entry.field.id}): ${inline(old?.value ?? '(empty)')} → ${inline(after)}`;
    });
    return {
      text: [
        `Updated ${resolved.length} custom field value${resolved.length === 1 ? '' : 's'} of requestor ` +
          `**${inline(before.name)}** (requestor_id ${args.requestor_id}) of ${clientLabel(client)}:`,
        ...lines,
      ].join('\n'),
    };
  },
});
