import { createClientRecordsApi } from '../../tiflux/resources/client-records.js';
import type { ClientRecord } from '../../tiflux/schemas/clients.js';
import { defineTool } from '../define-tool.js';
import { inline } from '../format/text.js';
import { changeLines, requireSomeField, type FieldChange } from './changes.js';
import { clientArgs, clientFromArguments } from '../names/client-argument.js';
import { CLIENT_FIELD_NAMES, clientBody, clientFieldArgs, nameArg } from './client-fields.js';
import { withPermission } from './permissions.js';

/** What a field reads as in a client record, for before → after. */
function valueOf(client: ClientRecord, field: (typeof CLIENT_FIELD_NAMES)[number]): unknown {
  switch (field) {
    case 'desk_ids':
    case 'add_all_desks':
      return (client.desks ?? []).map((desk) => `${desk.display_name ?? desk.name ?? ''} (${desk.id})`);
    case 'technical_group_ids':
    case 'add_all_technical_groups':
      return (client.technical_groups ?? []).map((group) => `${group.name ?? ''} (${group.id})`);
    case 'status':
      return client.status === false ? 'inactive' : client.status ? 'active' : null;
    default:
      return (client as Record<string, unknown>)[field] ?? null;
  }
}

const LABELS: Partial<Record<(typeof CLIENT_FIELD_NAMES)[number], string>> = {
  desk_ids: 'desks',
  add_all_desks: 'desks',
  technical_group_ids: 'technical groups',
  add_all_technical_groups: 'technical groups',
};

export const updateClient = defineTool({
  toolset: 'clients',
  name: 'update_client',
  title: 'Update a client',
  description:
    'Changes fields of a TiFlux client. Only the fields you pass are sent (at least one); the answer shows each ' +
    'before → after, as TiFlux stored it. name renames it (client_name only finds it). desk_ids and ' +
    'technical_group_ids REPLACE the current lists: read them with get_client and pass the full new list. status ' +
    'false deactivates the client. Needs the client-management permission.',
  input: () => ({
    ...clientArgs(),
    name: nameArg('New trade name.').optional(),
    social: nameArg('New company name (razão social).').optional(),
    ...clientFieldArgs(),
  }),
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    requireSomeField('update_client', args, CLIENT_FIELD_NAMES);
    const ref = await clientFromArguments(tiflux, 'update_client', args);
    const api = tiflux.use(createClientRecordsApi);
    const before = await api.get(ref.id);
    const after = await withPermission(`update client ${ref.id}`, 'manage clients', () => api.update(ref.id, clientBody(args)));
    // Names and status decide what a name lookup finds: the cached lists would still show the old ones.
    if (args.name !== undefined || args.social !== undefined || args.status !== undefined) tiflux.lookups.forgetClients();
    const changes: FieldChange[] = [];
    const seen = new Set<string>();
    for (const field of CLIENT_FIELD_NAMES) {
      if (args[field] === undefined) continue;
      const label = LABELS[field] ?? field;
      if (seen.has(label)) continue;
      seen.add(label);
      changes.push({ field: label, before: valueOf(before, field), after: valueOf(after, field) });
    }
    return {
      text: [`Updated client **${inline(after.name)}** (id ${after.id}):`, ...changeLines(changes)].join('\n'),
    };
  },
});
