import { createClientRecordsApi } from '../../tiflux/resources/client-records.js';
import { defineTool } from '../define-tool.js';
import { displayValue, inline } from '../format/text.js';
import { entitiesParam, resolveEntityValues } from '../names/entity-values.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { clientDetailOut } from './format.js';
import { withPermission } from './permissions.js';

export const updateClientEntities = defineTool({
  toolset: 'clients',
  name: 'update_client_entities',
  title: 'Set custom fields of a client',
  description:
    'Sets custom-field (entity) values on a TiFlux client. Each value names its field by entity_field_id or by ' +
    'entity_field_name (optionally inside entity_name) among the client custom fields; options of select/checkbox ' +
    'fields by entity_field_option_name or entity_field_option_id (an unknown option lists the valid ones; with an ' +
    'option, value may be omitted). Formats: text/email as is; currency "150.55"; phone digits; link http(s)/ftp; ' +
    'date YYYY-MM-DD; checkbox "true"/"false"; null clears a non-required field. 1–50 values; the others keep theirs. ' +
    'All is resolved before anything is written; the answer shows each field before → after. Fields: get_client with ' +
    'show_entities. Needs the client-management permission.',
  input: () => ({ ...clientArgs(), entities: entitiesParam() }),
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const client = await clientFromArguments(tiflux, 'update_client_entities', args);
    const resolved = await resolveEntityValues(tiflux, args.entities, 'client');
    const api = tiflux.use(createClientRecordsApi);
    const before = clientDetailOut(await api.get(client.id, { show_entities: true }), true);
    const beforeFields = new Map((before.entities ?? []).flatMap((entity) => entity.fields).map((field) => [field.entity_field_id, field]));
    const result = await withPermission(`set the custom fields of client ${client.id}`, 'manage clients', () =>
      api.updateEntities(client.id, resolved.map((entry) => entry.payload)),
    );
    const echoed = new Map(
      (result.entities ?? []).flatMap((entity) => entity.entity_fields ?? []).map((field) => [field.entity_field_id ?? field.id, field]),
    );
    const lines = resolved.map((entry) => {
      const old = beforeFields.get(entry.field.id);
      const name = entry.field.name ?? old?.name ?? echoed.get(entry.field.id)?.name ?? `field ${entry.field.id}`;
      const after = entry.payload.value === null ? null : entry.option ? entry.option.label : entry.payload.value;
      return `- ${inline(name)} (entity_field_id ${entry.field.id}): ${displayValue(old?.value)} → ${displayValue(after)}`;
    });
    return {
      text: [
        `Updated ${resolved.length} custom field value${resolved.length === 1 ? '' : 's'} of ` +
          `${clientLabel({ id: before.id, name: before.name })}:`,
        ...lines,
      ].join('\n'),
    };
  },
});
