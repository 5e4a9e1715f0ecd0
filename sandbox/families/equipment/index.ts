// The equipment family (docs/assets-and-contracts.md): equipment with agent inventories, equipment groups (per client) and types.

import type { SandboxFamily } from '../family.js';
import { equipmentRoutes } from './routes.js';
import { seedEquipment } from './seed.js';

export type { EquipmentRecord, EquipmentGroupRecord, EquipmentTypeRecord } from './records.js';

export const equipmentFamily: SandboxFamily = { name: 'equipment', seed: seedEquipment, routes: equipmentRoutes };
