/** Ticket counts per bucket (GET /tickets with group_by) and the ticket satisfaction report (docs/reports.md). */
import * as z from 'zod';
import { commonSchemas, lazySchemas } from './common.js';

function buildReportSchemas() {
  const { optionalText, textOrNumber } = commonSchemas();
  const count = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);

  const ticketAggregateSchema = z.looseObject({
    group_by: optionalText,
    date_type: optionalText,
    total: count.nullish(),
    buckets: z.array(z.looseObject({ period: z.union([z.string(), z.number()]).transform(String), count })),
  });

  const summary = z.looseObject({
    rating_average: textOrNumber,
    tickets_evaluated: textOrNumber,
    tickets_finished: textOrNumber,
    clients_evaluated: textOrNumber,
    answers_percentage: textOrNumber,
  });

  const ticketFeedbackSchema = z.looseObject({
    summary: summary.nullish(),
    tickets_list: z
      .array(
        z.looseObject({
          id: textOrNumber,
          client_name: optionalText,
          responsible_name: optionalText,
          desk_id: textOrNumber,
          desk_name: optionalText,
          rating: textOrNumber,
          revised_in_time: optionalText,
          comments: optionalText,
        }),
      )
      .nullish(),
  });

  return { ticketAggregateSchema, ticketFeedbackSchema };
}

export const reportSchemas = lazySchemas(buildReportSchemas);

type Built = ReturnType<typeof buildReportSchemas>;
export type TicketAggregate = z.output<Built['ticketAggregateSchema']>;
export type TicketFeedback = z.output<Built['ticketFeedbackSchema']>;
