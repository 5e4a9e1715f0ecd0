/** What create_equipment and update_equipment share: type and group by name, dates checked, the answer. */
import * as z from 'zod';
import type { TiFluxClient } from '../../tiflux/client.js';
import type { Equipment } from '../../tiflux/schemas/equipment.js';
import { inline } from '../format/text.js';
import { idParam, nameParam } from '../shared/params.js';
import { ToolError } from '../tool-error.js';
import { resolveEquipmentGroup, resolveEquipmentType } from './names.js';
import { dateParam } from './params.js';

export const classificationArgs = () => ({
  equipment_type_id: idParam('Equipment type id. Wins over equipment_type_name.').optional(),
  equipment_type_name: nameParam('Equipment type by name, e.g. "Notebook".').optional(),
  equipment_group_id: idParam('Equipment group id; must be a group of the equipment\'s client.').optional(),
  equipment_group_name: nameParam('Equipment group by name, among the client\'s groups.').optional(),
  acquisition_date: dateParam('Acquisition date, YYYY-MM-DD.').optional(),
  warranty_date: dateParam('Warranty end, YYYY-MM-DD; not before acquisition_date.').optional(),
});

export const writtenOutput = () => ({
  equipment: z.object({
    id: z.number().int(),
    name: z.string(),
    client: z.string().nullable(),
    equipment_type: z.string().nullable(),
    equipment_group: z.string().nullable(),
    acquisition_date: z.string().nullable(),
    warranty_date: z.string().nullable(),
  }),
});

export function checkDates(acquisition: string | undefined | null, warranty: string | undefined | null): void {
  if (acquisition && warranty && warranty < acquisition) {
    throw new ToolError(`warranty_date ${warranty} is before acquisition_date ${acquisition}; nothing was written.`);
  }
}

export async function classification(
  tiflux: TiFluxClient,
  args: { equipment_type_id?: number; equipment_type_name?: string; equipment_group_id?: number; equipment_group_name?: string },
  clientId: () => Promise<number>,
): Promise<{ equipment_type_id?: number; equipment_group_id?: number }> {
  const type = args.equipment_type_id ?? (args.equipment_type_name !== undefined ? (await resolveEquipmentType(tiflux, args.equipment_type_name)).id : undefined);
  const group =
    args.equipment_group_id ??
    (args.equipment_group_name !== undefined ? (await resolveEquipmentGroup(tiflux, await clientId(), args.equipment_group_name)).id : undefined);
  return { equipment_type_id: type, equipment_group_id: group };
}

export function writtenRow(equipment: Equipment) {
  return {
    id: equipment.id,
    name: equipment.name,
    client: equipment.client?.name ?? null,
    equipment_type: equipment.equipment_type?.name ?? null,
    equipment_group: equipment.equipment_group?.name ?? null,
    acquisition_date: equipment.acquisition_date ?? null,
    warranty_date: equipment.warranty_date ?? null,
  };
}

export function writtenLine(row: ReturnType<typeof writtenRow>): string {
  return (
    `**${inline(row.name)}** (id ${row.id}) · ${inline(row.equipment_type)} · group ${inline(row.equipment_group)} · ${inline(row.client)}` +
    ` · acquired ${row.acquisition_date ?? 'unknown'} · warranty until ${row.warranty_date ?? 'unknown'}`
  );
}
