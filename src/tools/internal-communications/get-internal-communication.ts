import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { textOffsetParam, windowOf } from '../format/long-text.js';
import { ticketNumber } from '../shared/params.js';
import { recordIdParam } from '../shared/record-id.js';
import { attachmentOutput, attachmentsOf, communicationHeading, communicationRow, communicationShape } from './format.js';

function communicationId() {
  return recordIdParam('Id of the internal communication (list_internal_communications shows it).', 'list_internal_communications', {
    invalid: 'must be the id of an internal communication (digits), as list_internal_communications shows it',
    zero: 'must be an id greater than 0',
  });
}

export const getInternalCommunication = defineTool({
  toolset: 'tickets',
  name: 'get_internal_communication',
  title: 'Read one internal note',
  description:
    'Reads one internal communication of a TiFlux ticket in full: author, date, the whole text (as plain text) ' +
    'and its attached files with download URLs. A long text comes 20,000 characters at a time: text_offset reads on. ' +
    'Get the id from list_internal_communications.',
  input: () => ({
    ticket_number: ticketNumber(),
    communication_id: communicationId(),
    text_offset: textOffsetParam('text'),
  }),
  output: () => ({
    ticket_number: z.string(),
    ...communicationShape(),
    updated_at: z.string().nullable(),
    text_chars: z.number().int().describe('Length of the whole text, in characters.'),
    text_next_offset: z.number().int().nullable().describe('The text_offset that reads on, or null when the text is shown to its end.'),
    files: z.array(attachmentOutput()),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const communication = await tiflux.internalCommunications.get(args.ticket_number, args.communication_id);
    const full = await communicationRow(communication);
    const window = windowOf(
      full.text,
      args.text_offset,
      (next) =>
        `call get_internal_communication with ticket_number "${args.ticket_number}", communication_id "${full.id}" and text_offset ${next}`,
    );
    const row = { ...full, text: window.text };
    const files = attachmentsOf(communication);
    const lines = [
      `# Internal communication ${row.id} on ticket #${args.ticket_number}`,
      communicationHeading(row),
      '',
      row.text || '(no text)',
      ...(window.note ? [window.note] : []),
    ];
    if (files.length) {
      lines.push('', '## Files');
      for (const file of files) {
        lines.push(`- ${file.name ?? '(no name)'} · ${file.content_type ?? 'type unknown'} · ${file.size}${file.url ? `\n  ${file.url}` : ''}`);
      }
    }
    return {
      text: lines.join('\n'),
      structured: {
        ticket_number: args.ticket_number,
        ...row,
        updated_at: communication.updated_at ?? null,
        text_chars: window.total_chars,
        text_next_offset: window.next_offset,
        files,
      },
    };
  },
});
