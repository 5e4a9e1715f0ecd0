/** Arguments the chat tools share, named as TiFlux names them (docs/chats-and-knowledge.md). */
import * as z from 'zod';
import { idParam, nameParam } from '../shared/params.js';

export const CHAT_ORIGINS = ['chat', 'site_widget', 'campaign', 'whatsapp', 'whatsapp_web', 'gupshup', 'whatsapp_cloud'] as const;
export const STARTED_BY = ['Client', 'Attendant', 'Campaign', 'API'] as const;

/** ISO 8601 date-time with an offset, as the created_at and finished_at filters take it. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function chatIdParam() {
  return idParam('Chat id, as the chat lists (list_inbox_chats, list_my_chats…) show it.');
}

export function dateTimeParam(description: string) {
  return z
    .string()
    .trim()
    .regex(ISO_DATE_TIME, { error: 'must be an ISO 8601 date-time with its offset, e.g. "2026-11-30T08:00:00-03:00"' })
    .refine((value) => !Number.isNaN(Date.parse(value)), { error: 'is not a real date-time' })
    .optional()
    .describe(description);
}

/** A phone number as TiFlux wants it: digits only, country code included (e.g. 5511987654321). */
export function phoneDigitsParam(description: string) {
  return z
    .union([z.string().trim(), z.number().int().positive()])
    .transform((value) => String(value))
    .refine((value) => /^\d{8,15}$/.test(value), {
      error: 'must be the phone number in digits only, 8 to 15 of them, no "+", spaces or dashes (e.g. "5511987654321")',
    })
    .describe(description);
}

/** The filters every chat list takes (TiFlux's), plus client and requestor by name. */
export function chatListFilters() {
  return {
    department_id: idParam('Only chats of this department (list_departments gives ids).').optional(),
    client_id: idParam('Only chats of this client (id from search_client).').optional(),
    client_name: nameParam('Only chats of this client, by name (resolved like search_client); or use client_id.').optional(),
    requestor_id: idParam('Only chats of this requestor (the client\'s contact person).').optional(),
    requestor_name: nameParam(
      'Only chats of this requestor, by name or e-mail; searched inside the client when one is given, else across ' +
        'all clients (admin keys only).',
    ).optional(),
    number: phoneDigitsParam('Only chats with this WhatsApp contact number (needs a WhatsApp licence).').optional(),
    origins: z
      .string()
      .max(200)
      .transform((value, ctx) => {
        const items = value.split(',').map((item) => item.trim()).filter(Boolean);
        const unknown = items.filter((item) => !(CHAT_ORIGINS as readonly string[]).includes(item));
        if (unknown.length) {
          ctx.issues.push({ code: 'custom', input: value, message: `holds ${unknown.map((u) => `"${u}"`).join(', ')}; allowed: ${CHAT_ORIGINS.join(', ')}` });
          return z.NEVER;
        }
        return items.length ? [...new Set(items)].join(',') : undefined;
      })
      .optional()
      .describe(`Only chats from these channels, comma-separated: ${CHAT_ORIGINS.join(', ')}.`),
    started_by: z.enum(STARTED_BY).optional().describe('Only chats started by: Client, Attendant, Campaign or API.'),
    created_at_start: dateTimeParam('Only chats created at or after this ISO 8601 date-time (with offset).'),
    created_at_end: dateTimeParam('Only chats created at or before this ISO 8601 date-time (with offset).'),
  };
}
