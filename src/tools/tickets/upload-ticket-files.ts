import * as z from 'zod';
import { MAX_FILES_PER_CALL } from '../../tiflux/client.js';
import { defineTool } from '../define-tool.js';
import { humanSize } from '../format/text.js';
import { filesBase64Param } from '../shared/attachments.js';
import { ticketNumber } from '../shared/params.js';

export const uploadTicketFiles = defineTool({
  toolset: 'tickets',
  name: 'upload_ticket_files',
  title: 'Attach files to a ticket',
  description:
    'Attaches files to a TiFlux ticket: files_base64, up to ' + `${MAX_FILES_PER_CALL} files (3.5 MiB decoded in all), ` +
    'each { filename, content (base64) }. Lists the new file ids. Not idempotent.',
  input: () => ({
    ticket_number: ticketNumber('Ticket number, e.g. "84429".'),
    files_base64: filesBase64Param()
      .unwrap()
      .refine((files) => files.length > 0, { error: 'must hold at least one file' })
      .describe('The files (at least one).'),
  }),
  output: () => ({
    ticket_number: z.string(),
    files: z.array(z.object({ id: z.number().int().nullable(), name: z.string(), size: z.string() })),
  }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    const stored = await tiflux.ticketFiles.upload(args.ticket_number, args.files_base64);
    // TiFlux's answer names the stored files; when it does not, the names sent stand in (docs/tickets.md).
    const files = args.files_base64.map((sent, index) => {
      const file = stored[index];
      return {
        id: file?.id ?? null,
        name: file?.name ?? file?.file_name ?? sent.filename,
        size: humanSize(sent.content.length),
      };
    });
    const text = [
      `Attached ${files.length} file${files.length === 1 ? '' : 's'} to ticket **#${args.ticket_number}**:`,
      ...files.map((file) => `- ${file.name} (file_id ${file.id ?? 'not returned'}) · ${file.size}`),
    ].join('\n');
    return { text, structured: { ticket_number: args.ticket_number, files } };
  },
});
