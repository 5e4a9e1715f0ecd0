// The sandbox's stored records. They are normalised (ids, not nested objects) so that changes made through the API
// show up everywhere; the routes render them into TiFlux's JSON shapes.

export type TicketState = 'open' | 'closed' | 'canceled';
export type UserType = 'admin' | 'attendant' | 'client';

export interface OrganisationRecord {
  id: number;
  name: string;
  /** Used to build realistic e-mail addresses and ticket URLs. */
  domain: string;
}

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

/** Catalogues, areas and items are soft-deleted (docs/assets-and-contracts.md): `deleted` hides them from every list, and the ids stay taken. */
export interface CatalogRecord {
  id: number;
  name: string;
  desk_ids: number[];
  deleted?: boolean;
}

export interface AreaRecord {
  id: number;
  catalog_id: number;
  name: string;
  deleted?: boolean;
}

export interface CatalogItemRecord {
  id: number;
  area_id: number;
  name: string;
  start_time: string;
  end_time: string;
  /** Items that cannot be selected in tickets are not returned by the desk-scoped list (docs/tiflux-rest-api.md#desks-stages-and-catalogue-items). */
  selectable: boolean;
  deleted?: boolean;
}

export interface TechnicalGroupRecord {
  id: number;
  name: string;
  desk_ids: number[];
}

/** The licence flags of an attendant account (POST/PUT /users, docs/people.md). */
export const USER_LICENSES = ['whatsapp_license', 'tickets_license', 'remote_access_license', 'api_license', 'splashtop_license'] as const;
export type UserLicense = (typeof USER_LICENSES)[number];

export interface UserRecord {
  id: number;
  name: string;
  email: string;
  _type: UserType;
  active: boolean;
  technical_group_id: number | null;
  telephone: string | null;
  extension: string | null;
  client_ids: number[];
  gauth_enabled: boolean;
  last_login_at: string | null;
  signature: string | null;
  licenses: Record<UserLicense, boolean>;
}

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

export interface StatusRecord {
  id: number;
  name: string;
  default_open: boolean;
  /** Which ticket state this status belongs to; open statuses are the only ones a client may set. */
  state: TicketState;
}

export interface TicketRecord {
  ticket_number: number;
  title: string;
  description: string;
  state: TicketState;
  status_id: number;
  desk_id: number;
  stage_id: number;
  client_id: number;
  priority_id: number | null;
  responsible_id: number | null;
  services_catalogs_item_id: number | null;
  requestor_id: number | null;
  created_by_id: number;
  updated_by_id: number;
  created_by_way_of: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  followers: string;
  tags: string[];
  worked_minutes: number;
  reopen_count: number;
  last_reopen_date: string | null;
  /** Billed tickets cannot be reopened (docs/tiflux-rest-api.md#tickets, rule 7). */
  billed: boolean;
  parent_ticket_number: number | null;
  /** Filled custom-field values by entity_field_id. */
  entity_values: Record<number, EntityValue>;
}

export type FileOwner =
  | { kind: 'ticket' }
  | { kind: 'answer'; id: number }
  | { kind: 'internal_communication'; id: number };

export interface FileRecord {
  id: number;
  ticket_number: number;
  owner: FileOwner;
  name: string;
  content_type: string;
  size: number;
  created_at: string;
  created_by_id: number;
  /** Kept so a test can check that uploaded bytes arrived intact. */
  content: Uint8Array;
}

export interface AnswerRecord {
  id: number;
  ticket_number: number;
  name: string;
  /** The answer's author is a staff user (answers sent through the API) or a requestor name (client replies). */
  author_user_id: number | null;
  author_name: string;
  answer_time: string;
  answer_origin: string;
  signature: boolean;
}

export interface InternalCommunicationRecord {
  id: number;
  ticket_number: number;
  text: string;
  user_id: number;
  created_at: string;
  updated_at: string;
}

export interface Sequences {
  ticketNumber: number;
  answer: number;
  internalCommunication: number;
  file: number;
  requestor: number;
}

/** Everything one organisation (one tenant) owns. */
export interface TenantData {
  organisation: OrganisationRecord;
  statuses: StatusRecord[];
  desks: DeskRecord[];
  stages: StageRecord[];
  priorities: PriorityRecord[];
  catalogs: CatalogRecord[];
  areas: AreaRecord[];
  catalogItems: CatalogItemRecord[];
  technicalGroups: TechnicalGroupRecord[];
  users: UserRecord[];
  clients: ClientRecord[];
  requestors: RequestorRecord[];
  entities: EntityRecord[];
  entityFields: EntityFieldRecord[];
  tickets: TicketRecord[];
  answers: AnswerRecord[];
  internalCommunications: InternalCommunicationRecord[];
  files: FileRecord[];
  /** Next value of each generated id; the API assigns the next ticket number itself. */
  sequences: Sequences;
}

export type TenantId = 'main' | 'other';

export interface ApiKeyRecord {
  tenant: TenantId;
  /** The user the key belongs to: every action is recorded as them (docs/tiflux-rest-api.md#base-url-and-authentication). */
  user_id: number;
}

export interface SandboxSeed {
  tenants: Record<TenantId, TenantData>;
  /** Raw key → owner. Admin rights come from the owner's `_type`. */
  keys: Record<string, ApiKeyRecord>;
}
