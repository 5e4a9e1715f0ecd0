/** Report endpoints: ticket counts per bucket and ticket satisfaction. `tiflux.use(createReportsApi)`. */
import { getCounted, getOne } from '../endpoint.js';
import { TiFluxUnreadableResponseError } from '../errors.js';
import type { FieldValue } from '../query.js';
import { reportSchemas, type TicketAggregate, type TicketFeedback } from '../schemas/reports.js';
import type { Transport } from '../transport-types.js';

export interface TicketAggregateQuery {
  group_by: 'day' | 'week' | 'month' | 'desk';
  date_type?: 'created_at' | 'solved_in_time';
  filter_by?: 'open' | 'closed' | 'canceled' | 'all';
  /** Sent as given when there is no filter_by (list_tickets' is_closed). */
  is_closed?: boolean;
  start_datetime?: string;
  end_datetime?: string;
  desk_ids?: string;
  client_ids?: string;
  stage_ids?: string;
  requestor_ids?: string;
  sla_expiring_before?: string;
  responsible_ids?: string;
  priority_ids?: string;
  services_catalogs_item_ids?: string;
  requestor_email?: string;
}

export interface TicketFeedbackQuery {
  start_date: string;
  end_date: string;
  tickets_list?: boolean;
  offset?: number;
  limit?: number;
  responsible_ids?: string;
  department_ids?: string;
  technical_group_ids?: string;
}

export interface ReportsApi {
  /** GET /tickets in group_by mode. `total` prefers X-Total-Items, then the body's total, then the sum. */
  ticketCounts(query: TicketAggregateQuery): Promise<TicketAggregate & { total: number }>;
  ticketFeedback(query: TicketFeedbackQuery): Promise<TicketFeedback>;
}

export function createReportsApi(transport: Transport): ReportsApi {
  return {
    async ticketCounts(query) {
      const fields: Record<string, FieldValue> = {
        ...query,
        // limit guards against an API that would page the aggregate; today it returns every bucket.
        offset: 1,
        limit: 200,
        is_closed: query.filter_by ? query.filter_by === 'closed' || query.filter_by === 'canceled' : (query.is_closed ?? false),
      };
      const action = query.start_datetime ? `count tickets from ${query.start_datetime} to ${query.end_datetime ?? 'now'}` : 'count tickets';
      const { body, totalItems } = await getCounted(transport, {
        path: '/tickets',
        query: fields,
        schema: reportSchemas().ticketAggregateSchema,
        action,
      });
      if (!Array.isArray(body.buckets)) throw new TiFluxUnreadableResponseError(action, 'no aggregate buckets');
      const sum = body.buckets.reduce((total, bucket) => total + bucket.count, 0);
      return { ...body, total: totalItems ?? body.total ?? sum };
    },

    async ticketFeedback(query) {
      return getOne(transport, {
        path: '/reports/feedbacks/tickets',
        query: {
          start_date: query.start_date,
          end_date: query.end_date,
          tickets_list: query.tickets_list ? true : undefined,
          offset: query.tickets_list ? query.offset : undefined,
          limit: query.tickets_list ? query.limit : undefined,
          responsible_ids: query.responsible_ids,
          department_ids: query.department_ids,
          technical_group_ids: query.technical_group_ids,
        },
        schema: reportSchemas().ticketFeedbackSchema,
        action: `read the ticket satisfaction report from ${query.start_date} to ${query.end_date}`,
      });
    },
  };
}
