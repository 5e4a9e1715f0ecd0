// Custom fields (docs/people.md, docs/clients.md): entities (field groups), their fields and options, and the
// values records carry (tickets, clients, requestors).

export type EntityFieldType =
  | 'text' | 'text_area' | 'currency' | 'phone' | 'email' | 'link' | 'date' | 'single_select' | 'checkbox';

export interface EntityFieldOption {
  id: number;
  title: string;
}

export interface EntityFieldRecord {
  id: number;
  entity_id: number;
  name: string;
  field_type: EntityFieldType;
  required: boolean;
  options: EntityFieldOption[] | null;
}

/** What a custom-field group is attached to (docs/people.md, docs/clients.md). */
export type EntityAppliedIn =
  | 'ticket' | 'client' | 'solicitant' | 'services_catalog' | 'services_catalogs_area' | 'services_catalogs_item' | 'equipment';

export interface EntityRecord {
  id: number;
  name: string;
  applied_in: EntityAppliedIn;
  active: boolean;
  /** Desks whose tickets carry this custom-field group. */
  desk_ids: number[];
}

export interface EntityValue {
  value: string;
  option_id: number | null;
  country_code: string | null;
}

declare module '../../data/types.js' {
  interface TenantData {
    entities: EntityRecord[];
    entityFields: EntityFieldRecord[];
  }
}
