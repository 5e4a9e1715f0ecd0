/** Internal communications (notes between attendants) in structured and markdown form. */
import * as z from 'zod';
import type { InternalCommunication } from '../../tiflux/client.js';
import { htmlToMarkdown } from '../../text/markdown.js';
import { formatDateTime, humanSize, inline, truncate } from '../format/text.js';

export const communicationShape = () => ({
  id: z.number().int(),
  author: z.string().nullable(),
  created_at: z.string().nullable(),
  text: z.string().describe('Plain text (TiFlux stores HTML).'),
  files_count: z.number().int().nullable(),
});
export type CommunicationRow = z.output<z.ZodObject<ReturnType<typeof communicationShape>>>;

export const attachmentOutput = () =>
  z.object({
    id: z.number().int().nullable(),
    name: z.string().nullable(),
    content_type: z.string().nullable(),
    size: z.string().describe('Human-readable size.'),
    url: z.string().nullable(),
  });

/** Async because the text is converted from TiFlux's HTML to Markdown (src/text/markdown.ts). */
export async function communicationRow(communication: InternalCommunication): Promise<CommunicationRow> {
  return {
    id: communication.id,
    author: communication.user?.name ?? null,
    created_at: communication.created_at ?? null,
    text: await htmlToMarkdown(communication.text),
    files_count: communication.files_count ?? communication.files?.length ?? null,
  };
}

export function attachmentsOf(communication: InternalCommunication): z.output<ReturnType<typeof attachmentOutput>>[] {
  return (communication.files ?? []).map((file) => ({
    id: file.id ?? null,
    name: file.file_name ?? file.filename ?? file.name ?? null,
    content_type: file.content_type ?? null,
    size: humanSize(file.size),
    url: file.url ?? null,
  }));
}

/** Heading line of one note: "**#512** by Ana · 2026-01-01 10:00 (-03:00) · 2 files". */
export function communicationHeading(row: CommunicationRow): string {
  const files = row.files_count ? ` · ${row.files_count} file${row.files_count === 1 ? '' : 's'}` : '';
  return `**${row.id}** by ${inline(row.author)} · ${formatDateTime(row.created_at)}${files}`;
}

export const PREVIEW_LENGTH = 300;

/** A list row: the text cut to its preview, the same in the text answer and the structured content. */
export function previewRow(row: CommunicationRow): CommunicationRow & { text_chars: number } {
  return { ...row, text: truncate(row.text, PREVIEW_LENGTH), text_chars: row.text.length };
}

export function communicationPreview(row: CommunicationRow): string {
  return `- ${communicationHeading(row)}\n  ${inline(row.text, '(no text)')}`;
}
