/** The `equipment` family: client equipment, its agent inventory and installed software, groups and types. */
import type { ToolDefinition } from '../define-tool.js';
import { createEquipment } from './create-equipment.js';
import { getEquipment } from './get-equipment.js';
import { listEquipmentGroups } from './list-equipment-groups.js';
import { listEquipmentSoftwares } from './list-equipment-softwares.js';
import { listEquipmentTypes } from './list-equipment-types.js';
import { listEquipments } from './list-equipments.js';
import { updateEquipment } from './update-equipment.js';

export const equipmentTools: readonly ToolDefinition[] = [
  listEquipments,
  getEquipment,
  createEquipment,
  updateEquipment,
  listEquipmentSoftwares,
  listEquipmentGroups,
  listEquipmentTypes,
];
