import * as z from 'zod';
import { createTicketRecordsApi } from '../../tiflux/resources/ticket-records.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { formatDateTime, inline } from '../format/text.js';
import { limitParam, offsetParam, ticketNumber } from '../shared/params.js';

const passageOutput = () =>
  z.object({
    stage: z.string().nullable(),
    desk: z.string().nullable(),
    duration_in_expedient: z.string().nullable().describe('Time spent in the stage within working hours, "HH:MM".'),
    sla_attended: z.boolean().nullable().describe('True when the stage was left within its SLA.'),
    expiration: z.string().nullable(),
    created_at: z.string().nullable(),
    created_by: z.string().nullable(),
    attended_at: z.string().nullable(),
    attended_by: z.string().nullable(),
  });

export const getTicketStagesSlas = defineTool({
  toolset: 'tickets',
  name: 'get_ticket_stages_slas',
  title: 'Stage passages and SLAs of a ticket',
  description:
    'A TiFlux ticket\'s passages through its desk stages: working-hours time, SLA deadline and outcome, who moved ' +
    'it. Paging: limit, offset.',
  input: () => ({ ticket_number: ticketNumber('Ticket number, e.g. "84429".'), offset: offsetParam(), limit: limitParam() }),
  output: () => ({ ticket_number: z.string(), passages: z.array(passageOutput()), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const page = await tiflux.use(createTicketRecordsApi).stagesSlas(args.ticket_number, { offset: args.offset, limit: args.limit });
    const passages = page.items.map((item) => ({
      stage: item.stage?.name ?? null,
      desk: item.desk?.name ?? null,
      duration_in_expedient: item.duration_in_expedient == null ? null : String(item.duration_in_expedient),
      sla_attended: item.sla_attended ?? null,
      expiration: item.expiration ?? null,
      created_at: item.created_at ?? null,
      created_by: item.created_by?.name ?? null,
      attended_at: item.attended_at ?? null,
      attended_by: item.attended_by?.name ?? null,
    }));
    const info = pageInfoOf(page);
    const outcome = (met: boolean | null) => (met === true ? 'SLA met' : met === false ? 'SLA missed' : 'SLA outcome unknown');
    const text = passages.length
      ? renderList(
          {
            heading: `Stage passages of ticket #${args.ticket_number}`,
            rows: passages.map(
              (p) =>
                `- **${inline(p.stage)}** (${inline(p.desk)}) · ${outcome(p.sla_attended)} · ${inline(p.duration_in_expedient)} in working hours · ` +
                `deadline ${formatDateTime(p.expiration)}\n  entered ${formatDateTime(p.created_at)} by ${inline(p.created_by)}` +
                (p.attended_at ? ` · left ${formatDateTime(p.attended_at)} by ${inline(p.attended_by)}` : ' · still there'),
            ),
            info,
            plural: 'passages',
          },
          verbosity,
        )
      : info.offset > 1
        ? `No stage passages on page ${info.offset} of ticket #${args.ticket_number}; they end before it.`
        : `Ticket #${args.ticket_number} has no SLA passages: its desk has no active SLA, or it has not moved yet.`;
    return { text, structured: { ticket_number: args.ticket_number, passages, ...info } };
  },
});
