import { defineTool } from '../define-tool.js';
import { markdownToHtml } from '../../text/markdown.js';
import { filesBase64Param, legacyFilesParam } from '../shared/attachments.js';
import { textParam, ticketNumber } from '../shared/params.js';
import { attachmentsOf, communicationHeading, communicationRow } from './format.js';

export const INTERNAL_TEXT_MAX_LENGTH = 100_000;

export const createInternalCommunication = defineTool({
  toolset: 'tickets',
  name: 'create_internal_communication',
  title: 'Add an internal note to a ticket',
  description:
    'Adds an internal communication to a TiFlux ticket: a note that only attendants see, never the client (to ' +
    'write to the client use create_ticket_answer). text is plain text (line breaks are kept) or HTML. Attach ' +
    'files with files_base64: up to 10 files, at most 3.5 MiB decoded for all of them together, each ' +
    '{ filename, content } with content in base64. Local file paths (files) cannot be read by this remote server. ' +
    'Not idempotent: calling it twice adds two notes. Ticket numbers come from list_tickets.',
  input: () => ({
    ticket_number: ticketNumber(),
    text: textParam('The note for the other attendants.', INTERNAL_TEXT_MAX_LENGTH),
    files_base64: filesBase64Param(),
    files: legacyFilesParam(),
  }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    const created = await tiflux.internalCommunications.create(args.ticket_number, {
      text: await markdownToHtml(args.text),
      files: args.files_base64,
    });
    const row = await communicationRow(created);
    const attached = attachmentsOf(created);
    const sentNames = (args.files_base64 ?? []).map((file) => file.filename);
    const lines = [
      `Internal communication added to ticket **#${args.ticket_number}**: ${communicationHeading(row)}`,
      attached.length
        ? `- Attached: ${attached.map((file) => `${file.name ?? 'file'} (${file.size})`).join(', ')}`
        : sentNames.length
          ? `- Attached: ${sentNames.join(', ')}`
          : undefined,
      `Read it back with get_internal_communication (ticket_number "${args.ticket_number}", communication_id "${row.id}").`,
    ];
    return { text: lines.filter(Boolean).join('\n') };
  },
});
