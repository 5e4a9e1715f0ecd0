import { given } from '../../tiflux/endpoint.js';
import { defineTool } from '../define-tool.js';
import { ToolError } from '../tool-error.js';
import { checkDates, classification, classificationArgs, writtenLine, writtenOutput, writtenRow } from './equipment-write.js';
import { equipmentFromArguments, equipmentsApi } from './names.js';
import { clientArgs, equipmentArgs, equipmentNameParam } from './params.js';

export const updateEquipment = defineTool({
  toolset: 'equipment',
  name: 'update_equipment',
  title: 'Update equipment',
  description:
    'Changes the name, type, group or dates of equipment; only the fields given change. The client cannot change, ' +
    'and a new group must be the client\'s. warranty_date may not end up before acquisition_date (a stored value ' +
    'counts). Needs TiFlux\'s "Gerenciar recursos" permission and a Tickets licence.',
  input: () => ({
    ...equipmentArgs(),
    ...clientArgs('With equipment_name: only this client\'s equipment'),
    name: equipmentNameParam('New name.').optional(),
    ...classificationArgs(),
  }),
  output: writtenOutput,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const wanted = [args.name, args.equipment_type_id, args.equipment_type_name, args.equipment_group_id, args.equipment_group_name, args.acquisition_date, args.warranty_date];
    if (wanted.every((value) => value === undefined)) {
      throw new ToolError('update_equipment needs something to change: name, equipment type, equipment group, acquisition_date or warranty_date. Nothing was sent.');
    }
    checkDates(args.acquisition_date, args.warranty_date);
    const ref = await equipmentFromArguments(tiflux, 'update_equipment', args);
    const api = equipmentsApi(tiflux);
    // The stored record is needed only to compare a lone date with its partner, or to find the client's groups.
    const needsCurrent = (args.acquisition_date === undefined) !== (args.warranty_date === undefined) || args.equipment_group_name !== undefined;
    const current = needsCurrent ? await api.get(ref.id) : undefined;
    if (current) checkDates(args.acquisition_date ?? current.acquisition_date, args.warranty_date ?? current.warranty_date);
    const ids = await classification(tiflux, args, async () => {
      const clientId = current?.client?.id;
      if (clientId === undefined || clientId === null) throw new ToolError(`TiFlux did not say which client equipment ${ref.id} belongs to; pass equipment_group_id instead.`);
      return clientId;
    });
    const updated = writtenRow(
      await api.update(ref.id, given({ name: args.name, ...ids, acquisition_date: args.acquisition_date, warranty_date: args.warranty_date })),
    );
    return { text: `Updated ${writtenLine(updated)}.`, structured: { equipment: updated } };
  },
});
