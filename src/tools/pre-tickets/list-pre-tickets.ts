import * as z from 'zod';
import { isCalendarDay } from '../shared/period.js';
import { renderList } from '../format/list.js';
import { createPreTicketsApi } from '../../tiflux/resources/pre-tickets.js';
import { htmlToMarkdown } from '../../text/markdown.js';
import { defineTool } from '../define-tool.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { formatDateTime, inline, truncate } from '../format/text.js';
import { resolveClient } from '../names/resolvers.js';
import { idParam, limitParam, nameParam, offsetParam } from '../shared/params.js';

const DESCRIPTION_LENGTH = 600;

function dateParam(description: string) {
  return z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD, e.g. "2026-11-30"' })
    .refine((value) => isCalendarDay(value), { error: 'is not a real date' })
    .optional()
    .describe(description);
}

export const listPreTickets = defineTool({
  toolset: 'pre_tickets',
  name: 'list_pre_tickets',
  title: 'List pre-tickets',
  description:
    'Lists pre-tickets, requests (mostly e-mails) waiting to become tickets: title, client, requestor, date; ' +
    'include_description adds the text (cut at 600 characters). Open ones unless archived is true. To convert one, ' +
    'call create_ticket with its title, text and client. Needs the "Gerenciar pré-tickets" permission and a Tickets ' +
    'licence.',
  input: () => ({
    archived: z.boolean().optional().describe('true: only archived; false or omitted: only open.'),
    client_id: idParam('Only this client\'s pre-tickets.').optional(),
    client_name: nameParam('Only this client\'s, by name (or client_id).').optional(),
    created_after: dateParam('Created on or after (YYYY-MM-DD).'),
    created_before: dateParam('Created on or before (YYYY-MM-DD).'),
    include_description: z.boolean().optional().describe('true: add each text.'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    pre_tickets: z.array(
      z.object({
        id: z.number().int(),
        title: z.string().nullable(),
        client: z.string().nullable(),
        requestor_name: z.string().nullable(),
        requestor_email: z.string().nullable(),
        created_at: z.string().nullable(),
        description: z.string().nullable(),
      }),
    ),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    let clientId = args.client_id;
    let heading = `${args.archived ? 'Archived' : 'Open'} pre-tickets`;
    if (clientId === undefined && args.client_name) {
      const client = await resolveClient(tiflux, args.client_name);
      clientId = client.id;
      heading += ` — client ${client.name} (id ${client.id})`;
    }
    const page = await tiflux.use(createPreTicketsApi).list(
      {
        archived: args.archived,
        client_id: clientId,
        created_after: args.created_after,
        created_before: args.created_before,
        include_description: args.include_description,
      },
      { offset: args.offset, limit: args.limit },
    );
    const preTickets = await Promise.all(
      page.items.map(async (item) => ({
        id: item.id,
        title: item.title ?? null,
        client: item.client?.name ?? null,
        requestor_name: item.requestor_name ?? null,
        requestor_email: item.requestor_email ?? null,
        created_at: item.created_at ?? null,
        description:
          args.include_description && item.description ? truncate(await htmlToMarkdown(item.description), DESCRIPTION_LENGTH) : null,
      })),
    );
    const info = pageInfoOf(page);
    const line = (p: (typeof preTickets)[number]) =>
      `- **${inline(p.title)}** (id ${p.id}) · ${inline(p.client, 'no client')} · from ${inline(p.requestor_name)}` +
      `${p.requestor_email ? ` <${p.requestor_email}>` : ''} · ${formatDateTime(p.created_at)}` +
      (p.description ? `\n  ${p.description.replace(/\n+/g, '\n  ')}` : '');
    const text = preTickets.length
      ? renderList({ heading, rows: preTickets.map(line), info, plural: 'pre-tickets' }, verbosity)
      : `# ${heading}\nNo pre-tickets match.`;
    return { text, structured: { pre_tickets: preTickets, ...info } };
  },
});
