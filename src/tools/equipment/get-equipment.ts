import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { alertsOf, diskOutput, disksOf, inventoryText, updatesOf } from './inventory.js';
import { equipmentFromArguments, equipmentsApi } from './names.js';
import { clientArgs, equipmentArgs, READ_ANNOTATIONS } from './params.js';

export const getEquipment = defineTool({
  toolset: 'equipment',
  name: 'get_equipment',
  title: 'Equipment inventory',
  description:
    'Shows one equipment\'s inventory from the TiFlux agent, what needs attention first: pending critical Windows ' +
    'updates, nearly full disks, antivirus off or outdated, failing S.M.A.R.T. disks, ended warranty. Then each ' +
    'disk\'s free space, system, hardware, network cards and IPs, antivirus, Windows Update, printers, video, sound; ' +
    'all of it in the structured content. Software: list_equipment_softwares. Needs TiFlux\'s "Visualizar recursos" ' +
    'permission and a Tickets licence.',
  input: () => ({
    ...equipmentArgs(),
    ...clientArgs('With equipment_name: only this client\'s equipment'),
    show_entities: z.boolean().default(false).describe('Also return the custom fields (entities).'),
  }),
  output: () => ({
    equipment: z.looseObject({ id: z.number().int(), name: z.string() }).describe('The full inventory, as TiFlux sends it.'),
    disks: z.array(diskOutput()),
    windows_update: z.object({ pending_count: z.number().nullable(), has_critical_pending: z.boolean() }).nullable(),
    alerts: z.array(z.string()).describe('What needs attention, most urgent first.'),
  }),
  annotations: READ_ANNOTATIONS,
  async run(args, { tiflux }) {
    const ref = await equipmentFromArguments(tiflux, 'get_equipment', args);
    const equipment = await equipmentsApi(tiflux).get(ref.id, { show_entities: args.show_entities });
    const today = new Date().toISOString().slice(0, 10);
    return {
      text: inventoryText(equipment, today),
      structured: { equipment, disks: disksOf(equipment), windows_update: updatesOf(equipment), alerts: alertsOf(equipment, today) },
    };
  },
});
