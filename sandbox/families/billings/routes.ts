// GET /reports/billings/history (docs/assets-and-contracts.md). Needs the "Faturar serviços avulsos e contratos" permission (only the admin
// key has it here: 403/40301 otherwise) and a Tickets licence (403/40304). Date filters come in pairs.

import { forbidden, invalid, ok } from '../../http/api-response.js';
import { paginate, readPage, totalItemsHeader } from '../../http/paging.js';
import { optionalInteger, optionalString } from '../../http/query.js';
import type { Route, RouteContext } from '../../http/router.js';
import { requireTicketsLicence } from '../licences/index.js';
import type { BillingRecord } from './records.js';

const TYPES = ['billed', 'reversed', 'paid'] as const;

function date(query: URLSearchParams, name: string): string | undefined {
  const value = optionalString(query, name);
  if (value !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))) {
    throw invalid({ [name]: ['must be a date in the format YYYY-MM-DD'] });
  }
  return value;
}

/** Both ends or neither; inclusive. */
function range(query: URLSearchParams, prefix: 'billing' | 'due'): [string, string] | undefined {
  const start = date(query, `${prefix}_start_date`);
  const end = date(query, `${prefix}_end_date`);
  if ((start === undefined) !== (end === undefined)) {
    throw invalid({ [`${prefix}_${start === undefined ? 'start' : 'end'}_date`]: ["can't be blank"] });
  }
  return start && end ? [start, end] : undefined;
}

const statusOf = (billing: BillingRecord) => (billing.reversal ? 'reversed' : billing.paid ? 'paid' : 'billed');

function render(context: RouteContext, billing: BillingRecord) {
  const client = context.principal.tenant.clients.find((candidate) => candidate.id === billing.client_id)!;
  return {
    billing_id: billing.billing_id,
    billing_date: billing.billing_date,
    client_id: client.id,
    client_name: client.name,
    due_date: billing.due_date,
    nfe_number: billing.nfe_number,
    paid: billing.paid,
    real_value: billing.real_value,
    reversal: billing.reversal,
  };
}

export const billingRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/reports/billings/history',
    handle(context) {
      requireTicketsLicence(context);
      if (!context.principal.isAdmin) throw forbidden('You do not have permission to bill loose services and contracts');
      const billed = range(context.query, 'billing');
      const due = range(context.query, 'due');
      const clientId = optionalInteger(context.query, 'client_id');
      const nfe = optionalString(context.query, 'nfe_number');
      const ticket = optionalInteger(context.query, 'ticket_number');
      const type = optionalString(context.query, '_type');
      if (type !== undefined && !(TYPES as readonly string[]).includes(type)) {
        throw invalid({ _type: ['is not included in the list'] });
      }
      const within = (value: string, bounds: [string, string] | undefined) => !bounds || (value >= bounds[0] && value <= bounds[1]);
      const billings = context.principal.tenant.billings.filter(
        (billing) =>
          within(billing.billing_date, billed) &&
          within(billing.due_date, due) &&
          (clientId === undefined || billing.client_id === clientId) &&
          (nfe === undefined || billing.nfe_number === nfe) &&
          (ticket === undefined || billing.ticket_numbers.includes(ticket)) &&
          (type === undefined || statusOf(billing) === type),
      );
      return ok(paginate(billings, readPage(context.query)).map((billing) => render(context, billing)), totalItemsHeader(billings.length));
    },
  },
];
