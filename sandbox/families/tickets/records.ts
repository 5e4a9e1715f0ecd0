// Tickets, their statuses, answers, internal communications and files (docs/tiflux-rest-api.md#tickets, docs/tickets.md).

import type { EntityValue } from '../entities/records.js';

export type TicketState = 'open' | 'closed' | 'canceled';

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

declare module '../../data/types.js' {
  interface TenantData {
    statuses: StatusRecord[];
    tickets: TicketRecord[];
    answers: AnswerRecord[];
    internalCommunications: InternalCommunicationRecord[];
    files: FileRecord[];
  }
  interface Sequences {
    /** The API assigns the next ticket number itself. */
    ticketNumber: number;
    answer: number;
    internalCommunication: number;
    file: number;
  }
}
