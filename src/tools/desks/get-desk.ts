import * as z from 'zod';
import { createDeskSettingsApi } from '../../tiflux/resources/desk-settings.js';
import { defineTool } from '../define-tool.js';
import { displayValue, inline } from '../format/text.js';
import { deskFromArguments } from '../names/desk-argument.js';
import { idParam, nameParam } from '../shared/params.js';

/** The configuration TiFlux returns, grouped for reading (docs/people.md names the fields; docs/people.md). */
const GROUPS: [string, string[]][] = [
  ['General', ['description', 'active', 'internal_desk', 'receiving_new_tickets', 'attendance_type', 'appointment_type',
    'only_attendants_can_open', 'user_without_access_create_ticket', 'cancelable_tickets', 'add_ticket_feedback', 'summary', 'reminder']],
  ['SLA', ['desk_with_sla', 'sla_goal', 'can_stop_sla', 'ticket_with_sla_time']],
  ['Review and reopening', ['ticket_review', 'review_type', 'default_revised', 'can_reopen_revised_tickets', 'time_limit_to_reopening',
    'behavior_billed_tickets', 'behavior_not_billed_tickets']],
  ['Catalogue', ['require_service_catalog_open_ticket', 'services_catalog_item']],
];

function isShown(value: unknown): boolean {
  return !(value === null || value === undefined || value === false || value === '' || (Array.isArray(value) && value.length === 0));
}

function requiredFieldsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' && value.trim()) return value.split(',').map((field) => field.trim()).filter(Boolean);
  return [];
}

export const getDesk = defineTool({
  toolset: 'desks',
  name: 'get_desk',
  title: 'Get a desk\'s configuration',
  description:
    'Reads one TiFlux desk\'s configuration: whether it receives tickets and who may open them, cancelling, feedback, ' +
    'SLA (desk_with_sla, sla_goal, pausing), review and reopening rules, whether a catalogue item is required to open ' +
    'or close, the requestor fields a new ticket must carry (required_fields), the desks it may transfer to. ' +
    'Priorities: list_desk_priorities; stages: search_stage.',
  input: () => ({
    desk_id: idParam('Desk id, or give desk_name; the id wins.').optional(),
    desk_name: nameParam('Desk name or display name.').optional(),
  }),
  output: () => ({
    desk: z.object({
      id: z.number().int(),
      name: z.string(),
      display_name: z.string().nullable(),
      active: z.boolean().nullable(),
      required_fields: z.array(z.string()),
      sla: z.object({ desk_with_sla: z.unknown(), sla_goal: z.unknown(), can_stop_sla: z.unknown(), ticket_with_sla_time: z.unknown() }),
      configuration: z.record(z.string(), z.unknown()),
    }),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const ref = await deskFromArguments(tiflux, 'get_desk', args);
    const desk = await tiflux.use(createDeskSettingsApi).get(ref.id);
    const record = desk as Record<string, unknown>;
    const requiredFields = requiredFieldsOf(desk.required_fields);
    const lines = [`# Desk ${inline(desk.display_name || desk.name)} (desk_id ${desk.id})`];
    if (desk.display_name && desk.display_name !== desk.name) lines.push(`- Name: ${inline(desk.name)}`);
    for (const [title, fields] of GROUPS) {
      const shown = fields.filter((field) => isShown(record[field]));
      if (!shown.length) continue;
      lines.push('', `## ${title}`, ...shown.map((field) => `- ${field}: ${displayValue(record[field])}`));
    }
    lines.push('', `## Required on new tickets`, requiredFields.length ? `- ${requiredFields.join(', ')}` : '- nothing beyond TiFlux\'s defaults');
    const exchange = Array.isArray(record.desk_exchange) ? (record.desk_exchange as Record<string, unknown>[]) : [];
    if (exchange.length) {
      lines.push('', '## May transfer to', ...exchange.map((target) => `- ${inline(String(target.display_name ?? target.name ?? '?'))} (desk_id ${String(target.id)})`));
    }
    return {
      text: lines.join('\n'),
      structured: {
        desk: {
          id: desk.id,
          name: desk.name,
          display_name: desk.display_name ?? null,
          active: desk.active ?? null,
          required_fields: requiredFields,
          sla: {
            desk_with_sla: record.desk_with_sla ?? null,
            sla_goal: record.sla_goal ?? null,
            can_stop_sla: record.can_stop_sla ?? null,
            ticket_with_sla_time: record.ticket_with_sla_time ?? null,
          },
          configuration: record,
        },
      },
    };
  },
});
