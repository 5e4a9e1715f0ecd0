// Billing history (docs/assets-and-contracts.md): what was invoiced to clients, read-only through the API.

export interface BillingRecord {
  billing_id: number;
  /** YYYY-MM-DD. */
  billing_date: string;
  due_date: string;
  client_id: number;
  nfe_number: string | null;
  /** Confirmed by the financial integration. */
  paid: boolean;
  /** Decimal string, e.g. "1550.00"; a reversed billing keeps its positive value. */
  real_value: string;
  reversal: boolean;
  /** Tickets billed in it (a filter only; not rendered). */
  ticket_numbers: number[];
}

declare module '../../data/types.js' {
  interface TenantData {
    billings: BillingRecord[];
  }
}
