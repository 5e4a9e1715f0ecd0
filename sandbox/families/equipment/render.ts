// TiFlux's equipment shapes (docs/assets-and-contracts.md, docs/assets-and-contracts.md): a short list item, and the detail with the full inventory
// flattened into the top level (there is no `agent` object in the detail).

import type { TenantData } from '../../data/types.js';
import type { EquipmentRecord } from './records.js';

function refs(data: TenantData, equipment: EquipmentRecord) {
  const client = data.clients.find((candidate) => candidate.id === equipment.client_id)!;
  const type = data.equipmentTypes.find((candidate) => candidate.id === equipment.equipment_type_id)!;
  const group = data.equipmentGroups.find((candidate) => candidate.id === equipment.equipment_group_id)!;
  return { client, type, group };
}

export function renderEquipmentListItem(
  data: TenantData, equipment: EquipmentRecord, include: { manufacturer: boolean; system: boolean },
) {
  const { client, type, group } = refs(data, equipment);
  const firstIpv4 = equipment.inventory?.network[0]?.ipv4.split(',')[0] ?? null;
  return {
    id: equipment.id,
    name: equipment.name,
    client: { name: client.name },
    equipment_type: { name: type.name },
    equipment_group: { name: group.name },
    online: equipment.agent?.online ?? false,
    ipv4: equipment.agent ? firstIpv4 : null,
    agent: equipment.agent ? { version: equipment.agent.version } : null,
    ...(include.manufacturer ? { manufacturer: equipment.manufacturer } : {}),
    ...(include.system ? { system: equipment.system } : {}),
  };
}

export function renderEquipment(data: TenantData, equipment: EquipmentRecord, showEntities: boolean) {
  const { client, type, group } = refs(data, equipment);
  const inventory = equipment.inventory;
  return {
    id: equipment.id,
    name: equipment.name,
    client: { id: client.id, name: client.name },
    equipment_type: { id: type.id, name: type.name },
    equipment_group: { id: group.id, name: group.name },
    acquisition_date: equipment.acquisition_date,
    warranty_date: equipment.warranty_date,
    last_seen: equipment.last_seen,
    current_user: inventory?.current_user ?? null,
    network_name: inventory?.network_name ?? null,
    ...(equipment.agent?.email ? { agent_email: equipment.agent.email } : {}),
    ...(equipment.agent?.user ? { agent_user: equipment.agent.user } : {}),
    processor: inventory?.processor ?? null,
    memory: inventory?.memory ?? null,
    motherboard: inventory?.motherboard ?? null,
    disks: inventory?.disks ?? [],
    disksmart: inventory?.disksmart ?? [],
    network: inventory?.network ?? [],
    vga: inventory?.vga ?? [],
    printer: inventory?.printer ?? [],
    antivirus: inventory?.antivirus ?? [],
    operating_system: inventory?.operating_system ?? null,
    windows_update: inventory?.windows_update ?? null,
    sound: inventory?.sound ?? [],
    ...(showEntities ? { entities: equipment.entities } : {}),
  };
}
