/** Contact fields as TiFlux names them: the phone is sent as `number` (TiFlux answers it as `telephone`). */
import * as z from 'zod';
import type { ContactFields } from '../../tiflux/resources/client-contacts.js';
import { emailParam } from '../shared/params.js';

export function contactFieldArgs() {
  return {
    use: z.string().trim().min(1).max(50).describe('Purpose, e.g. "Commercial" or "Personal".'),
    number: z
      .string()
      .trim()
      .regex(/^\+?[\d\s().-]{8,20}$/, { error: 'must be a phone number, e.g. "(47) 3322-1100"' })
      .describe('Phone, e.g. "(47) 3322-1100" (answered back as telephone).'),
    owner: z.string().trim().min(1).max(200).describe('Whose contact it is, e.g. "Maria Schmitt".'),
    email: emailParam('E-mail of the contact.'),
    country: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, { error: 'must be a 2-letter country code, e.g. "BR"' })
      .transform((value) => value.toUpperCase())
      .optional()
      .describe('Phone country, 2 letters, e.g. "BR".'),
  };
}

export const CONTACT_FIELD_NAMES = ['use', 'number', 'owner', 'email', 'country'] as const;

export function contactBody(args: Record<string, unknown>): ContactFields {
  const body: Record<string, unknown> = {};
  for (const name of CONTACT_FIELD_NAMES) if (args[name] !== undefined) body[name] = args[name];
  return body as ContactFields;
}
