import * as z from 'zod';
import { renderList } from '../format/list.js';
import type { EquipmentListItem } from '../../tiflux/schemas/equipment.js';
import { defineTool } from '../define-tool.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline } from '../format/text.js';
import { limitParam, offsetParam } from '../shared/params.js';
import { clientFromArguments, equipmentsApi } from './names.js';
import { clientArgs, READ_ANNOTATIONS } from './params.js';

function equipmentOutput() {
  return z.object({
    id: z.number().int(),
    name: z.string(),
    client: z.string().nullable(),
    equipment_type: z.string().nullable(),
    equipment_group: z.string().nullable(),
    has_agent: z.boolean(),
    online: z.boolean().nullable().describe('Known only for equipment with the agent.'),
    ipv4: z.string().nullable(),
    agent_version: z.string().nullable(),
    manufacturer: z.object({ name: z.string().nullable(), model: z.string().nullable(), serial: z.string().nullable() }).nullable(),
    system: z.object({ name: z.string().nullable(), version: z.string().nullable(), kernel: z.string().nullable(), timezone: z.string().nullable() }).nullable(),
  });
}
type EquipmentRow = z.output<ReturnType<typeof equipmentOutput>>;

function rowOf(item: EquipmentListItem): EquipmentRow {
  const agentVersion = item.agent?.version ?? null;
  const m = item.manufacturer;
  const s = item.system;
  return {
    id: item.id,
    name: item.name,
    client: item.client?.name ?? null,
    equipment_type: item.equipment_type?.name ?? null,
    equipment_group: item.equipment_group?.name ?? null,
    has_agent: agentVersion !== null,
    // TiFlux's online/ipv4 mean something only when the agent reports.
    online: agentVersion !== null ? item.online === true : null,
    ipv4: agentVersion !== null ? (item.ipv4 ?? null) : null,
    agent_version: agentVersion,
    manufacturer: m ? { name: m.name ?? null, model: m.model ?? null, serial: m.serial ?? null } : null,
    system: s ? { name: s.name ?? null, version: s.version ?? null, kernel: s.kernel ?? null, timezone: s.timezone ?? null } : null,
  };
}

function line(row: EquipmentRow): string {
  const parts = [
    `- **${inline(row.name)}** (id ${row.id})`,
    inline(row.equipment_type),
    `group ${inline(row.equipment_group)}`,
    inline(row.client),
    row.has_agent ? `${row.online ? 'online' : 'offline'}${row.ipv4 ? ` ${row.ipv4}` : ''} · agent ${row.agent_version}` : 'no agent',
  ];
  if (row.manufacturer) parts.push(`${inline(row.manufacturer.name)} ${inline(row.manufacturer.model, '')} (serial ${inline(row.manufacturer.serial)})`.replace(/ +/g, ' '));
  if (row.system) parts.push(`${inline(row.system.name)} ${inline(row.system.version, '')}`.trim());
  return parts.join(' · ');
}

export const listEquipments = defineTool({
  toolset: 'equipment',
  name: 'list_equipments',
  title: 'List equipment',
  description:
    'Lists client equipment (computers, servers, printers, network devices): type, group, client and, with the ' +
    'TiFlux agent, online state and IP. Full inventory: get_equipment. Needs TiFlux\'s "Visualizar recursos" ' +
    'permission and a Tickets licence.',
  input: () => ({
    ...clientArgs('Only equipment of this client'),
    include_manufacturer: z.boolean().default(false).describe('Add manufacturer, model, serial number.'),
    include_system: z.boolean().default(false).describe('Add the operating system.'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({ equipments: z.array(equipmentOutput()), ...pageInfoOutput() }),
  annotations: READ_ANNOTATIONS,
  async run(args, { tiflux, verbosity }) {
    const client = await clientFromArguments(tiflux, args);
    const page = await equipmentsApi(tiflux).list({
      client_id: client?.id, include_manufacturer: args.include_manufacturer, include_system: args.include_system,
      offset: args.offset, limit: args.limit,
    });
    const rows = page.items.map(rowOf);
    const info = pageInfoOf(page);
    const scope = client ? ` of client ${client.name ?? client.id}` : '';
    const text = rows.length
      ? renderList({ heading: `Equipment${scope}`, rows: rows.map(line), info, plural: 'equipment' }, verbosity)
      : info.offset > 1 && (info.total ?? 0) > 0
        ? `No equipment on page ${info.offset}: the ${info.total} equipment end before it.`
        : `No equipment${scope}.`;
    return { text, structured: { equipments: rows, ...info } };
  },
});
