/** Contracts (read-only: there is no route for one contract nor for contract types) and the billing history. */
import { getPage } from '../endpoint.js';
import type { Page, PageRequest } from '../paging.js';
import { commercialSchemas as s, type Billing, type Contract } from '../schemas/commercial.js';
import type { Transport } from '../transport-types.js';

export interface ContractFilters extends PageRequest {
  /** Comma-separated ids, sent unchanged. */
  client_ids?: string;
  contract_type_ids?: string;
  /** Comma-separated `actives,readjust,expired`; TiFlux lists only `actives` without it. */
  status?: string;
}

export interface BillingFilters extends PageRequest {
  billing_start_date?: string;
  billing_end_date?: string;
  due_start_date?: string;
  due_end_date?: string;
  client_id?: number;
  nfe_number?: number;
  ticket_number?: string;
  /** billed | reversed | paid; the query parameter is `_type`. */
  type?: string;
}

export interface ContractsApi {
  list(filters?: ContractFilters): Promise<Page<Contract>>;
  billingsHistory(filters?: BillingFilters): Promise<Page<Billing>>;
}

export function createContractsApi(transport: Transport): ContractsApi {
  return {
    list: ({ offset, limit, ...query } = {}) =>
      getPage(transport, { path: '/contracts', query: { ...query }, page: { offset, limit }, schema: s().contractListSchema, action: 'list contracts' }),

    billingsHistory: ({ offset, limit, type, ...query } = {}) =>
      getPage(transport, {
        path: '/reports/billings/history',
        query: { ...query, _type: type },
        page: { offset, limit },
        schema: s().billingListSchema,
        action: 'read the billing history',
      }),
  };
}
