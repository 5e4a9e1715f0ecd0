import * as z from 'zod';
import { TiFluxUnavailableError } from '../../tiflux/client.js';
import { createChatsApi } from '../../tiflux/resources/chats.js';
import { defineTool } from '../define-tool.js';
import { idParam, nameParam, ticketNumber } from '../shared/params.js';
import { ToolError } from '../tool-error.js';
import { phoneDigitsParam } from './params.js';
import { checkTemplate } from './template-check.js';
import { withChatWriteHints } from './write-errors.js';

/** WhatsApp's own limit for one text message. */
const MAX_MESSAGE_LENGTH = 4_096;
const MAX_PARAMETERS = 20;
const LOOKS_LIKE_HTML = /<\/?(p|br|div|span|b|i|u|strong|em|ul|ol|li|a|h[1-6]|table|img)\b[^>]*>/i;

const parameterList = (description: string) =>
  z.array(z.string().max(1_000)).max(MAX_PARAMETERS).optional().describe(description);

export const sendMessage = defineTool({
  toolset: 'chats',
  name: 'send_message',
  title: 'Send a WhatsApp message to a client',
  description:
    'Sends a WhatsApp message to a client\'s phone through an integration, creating the chat in TiFlux. Either ' +
    'message (plain text, no HTML; only within 24 h of the client\'s last message) or template_id (approved, e.g. to ' +
    'open a conversation; from list_gupshup_templates / list_whatsapp_cloud_templates) with one value per {{n}} in ' +
    'parameters (header_parameters: WhatsApp Cloud headers); never both. Templates are checked (exists, approved, ' +
    'value count) before sending. Reaches a real person, cannot be undone, never retried: after a timeout, check ' +
    'the chat before resending. archive true files the chat as finished.',
  input: () => ({
    number: phoneDigitsParam('WhatsApp number, digits only with country and area code (5511987654321).'),
    integration_id: idParam('Gupshup or WhatsApp Cloud integration to send through.'),
    message: z
      .string()
      .max(MAX_MESSAGE_LENGTH, { error: `must be at most ${MAX_MESSAGE_LENGTH} characters (WhatsApp's limit)` })
      .optional()
      .describe('Plain text (WhatsApp *bold* works, HTML does not).'),
    template_id: idParam('Approved template id (instead of message).').optional(),
    parameters: parameterList('Template body values for {{1}}, {{2}}…, in order.'),
    header_parameters: parameterList('Template header values (WhatsApp Cloud only), in order.'),
    country_code: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, { error: 'must be a two-letter ISO country code, e.g. "BR"' })
      .transform((value) => value.toUpperCase())
      .optional()
      .describe('ISO alpha-2 country of the number (TiFlux assumes BR).'),
    name: nameParam('Contact name for a number TiFlux does not know.').optional(),
    department_id: idParam('Department of the new chat.').optional(),
    ticket_number: ticketNumber('Ticket to link the chat to.').optional(),
    client_id: idParam('Client of the chat.').optional(),
    archive: z.boolean().optional().describe('true: file the chat as finished after sending.'),
  }),
  // Not additive in any reversible sense: a message on a client's phone cannot be recalled (docs/chats-and-knowledge.md).
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    const text = args.message?.trim() ? args.message : undefined;
    if (text && args.template_id !== undefined) {
      throw new ToolError('Nothing was sent: give either message or template_id, not both.');
    }
    if (!text && args.template_id === undefined) {
      throw new ToolError('Nothing was sent: give message (free text) or template_id (an approved template).');
    }
    if (text && LOOKS_LIKE_HTML.test(text)) {
      throw new ToolError(
        'Nothing was sent: message contains HTML tags, which WhatsApp would show literally. Send plain text ' +
          '(line breaks, *bold* and _italic_ work).',
      );
    }
    if (text && (args.parameters?.length || args.header_parameters?.length)) {
      throw new ToolError('Nothing was sent: parameters and header_parameters only go with template_id.');
    }
    const template =
      args.template_id !== undefined
        ? await checkTemplate(tiflux, args.integration_id, args.template_id, args.parameters ?? [], args.header_parameters ?? [])
        : undefined;
    try {
      await withChatWriteHints(
        () =>
          tiflux.use(createChatsApi).sendMessage({
            number: Number(args.number),
            integration_id: args.integration_id,
            message: text,
            template_id: args.template_id,
            parameters: template ? args.parameters : undefined,
            header_parameters: template?.headerVariables ? args.header_parameters : undefined,
            country_code: args.country_code,
            name: args.name,
            department_id: args.department_id,
            ticket_number: args.ticket_number === undefined ? undefined : Number(args.ticket_number),
            client_id: args.client_id,
            archive: args.archive,
          }),
        {
          refused: 'Nothing was sent. TiFlux checks the number and country, the integration, and that a free-text message is within WhatsApp\'s 24-hour window (otherwise use a template).',
        },
      );
    } catch (error) {
      if (error instanceof TiFluxUnavailableError && error.outcomeUnknown) {
        throw new ToolError(
          `${error.userMessage} The message may have reached ${args.number}: look for the chat (list_my_chats with ` +
            `number "${args.number}") before sending it again. It was not retried.`,
        );
      }
      throw error;
    }
    const what = template ? `Template "${template.name}" (id ${args.template_id})` : 'Message';
    return {
      text:
        `${what} sent to ${args.number} through integration ${args.integration_id}` +
        `${args.archive ? '; the chat was filed as finished' : ''}. TiFlux accepted it (HTTP 201); delivery is ` +
        `reported in the chat's transcript (list_my_chats with number "${args.number}", then list_chat_messages).`,
    };
  },
});
