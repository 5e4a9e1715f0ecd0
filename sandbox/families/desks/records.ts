// Desks, their stages and their priorities (docs/tiflux-rest-api.md#desks-stages-and-catalogue-items).

export interface DeskRecord {
  id: number;
  name: string;
  display_name: string;
  description: string;
  active: boolean;
  internal_desk: boolean;
  cancelable_tickets: boolean;
  /** A catalogue item is required to open a ticket on this desk. */
  require_service_catalog_open_ticket: boolean;
  /** A catalogue item is required to close a ticket on this desk. */
  require_catalog_item_to_close: boolean;
  required_fields: string[];
  /** Desks this one may transfer tickets to (the "desk relationship" of docs/tiflux-rest-api.md#tickets, rule 1). */
  transfer_desk_ids: number[];
  appointment_type: string;
  desk_with_sla: boolean;
}

export interface StageRecord {
  id: number;
  desk_id: number;
  name: string;
  index: number;
  max_time: string | null;
}

export interface PriorityRecord {
  id: number;
  desk_id: number;
  name: string;
  order: number;
  start_time: string;
  end_time: string;
}

declare module '../../data/types.js' {
  interface TenantData {
    desks: DeskRecord[];
    stages: StageRecord[];
    priorities: PriorityRecord[];
  }
}
