import * as z from 'zod';
import { createPreTicketsApi } from '../../tiflux/resources/pre-tickets.js';
import { defineTool } from '../define-tool.js';
import { filesBase64Param } from '../shared/attachments.js';
import { DESCRIPTION_MAX_LENGTH, TITLE_MAX_LENGTH, emailParam, idParam, nameParam, textParam } from '../shared/params.js';

export const createPreTicket = defineTool({
  toolset: 'pre_tickets',
  name: 'create_pre_ticket',
  title: 'Create a pre-ticket',
  description:
    'Creates a pre-ticket, which waits in the queue until an attendant turns it into a ticket (create_ticket opens ' +
    'one directly). description is sent as written, not converted from Markdown. Not idempotent: twice creates two. ' +
    'Needs the "Gerenciar pré-tickets" permission.',
  input: () => ({
    title: textParam('Title of the request.', TITLE_MAX_LENGTH),
    description: textParam('The request, sent verbatim.', DESCRIPTION_MAX_LENGTH),
    requestor_name: nameParam('Requester\'s name.'),
    requestor_email: emailParam('Requester\'s e-mail.'),
    requestor_telephone: z
      .string()
      .trim()
      .regex(/^[\d\s()+-]{8,20}$/, { error: 'must be a phone number, e.g. "(11) 98765-4321"' })
      .describe('Requester\'s phone, e.g. "(11) 98765-4321".'),
    requestor_ramal: z.number().int().positive().max(99_999_999).optional().describe('Phone extension (ramal), a number.'),
    requestor_country: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, { error: 'must be a two-letter ISO country code, e.g. "BR"' })
      .transform((value) => value.toUpperCase())
      .optional()
      .describe('ISO alpha-2 country of the phone, e.g. "BR".'),
    client_id: idParam('Client the request comes from.').optional(),
    files: filesBase64Param(),
  }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    const created = await tiflux.use(createPreTicketsApi).create({
      title: args.title,
      description: args.description,
      requestor_name: args.requestor_name,
      requestor_email: args.requestor_email,
      requestor_telephone: args.requestor_telephone,
      requestor_ramal: args.requestor_ramal,
      requestor_country: args.requestor_country,
      client_id: args.client_id,
      files: args.files,
    });
    const attached = (args.files ?? []).map((file) => file.filename);
    return {
      text:
        `Pre-ticket **${created.title ?? args.title}** created (id ${created.id})` +
        `${created.client?.name ? ` for ${created.client.name}` : ''}, from ${created.requestor_name ?? args.requestor_name}` +
        `${attached.length ? `, with ${attached.join(', ')}` : ''}. It waits in the pre-ticket queue (list_pre_tickets).`,
    };
  },
});
