// Equipment (docs/assets-and-contracts.md): machines of the clients, with the inventory TiFlux's agent collects, their groups and types.

export interface EquipmentTypeRecord {
  id: number;
  name: string;
}

export interface EquipmentGroupRecord {
  id: number;
  name: string;
  client_id: number;
}

export interface SoftwareRecord {
  name: string;
  version: string;
  vendor: string;
}

/** What the agent reports; machines without the agent have none. Rendered as is by GET /equipments/{id}. */
export interface InventoryRecord {
  processor: { name: string };
  memory: { total_gb: number };
  motherboard: { manufacturer: string; model: string; bios: string };
  disks: { name: string; size_gb: number; use_percent: number }[];
  disksmart: { model: string; status: string }[];
  network: { name: string; ipv4: string; mac: string }[];
  vga: { name: string; vram_mb: number }[];
  printer: { name: string; port: string; default: boolean }[];
  antivirus: { name: string; up_to_date: boolean; active: boolean }[];
  operating_system: { name: string; version: string; kernel: string; service_pack: string | null };
  windows_update: { pending_count: number; has_critical_pending: boolean } | null;
  sound: { name: string }[];
  network_name: string;
  current_user: string | null;
}

export interface EquipmentRecord {
  id: number;
  name: string;
  client_id: number;
  equipment_type_id: number;
  equipment_group_id: number;
  acquisition_date: string | null;
  warranty_date: string | null;
  last_seen: string | null;
  agent: { version: string; online: boolean; email: string | null; user: string | null } | null;
  manufacturer: { name: string; model: string; serial: string } | null;
  system: { name: string; version: string; kernel: string; timezone: string } | null;
  inventory: InventoryRecord | null;
  softwares: SoftwareRecord[];
  entities: { entity_field_id: number; name: string; value: string }[];
}

declare module '../../data/types.js' {
  interface TenantData {
    equipmentTypes: EquipmentTypeRecord[];
    equipmentGroups: EquipmentGroupRecord[];
    equipments: EquipmentRecord[];
  }
}
