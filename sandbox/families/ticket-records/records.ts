// Records TiFlux keeps about a ticket besides its conversation: histories, stage passages with SLA outcome,
// checklists, and the client's satisfaction rating (docs/tickets.md).

export interface HistoryRecord {
  id: number;
  ticket_number: number;
  /** 0 = stages and ticket changes, 1 = appointments. */
  history_of: 0 | 1;
  action: string;
  user_id: number;
  created_at: string;
  _type: string;
  type_id_attr: number;
  _operation: 'created' | 'updated' | 'deleted';
  changes: { fields: string[]; old_values: Record<string, unknown>; new_values: Record<string, unknown> };
}

export interface StageSlaRecord {
  id: number;
  ticket_number: number;
  stage_id: number;
  desk_id: number;
  duration_in_expedient: string;
  sla_attended: boolean;
  expiration: string;
  created_at: string;
  created_by_id: number;
  attended_at: string | null;
  attended_by_id: number | null;
}

export type ChecklistFieldType = 'text' | 'textarea' | 'value' | 'radio' | 'checkbox';

export interface ChecklistOptionRecord {
  id: string | number | null;
  description: string;
  value: boolean;
}

export interface ChecklistFieldRecord {
  index: number;
  title: string;
  type: ChecklistFieldType;
  required: boolean;
  value: string | number | null;
  options: ChecklistOptionRecord[];
}

export interface ChecklistRecord {
  /** null: added by hand to the ticket, not from a template, so it cannot be edited through the API. */
  id: number | null;
  ticket_number: number;
  name: string;
  description: string | null;
  required: boolean;
  created_at: string;
  updated_at: string;
  fields: ChecklistFieldRecord[];
}

export interface RatingRecord {
  ticket_number: number;
  /** 1..5 */
  rating: number;
  comments: string;
  revised_in_time: string;
}

declare module '../../data/types.js' {
  interface TenantData {
    histories: HistoryRecord[];
    stageSlas: StageSlaRecord[];
    checklists: ChecklistRecord[];
    ratings: RatingRecord[];
  }
}
