// Clients and their requestors (docs/clients.md, docs/people.md).

import type { EntityValue } from '../entities/records.js';

export interface ClientRecord {
  id: number;
  name: string;
  social: string;
  social_revenue: string;
  status: boolean;
  email_financial: string | null;
  sms_financial: string | null;
  municipal_registration: string | null;
  estadual_registration: string | null;
  max_agents: number | null;
  /** Free notes; TiFlux spells the key `anotations` (sic, docs/tiflux-rest-api.md#clients-and-requestors). */
  anotations: string | null;
  visible_to_clients: boolean;
  authorization_flow: boolean;
  billing_report_type: '' | 'detailed_with_appointment' | 'detailed' | 'synthetic';
  /** Filled custom-field values (entities applied_in "client") by entity_field_id. */
  entity_values: Record<number, EntityValue>;
  desk_ids: number[];
  technical_group_ids: number[];
  created_at: string;
  updated_at: string;
}

export interface RequestorRecord {
  id: number;
  client_id: number;
  name: string;
  email: string;
  telephone: string | null;
  extension: string | null;
  can_open_ticket: boolean;
  created_at: string;
  updated_at: string;
  /** Filled custom-field values (entities applied_in "solicitant") by entity_field_id. */
  entity_values: Record<number, EntityValue>;
}

declare module '../../data/types.js' {
  interface TenantData {
    clients: ClientRecord[];
    requestors: RequestorRecord[];
  }
  interface Sequences {
    requestor: number;
  }
}
