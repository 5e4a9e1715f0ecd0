// POST /clients and PUT /clients/{id} (docs/clients.md): flat JSON, PUT partial, the desk/group id arrays REPLACE the links.
// Changing client records needs the "manage clients" permission: the sandbox grants it to admin keys only (the
// reference does not name the permission; see docs/clients.md).

import { toBrasiliaIso } from '../../data/dates.js';
import { nextId } from '../../data/counters.js';
import type { TenantData } from '../../data/types.js';
import { created, ok } from '../../http/api-response.js';
import { FieldErrors, fieldsOf, flag, has, isEmail, text, type Fields } from '../../http/fields.js';
import { tenantOf } from '../../http/params.js';
import type { Route } from '../../http/router.js';
import { updateClientEntities } from './client-entities.js';
import { findClientParam } from './params.js';
import type { ClientRecord } from './records.js';
import { renderClient } from './render.js';

const BILLING_REPORT_TYPES = ['', 'detailed_with_appointment', 'detailed', 'synthetic'] as const;
type BillingReportType = (typeof BILLING_REPORT_TYPES)[number];

/** CPF (11 digits) or CNPJ (14), punctuation allowed. */
function isTaxId(value: string): boolean {
  const digits = value.replace(/[.\-/\s]/g, '');
  return /^\d{11}$/.test(digits) || /^\d{14}$/.test(digits);
}

function idArray(fields: Fields, name: string, known: Set<number>, errors: FieldErrors): number[] | undefined {
  if (!has(fields, name)) return undefined;
  const value = fields[name];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'number' || !Number.isInteger(item) || item <= 0)) {
    errors.add(name, 'must be an array of ids');
    return undefined;
  }
  const unknown = (value as number[]).filter((item) => !known.has(item));
  if (unknown.length) errors.add(name, `contains unknown ids: ${unknown.join(', ')}`);
  return [...new Set(value as number[])];
}

function optionalText(fields: Fields, name: string, errors: FieldErrors): string | null | undefined {
  if (!has(fields, name)) return undefined;
  if (fields[name] === null || fields[name] === '') return null;
  return text(fields, name, errors) ?? null;
}

function readClientFields(data: TenantData, fields: Fields, creating: boolean, existing?: ClientRecord) {
  const errors = new FieldErrors();
  const name = creating || has(fields, 'name') ? text(fields, 'name', errors, true)?.trim() : undefined;
  const social = creating || has(fields, 'social') ? text(fields, 'social', errors, true)?.trim() : undefined;
  const socialRevenue = optionalText(fields, 'social_revenue', errors);
  if (socialRevenue && !isTaxId(socialRevenue)) errors.add('social_revenue', 'is not a valid CPF or CNPJ');
  if (socialRevenue) {
    const digits = socialRevenue.replace(/\D/g, '');
    if (data.clients.some((client) => client !== existing && client.social_revenue.replace(/\D/g, '') === digits)) {
      errors.add('social_revenue', 'has already been taken');
    }
  }
  const emailFinancial = optionalText(fields, 'email_financial', errors);
  if (emailFinancial && !isEmail(emailFinancial)) errors.add('email_financial', 'is invalid');
  let maxAgents: number | null | undefined;
  if (has(fields, 'max_agents')) {
    const value = fields.max_agents;
    if (value === null) maxAgents = null;
    else if (typeof value === 'number' && Number.isInteger(value) && value >= 0) maxAgents = value;
    else errors.add('max_agents', 'must be a whole number ≥ 0');
  }
  let billing: BillingReportType | undefined;
  if (has(fields, 'billing_report_type')) {
    const value = fields.billing_report_type;
    if (typeof value === 'string' && (BILLING_REPORT_TYPES as readonly string[]).includes(value)) billing = value as BillingReportType;
    else errors.add('billing_report_type', `must be one of: ${BILLING_REPORT_TYPES.map((t) => `"${t}"`).join(', ')}`);
  }
  const activeDesks = data.desks.filter((desk) => desk.active).map((desk) => desk.id);
  const deskIds = flag(fields, 'add_all_desks', errors)
    ? activeDesks
    : idArray(fields, 'desk_ids', new Set(data.desks.map((desk) => desk.id)), errors);
  const groupIds = flag(fields, 'add_all_technical_groups', errors)
    ? data.technicalGroups.map((group) => group.id)
    : idArray(fields, 'technical_group_ids', new Set(data.technicalGroups.map((group) => group.id)), errors);
  const changes: Partial<ClientRecord> = {
    ...(name !== undefined ? { name } : {}),
    ...(social !== undefined ? { social } : {}),
    ...(socialRevenue !== undefined ? { social_revenue: socialRevenue ?? '' } : {}),
    ...(emailFinancial !== undefined ? { email_financial: emailFinancial } : {}),
    ...(maxAgents !== undefined ? { max_agents: maxAgents } : {}),
    ...(billing !== undefined ? { billing_report_type: billing } : {}),
    ...(deskIds !== undefined ? { desk_ids: deskIds } : {}),
    ...(groupIds !== undefined ? { technical_group_ids: groupIds } : {}),
  };
  for (const key of ['sms_financial', 'municipal_registration', 'estadual_registration', 'anotations'] as const) {
    const value = optionalText(fields, key, errors);
    if (value !== undefined) changes[key] = value;
  }
  for (const key of ['status', 'visible_to_clients', 'authorization_flow'] as const) {
    const value = flag(fields, key, errors);
    if (value !== undefined) changes[key] = value;
  }
  errors.check();
  return changes;
}

export const clientWriteRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/clients',
    adminOnly: true,
    accepts: ['json'],
    handle(context) {
      const data = tenantOf(context);
      const changes = readClientFields(data, fieldsOf(context.body), true);
      const at = toBrasiliaIso(context.now);
      const client: ClientRecord = {
        id: nextId(data.clients),
        name: '', social: '', social_revenue: '', status: true, email_financial: null, sms_financial: null,
        municipal_registration: null, estadual_registration: null, max_agents: null, anotations: null,
        visible_to_clients: true, authorization_flow: false, billing_report_type: '', entity_values: {}, desk_ids: [],
        technical_group_ids: [], created_at: at, updated_at: at,
        ...changes,
      };
      data.clients.push(client);
      return created(renderClient(data, client));
    },
  },
  {
    method: 'PUT',
    pattern: '/clients/:id',
    adminOnly: true,
    accepts: ['json'],
    handle(context) {
      const data = tenantOf(context);
      const client = findClientParam(context);
      const changes = readClientFields(data, fieldsOf(context.body), false, client);
      Object.assign(client, changes, { updated_at: toBrasiliaIso(context.now) });
      return ok(renderClient(data, client));
    },
  },
  {
    method: 'PUT',
    pattern: '/clients/:id/entities',
    adminOnly: true,
    accepts: ['json'],
    handle: (context) => updateClientEntities(context, findClientParam(context)),
  },
];
