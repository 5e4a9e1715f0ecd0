// The declarative description of one organisation's data; build-tenant.ts turns it into records.

import type { EntityAppliedIn, EntityFieldType, UserType } from './types.js';

export interface DeskSpec {
  display_name: string;
  /** The desk's short internal name; defaults to a slug of display_name. */
  name?: string;
  active?: boolean;
  internal_desk?: boolean;
  cancelable_tickets?: boolean;
  require_service_catalog_open_ticket?: boolean;
  require_catalog_item_to_close?: boolean;
  /** Requestor fields a new ticket must carry on this desk (docs/tiflux-rest-api.md#tickets: they come from the desk, not the requestor). */
  required_fields?: ('requestor_name' | 'requestor_email')[];
  /** Stage names in order; defaults to the spec's defaultStages. */
  stages?: string[];
  /** Names of catalogs whose items this desk offers. */
  catalogs?: string[];
  /** Display names of desks this one may transfer tickets to. */
  transfers_to?: string[];
  /** Relative weight when tickets are spread over desks (0 = no tickets). */
  ticket_weight?: number;
}

export interface AreaSpec {
  name: string;
  /** Item names are every action × object combination, plus the extra names. */
  actions: string[];
  objects: string[];
  extra?: string[];
  /** Names of items that exist but cannot be selected on tickets. */
  unselectable?: string[];
}

export interface CatalogSpec {
  name: string;
  areas: AreaSpec[];
}

export interface StaffSpec {
  name: string;
  type: Exclude<UserType, 'client'>;
  group: string;
  active?: boolean;
}

export interface EntitySpec {
  name: string;
  /** Default "ticket". */
  applied_in?: EntityAppliedIn;
  active?: boolean;
  desks: string[];
  fields: { name: string; field_type: EntityFieldType; required?: boolean; options?: string[] }[];
}

export interface ClientSpec {
  name: string;
  social?: string;
  active?: boolean;
}

export interface TicketText {
  title: string;
  description: string;
}

export interface TenantSpec {
  organisation: { id: number; name: string; domain: string };
  randomSeed: number;
  /** First id of each kind; the two tenants use far-apart ranges, like one shared database would. */
  idStart: {
    desk: number; stage: number; priority: number; catalog: number; area: number; item: number; group: number;
    user: number; client: number; requestor: number; entity: number; entityField: number; answer: number;
    internalCommunication: number; file: number;
  };
  firstTicketNumber: number;
  ticketCount: number;
  defaultStages: string[];
  desks: DeskSpec[];
  catalogs: CatalogSpec[];
  technicalGroups: { name: string; desks: string[] }[];
  staff: StaffSpec[];
  /** Client portal users generated from these name parts; they push later staff beyond the first pages of /users. */
  clientUsers: { count: number; firstNames: string[]; lastNames: string[] };
  /** Staff hired later: created after the client users, so their ids sort last. */
  lateStaff: StaffSpec[];
  clients: ClientSpec[];
  entities: EntitySpec[];
  ticketTexts: TicketText[];
}
