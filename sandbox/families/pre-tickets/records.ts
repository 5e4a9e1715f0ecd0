// Pre-tickets (docs/chats-and-knowledge.md): requests, mostly e-mails, waiting for an attendant to turn them into tickets.

export interface PreTicketFileRecord {
  name: string;
  content_type: string;
  size: number;
}

export interface PreTicketRecord {
  id: number;
  title: string;
  description: string;
  requestor_name: string;
  requestor_email: string;
  requestor_telephone: string;
  requestor_ramal: number | null;
  requestor_country: string | null;
  client_id: number | null;
  archived: boolean;
  created_at: string;
  files: PreTicketFileRecord[];
}

declare module '../../data/types.js' {
  interface TenantData {
    preTickets: PreTicketRecord[];
  }
}
