import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { formatDateTime, humanSize, inline } from '../format/text.js';
import { ticketNumber } from '../shared/params.js';

function fileOutput() {
  return z.object({
    id: z.number().int(),
    name: z.string().nullable(),
    content_type: z.string().nullable(),
    size_bytes: z.number().nullable(),
    url: z.string().nullable(),
    created_at: z.string().nullable(),
    created_by: z.string().nullable(),
  });
}

export const getTicketFiles = defineTool({
  toolset: 'tickets',
  name: 'get_ticket_files',
  title: 'List the files of a ticket',
  description:
    'Lists the files attached to a TiFlux ticket: name, id, type, size, who added it and when, and a download ' +
    'URL. All files come at once (TiFlux does not page this list). Ticket numbers come from list_tickets.',
  input: () => ({ ticket_number: ticketNumber() }),
  output: () => ({ ticket_number: z.string(), files: z.array(fileOutput()) }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const files = (await tiflux.ticketFiles.list(args.ticket_number)).map((file) => {
      const size = typeof file.size === 'string' ? Number(file.size) : file.size;
      return {
        id: file.id,
        name: file.name ?? file.file_name ?? null,
        content_type: file.content_type ?? null,
        size_bytes: typeof size === 'number' && Number.isFinite(size) ? size : null,
        url: file.url ?? null,
        created_at: file.created_at ?? null,
        created_by: file.created_by?.name ?? null,
      };
    });
    const text = files.length
      ? [
          `# ${files.length} file${files.length === 1 ? '' : 's'} on ticket #${args.ticket_number}`,
          ...files.map(
            (file) =>
              `- **${inline(file.name, '(no name)')}** (id ${file.id}) · ${inline(file.content_type, 'type unknown')} · ` +
              `${humanSize(file.size_bytes)} · added ${formatDateTime(file.created_at)} by ${inline(file.created_by)}` +
              (file.url ? `\n  ${file.url}` : ''),
          ),
        ].join('\n')
      : `Ticket #${args.ticket_number} has no files.`;
    return { text, structured: { ticket_number: args.ticket_number, files } };
  },
});
