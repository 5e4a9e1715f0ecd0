/** Equipment, its groups and types, and the inventory the TiFlux agent reports (docs/assets-and-contracts.md). */
import * as z from 'zod';
import { commonSchemas, lazySchemas } from './common.js';

function buildEquipmentSchemas() {
  const { looseBoolean, namedRef, numericId, optionalText, textOrNumber } = commonSchemas();
  /** Inventory numbers (GB, %, MB); some agents report them as strings. */
  const amount = z.union([z.number(), z.string()]).nullish();

  const equipmentListItemSchema = z.looseObject({
    id: numericId,
    name: z.string(),
    client: namedRef.nullish(),
    equipment_type: namedRef.nullish(),
    equipment_group: namedRef.nullish(),
    online: looseBoolean,
    ipv4: optionalText,
    agent: z.looseObject({ version: optionalText }).nullish(),
    manufacturer: z.looseObject({ name: optionalText, model: optionalText, serial: optionalText }).nullish(),
    system: z.looseObject({ name: optionalText, version: optionalText, kernel: optionalText, timezone: optionalText }).nullish(),
  });

  const list = <T extends z.ZodType>(item: T) => z.array(item).nullish();
  const equipmentSchema = z.looseObject({
    id: numericId,
    name: z.string(),
    client: namedRef.nullish(),
    equipment_type: namedRef.nullish(),
    equipment_group: namedRef.nullish(),
    acquisition_date: optionalText,
    warranty_date: optionalText,
    last_seen: optionalText,
    current_user: optionalText,
    network_name: optionalText,
    agent_email: optionalText,
    agent_user: optionalText,
    processor: z.looseObject({ name: optionalText }).nullish(),
    memory: z.looseObject({ total_gb: amount }).nullish(),
    motherboard: z.looseObject({ manufacturer: optionalText, model: optionalText, bios: optionalText }).nullish(),
    disks: list(z.looseObject({ name: optionalText, size_gb: amount, use_percent: amount })),
    disksmart: list(z.looseObject({ model: optionalText, status: optionalText })),
    /** `ipv4` may hold several addresses, comma-separated. */
    network: list(z.looseObject({ name: optionalText, ipv4: optionalText, mac: optionalText })),
    vga: list(z.looseObject({ name: optionalText, vram_mb: amount })),
    printer: list(z.looseObject({ name: optionalText, port: optionalText, default: looseBoolean })),
    antivirus: list(z.looseObject({ name: optionalText, up_to_date: looseBoolean, active: looseBoolean })),
    operating_system: z
      .looseObject({ name: optionalText, version: optionalText, kernel: optionalText, service_pack: optionalText })
      .nullish(),
    windows_update: z.looseObject({ pending_count: amount, has_critical_pending: looseBoolean }).nullish(),
    sound: list(z.looseObject({ name: optionalText })),
    entities: z.array(z.unknown()).nullish(),
  });

  const softwareSchema = z.looseObject({ name: z.string(), version: textOrNumber, vendor: optionalText });
  const equipmentGroupSchema = z.looseObject({ id: numericId, name: z.string(), client: namedRef.nullish() });
  const equipmentTypeSchema = z.looseObject({ id: numericId, name: z.string() });

  return {
    equipmentListSchema: z.array(equipmentListItemSchema),
    equipmentSchema,
    softwareListSchema: z.array(softwareSchema),
    equipmentGroupListSchema: z.array(equipmentGroupSchema),
    equipmentTypeListSchema: z.array(equipmentTypeSchema),
  };
}

export const equipmentSchemas = lazySchemas(buildEquipmentSchemas);

type Built = ReturnType<typeof buildEquipmentSchemas>;
export type EquipmentListItem = z.output<Built['equipmentListSchema']>[number];
export type Equipment = z.output<Built['equipmentSchema']>;
export type EquipmentSoftware = z.output<Built['softwareListSchema']>[number];
export type EquipmentGroup = z.output<Built['equipmentGroupListSchema']>[number];
export type EquipmentType = z.output<Built['equipmentTypeListSchema']>[number];
