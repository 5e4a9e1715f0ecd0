/** Arguments the chat tools share, named as TiFlux names them (docs/chats-and-knowledge.md). */
import * as z from 'zod';
import { isCalendarDay } from '../shared/period.js';
import { idParam, nameParam } from '../shared/params.js';

export const CHAT_ORIGINS = ['chat', 'site_widget', 'campaign', 'whatsapp', 'whatsapp_web', 'gupshup', 'whatsapp_cloud'] as const;
export const STARTED_BY = ['Client', 'Attendant', 'Campaign', 'API'] as const;

/** ISO 8601 date-time with an offset, as the created_at and finished_at filters take it. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function chatIdParam() {
  return idParam('Chat id, from the chat lists.');
}

export function dateTimeParam(description: string) {
  return z
    .string()
    .trim()
    .regex(ISO_DATE_TIME, { error: 'must be an ISO 8601 date-time with its offset, e.g. "2026-11-30T08:00:00-03:00"' })
    .refine((value) => isCalendarDay(value) && !Number.isNaN(Date.parse(value)), { error: 'is not a real date-time' })
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
    department_id: idParam('Only this department.').optional(),
    client_id: idParam('Only this client.').optional(),
    client_name: nameParam('Only this client, by name.').optional(),
    requestor_id: idParam('Only this requestor (a client\'s contact).').optional(),
    requestor_name: nameParam('Only this requestor, by name or e-mail; within the client if given, else all clients (admin keys only).').optional(),
    number: phoneDigitsParam('Only this WhatsApp number (needs a WhatsApp licence).').optional(),
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
      .describe(`Channels, comma-separated: ${CHAT_ORIGINS.join(', ')}.`),
    started_by: z.enum(STARTED_BY).optional().describe('Who started the chat.'),
    created_at_start: dateTimeParam('Created at/after (ISO 8601 date-time with offset).'),
    created_at_end: dateTimeParam('Created at/before (ISO 8601 date-time with offset).'),
  };
}
