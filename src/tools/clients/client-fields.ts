/**
 * The editable fields of a client, shared by create_client and update_client, named as TiFlux names them (the
 * notes field is `anotations`, sic). desk_ids / technical_group_ids REPLACE the current links.
 */
import * as z from 'zod';
import type { ClientFields } from '../../tiflux/resources/client-records.js';
import { emailParam, idParam } from '../shared/params.js';

const shortText = (description: string, max = 255) =>
  z.string().trim().min(1, { error: 'must not be empty' }).max(max).describe(description);

const idArray = (description: string) =>
  z.array(idParam('An id.')).max(200).describe(description);

export const BILLING_REPORT_TYPES = ['detailed_with_appointment', 'detailed', 'synthetic', ''] as const;

export function clientFieldArgs() {
  return {
    social_revenue: z
      .string()
      .trim()
      .regex(/^[\d.\-/ ]{11,20}$/, { error: 'must be a CPF (11 digits) or CNPJ (14 digits), punctuation allowed' })
      .optional()
      .describe('CPF or CNPJ, e.g. "12.345.678/0001-90".'),
    desk_ids: idArray('Desks it may open tickets on; REPLACES the current list.').optional(),
    add_all_desks: z.boolean().optional().describe('true: link every desk instead of desk_ids.'),
    technical_group_ids: idArray('Technical groups serving it; REPLACES the current list.').optional(),
    add_all_technical_groups: z.boolean().optional().describe('true: link every technical group.'),
    status: z.boolean().optional().describe('true: active; false: inactive.'),
    max_agents: z.number().int().min(0).max(100_000).optional().describe('Maximum number of portal users.'),
    email_financial: emailParam('Financial (invoice) e-mail.').optional(),
    sms_financial: shortText('Phone for financial SMS.', 30).optional(),
    municipal_registration: shortText('Municipal registration (inscrição municipal).', 50).optional(),
    estadual_registration: shortText('State registration (inscrição estadual).', 50).optional(),
    anotations: z.string().max(10_000).optional().describe('Free notes, sent as given.'),
    visible_to_clients: z.boolean().optional().describe('Whether its portal users see each other\'s tickets.'),
    authorization_flow: z.boolean().optional().describe('Whether its tickets go through an authorization flow.'),
    billing_report_type: z
      .enum(BILLING_REPORT_TYPES)
      .optional()
      .describe('Billing report type; "" for none.'),
  };
}

/**
 * Every field create_client/update_client can send, spelled out so no zod schema is built at import (cold start);
 * tests/tools/clients-records.e2e.test.ts checks it against update_client's arguments.
 */
export const CLIENT_FIELD_NAMES = [
  'name',
  'social',
  'social_revenue',
  'desk_ids',
  'add_all_desks',
  'technical_group_ids',
  'add_all_technical_groups',
  'status',
  'max_agents',
  'email_financial',
  'sms_financial',
  'municipal_registration',
  'estadual_registration',
  'anotations',
  'visible_to_clients',
  'authorization_flow',
  'billing_report_type',
] as const satisfies readonly (keyof ReturnType<typeof clientFieldArgs> | 'name' | 'social')[];

export const nameArg = (description: string) => shortText(description);

/** The TiFlux body: only the fields that were given. */
export function clientBody(args: Record<string, unknown>): ClientFields {
  const body: Record<string, unknown> = {};
  for (const name of CLIENT_FIELD_NAMES) if (args[name] !== undefined) body[name] = args[name];
  return body as ClientFields;
}
