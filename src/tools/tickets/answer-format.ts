/** Answers (client-facing replies) as rows and Markdown. */
import * as z from 'zod';
import type { TicketAnswer } from '../../tiflux/client.js';
import { htmlToMarkdown } from '../../text/markdown.js';
import { formatDateTime, humanSize, inline, truncate } from '../format/text.js';

export const ANSWER_PREVIEW_LENGTH = 300;

export const answerRowOutput = () =>
  z.object({
    id: z.number().int(),
    author: z.string().nullable(),
    answer_time: z.string().nullable(),
    answer_origin: z.string().nullable(),
    files_count: z.number().int().nullable(),
    preview: z.string().describe(`First ${ANSWER_PREVIEW_LENGTH} characters, as Markdown (sanitised).`),
  });
export type AnswerRow = z.output<ReturnType<typeof answerRowOutput>>;

export const answerFileOutput = () =>
  z.object({
    id: z.number().int().nullable().describe('The file_id delete_ticket_answer_file takes.'),
    name: z.string().nullable(),
    content_type: z.string().nullable(),
    size: z.string(),
    url: z.string().nullable(),
  });

export function authorOf(answer: TicketAnswer): string | null {
  return (typeof answer.author === 'string' ? answer.author : answer.author?.name) ?? null;
}

/** Async because the preview is converted from TiFlux's HTML to Markdown (src/text/markdown.ts, docs/text.md). */
export async function answerRow(answer: TicketAnswer): Promise<AnswerRow> {
  return {
    id: answer.id,
    author: authorOf(answer),
    answer_time: answer.answer_time ?? null,
    answer_origin: answer.answer_origin ?? null,
    files_count: answer.files_count ?? answer.files?.length ?? null,
    preview: truncate(await htmlToMarkdown(answer.name), ANSWER_PREVIEW_LENGTH),
  };
}

export function answerFiles(answer: TicketAnswer): z.output<ReturnType<typeof answerFileOutput>>[] {
  return (answer.files ?? []).map((file) => ({
    id: file.id ?? null,
    name: file.file_name ?? file.filename ?? file.name ?? null,
    content_type: file.content_type ?? null,
    size: humanSize(file.size),
    // Only web links are links; anything else is not a URL a person can open.
    url: file.url && /^https?:\/\//i.test(file.url) ? file.url : null,
  }));
}

/** "**609998** by Ana · 2026-01-01 10:00 (-03:00) · via email · 1 file". */
export function answerHeading(row: AnswerRow): string {
  const files = row.files_count ? ` · ${row.files_count} file${row.files_count === 1 ? '' : 's'}` : '';
  const origin = row.answer_origin ? ` · via ${inline(row.answer_origin)}` : '';
  return `**${row.id}** by ${inline(row.author)} · ${formatDateTime(row.answer_time)}${origin}${files}`;
}
