import { defineTool } from '../define-tool.js';
import { ToolError } from '../tool-error.js';
import { checkDates, classification, classificationArgs, writtenLine, writtenOutput, writtenRow } from './equipment-write.js';
import { clientFromArguments, equipmentsApi } from './names.js';
import { clientArgs, equipmentNameParam } from './params.js';

export const createEquipment = defineTool({
  toolset: 'equipment',
  name: 'create_equipment',
  title: 'Register equipment',
  description:
    'Registers a client\'s equipment (its inventory arrives once the TiFlux agent runs on it). Needs name, client ' +
    'and type. The group must be one of the client\'s; without one TiFlux takes the client\'s first group. ' +
    'warranty_date may not precede acquisition_date. Needs TiFlux\'s "Gerenciar recursos" permission and a Tickets ' +
    'licence.',
  input: () => ({
    name: equipmentNameParam('Equipment name, e.g. "PPQ-CAIXA-03".'),
    ...clientArgs('The client that owns it'),
    ...classificationArgs(),
  }),
  output: writtenOutput,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    checkDates(args.acquisition_date, args.warranty_date);
    const client = await clientFromArguments(tiflux, args);
    if (!client) throw new ToolError('create_equipment needs the client that owns the equipment: pass client_id or client_name.');
    if (args.equipment_type_id === undefined && args.equipment_type_name === undefined) {
      throw new ToolError('create_equipment needs the equipment type: pass equipment_type_id or equipment_type_name (list_equipment_types).');
    }
    const ids = await classification(tiflux, args, async () => client.id);
    const created = writtenRow(
      await equipmentsApi(tiflux).create({
        name: args.name, client_id: client.id, ...ids, acquisition_date: args.acquisition_date, warranty_date: args.warranty_date,
      }),
    );
    return { text: `Registered ${writtenLine(created)}.`, structured: { equipment: created } };
  },
});
