/**
 * Tickets as the model sees them: a structured form (for structuredContent, with its zod output shape) and the
 * markdown built from it. Pure: the tools pass in what the client returned.
 */
import * as z from 'zod';
import type { Ticket, TicketEntityField } from '../../tiflux/client.js';
import { htmlToMarkdown } from '../../text/markdown.js';
import { displayValue, formatDateTime, inline } from './text.js';
import { entriesOf } from './list-change.js';
import { windowOf } from './long-text.js';

// Output shapes are functions, built only when a schema is needed (tests, the tools/list snapshot).
const refOutput = () => z.object({ id: z.number().int().nullable(), name: z.string().nullable() }).nullable();
type Ref = z.output<ReturnType<typeof refOutput>>;

export const ticketSummaryShape = () => ({
  ticket_number: z.string(),
  title: z.string(),
  status: z.string().nullable(),
  is_closed: z.boolean().nullable(),
  priority: z.string().nullable(),
  client: refOutput(),
  desk: refOutput(),
  stage: refOutput(),
  responsible: refOutput(),
  created_at: z.string().nullable(),
  updated_at: z.string().nullable(),
});
export const ticketSummaryOutput = () => z.object(ticketSummaryShape());
export type TicketSummary = z.output<ReturnType<typeof ticketSummaryOutput>>;

const customFieldOutput = () =>
  z.object({
    entity: z.string().nullable(),
    entity_field_id: z.number().int().nullable(),
    name: z.string().nullable(),
    field_type: z.string().nullable(),
    value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  });
export type CustomField = z.output<ReturnType<typeof customFieldOutput>>;

export const ticketDetailOutput = () => ({
  ...ticketSummaryShape(),
  description: z
    .string()
    .describe('The description as plain text (TiFlux stores HTML): the window shown, cut like the text answer when long.'),
  description_chars: z.number().int().describe('Length of the whole description, in characters.'),
  description_next_offset: z
    .number()
    .int()
    .nullable()
    .describe('The description_offset that reads on, or null when the description is shown to its end.'),
  closed_at: z.string().nullable(),
  services_catalog: z
    .object({
      id: z.number().int().nullable(),
      item: z.string().nullable(),
      area: z.string().nullable(),
      catalog: z.string().nullable(),
    })
    .nullable(),
  followers: z.array(z.string()),
  tags: z.array(z.string()),
  worked_hours: z.string().nullable(),
  url_internal: z.string().nullable(),
  url_external: z.string().nullable(),
  custom_fields: z.array(customFieldOutput()),
});
export type TicketDetail = z.output<z.ZodObject<ReturnType<typeof ticketDetailOutput>>>;

function nameOf(value: { name?: string | null } | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : (value.name ?? null);
}

function refOf(value: { id?: number | null; name?: string | null; display_name?: string | null } | null | undefined): Ref {
  if (!value) return null;
  return { id: value.id ?? null, name: value.display_name || value.name || null };
}

export function summariseTicket(ticket: Ticket): TicketSummary {
  return {
    ticket_number: String(ticket.ticket_number),
    title: ticket.title,
    status: nameOf(ticket.status),
    is_closed: ticket.is_closed ?? null,
    priority: nameOf(ticket.priority),
    client: refOf(ticket.client) ?? (ticket.client_name ? { id: null, name: ticket.client_name } : null),
    desk: refOf(ticket.desk),
    stage: refOf(ticket.stage),
    responsible: refOf(ticket.responsible) ?? refOf(ticket.assigned_to),
    created_at: ticket.created_at ?? null,
    updated_at: ticket.updated_at ?? null,
  };
}

function scalarOf(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

function customFieldOf(field: TicketEntityField, entity: string | null): CustomField {
  return {
    entity,
    entity_field_id: field.entity_field_id ?? field.id ?? null,
    name: field.name ?? null,
    field_type: field.field_type ?? null,
    value: scalarOf(field.value),
  };
}

/**
 * Async because the description is converted from TiFlux's HTML to Markdown (src/text/markdown.ts).
 * `descriptionOffset`: where the description window starts (long-text.ts; 0 or absent = the start).
 */
export async function detailTicket(ticket: Ticket, descriptionOffset?: number): Promise<TicketDetail> {
  const catalog = ticket.services_catalog;
  // TiFlux fills either `entities` (grouped) or the root `entity_fields`, never both.
  const customFields = [
    ...(ticket.entities ?? []).flatMap((entity) =>
      (entity.entity_fields ?? []).map((field) => customFieldOf(field, entity.name ?? null)),
    ),
    ...(ticket.entity_fields ?? []).map((field) => customFieldOf(field, null)),
  ];
  return {
    ...summariseTicket(ticket),
    ...descriptionFields(ticket.ticket_number, await htmlToMarkdown(ticket.description), descriptionOffset),
    closed_at: ticket.closed_at ?? null,
    services_catalog: catalog
      ? {
          id: catalog.id ?? null,
          item: catalog.item_name ?? null,
          area: catalog.area_name ?? null,
          catalog: catalog.catalog_name ?? null,
        }
      : null,
    followers: entriesOf(ticket.followers),
    tags: entriesOf(ticket.tags),
    worked_hours: ticket.worked_hours === null || ticket.worked_hours === undefined ? null : String(ticket.worked_hours),
    url_internal: ticket.url_internal_path ?? null,
    url_external: ticket.url_external_path ?? null,
    custom_fields: customFields,
  };
}

function readOnFor(ticketNumber: string | number) {
  return (next: number) => `call get_ticket with ticket_number "${ticketNumber}" and description_offset ${next}`;
}

function descriptionFields(ticketNumber: number, description: string, offset: number | undefined) {
  const shown = windowOf(description, offset, readOnFor(ticketNumber));
  return { description: shown.text, description_chars: shown.total_chars, description_next_offset: shown.next_offset };
}

/** The note under a cut description, from the structured fields (so text and structure cannot disagree). */
function descriptionNote(ticket: TicketDetail): string | undefined {
  if (ticket.description_next_offset === null) return undefined;
  const shown = ticket.description_next_offset;
  return (
    `[Description cut: the characters after ${shown.toLocaleString('en-US')} of ${ticket.description_chars.toLocaleString('en-US')} ` +
    `are not shown. To read on, ${readOnFor(ticket.ticket_number)(shown)}.]`
  );
}

function refText(ref: Ref, fallback = '—'): string {
  if (!ref) return fallback;
  return ref.id !== null ? `${inline(ref.name)} (id ${ref.id})` : inline(ref.name, fallback);
}

function statusText(ticket: TicketSummary): string {
  const closed = ticket.is_closed === true ? ' (closed)' : '';
  return `${inline(ticket.status)}${closed}`;
}

/** One list entry: "- **#84429** VPN não conecta — Aberto · Cliente … " */
export function ticketListEntry(ticket: TicketSummary): string {
  return (
    `- **#${ticket.ticket_number}** ${inline(ticket.title)}\n` +
    `  ${statusText(ticket)} · priority ${inline(ticket.priority)} · client ${refText(ticket.client)} · ` +
    `desk ${refText(ticket.desk)} · stage ${refText(ticket.stage)} · responsible ${refText(ticket.responsible, 'unassigned')} · ` +
    `created ${formatDateTime(ticket.created_at)}`
  );
}

/** The compact verbosity's one line: what tells tickets apart in a list. */
export function ticketCompactEntry(ticket: TicketSummary): string {
  return (
    `#${ticket.ticket_number} ${inline(ticket.title)} · ${statusText(ticket)} · ${refText(ticket.client)} · ` +
    `stage ${refText(ticket.stage)} · ${refText(ticket.responsible, 'unassigned')}`
  );
}

export function ticketMarkdown(ticket: TicketDetail): string {
  const lines = [
    `## Ticket #${ticket.ticket_number}: ${inline(ticket.title)}`,
    `- Status: ${statusText(ticket)}`,
    `- Priority: ${inline(ticket.priority)}`,
    `- Client: ${refText(ticket.client)}`,
    `- Desk: ${refText(ticket.desk)}`,
    `- Stage: ${refText(ticket.stage)}`,
    `- Responsible: ${refText(ticket.responsible, 'unassigned')}`,
  ];
  if (ticket.services_catalog) {
    const path = [ticket.services_catalog.catalog, ticket.services_catalog.area, ticket.services_catalog.item]
      .filter(Boolean)
      .join(' › ');
    lines.push(`- Catalogue item: ${inline(path)}${ticket.services_catalog.id ? ` (id ${ticket.services_catalog.id})` : ''}`);
  }
  lines.push(`- Created: ${formatDateTime(ticket.created_at)} · Updated: ${formatDateTime(ticket.updated_at)}`);
  if (ticket.closed_at) lines.push(`- Closed: ${formatDateTime(ticket.closed_at)}`);
  if (ticket.followers.length) lines.push(`- Followers: ${ticket.followers.join(', ')}`);
  if (ticket.tags.length) lines.push(`- Tags: ${ticket.tags.join(', ')}`);
  if (ticket.worked_hours) lines.push(`- Worked hours: ${ticket.worked_hours}`);
  if (ticket.url_internal) lines.push(`- Link (attendants): ${ticket.url_internal}`);
  if (ticket.url_external) lines.push(`- Link (client): ${ticket.url_external}`);
  lines.push('', '### Description', ticket.description || '(empty)');
  const cut = descriptionNote(ticket);
  if (cut) lines.push(cut);
  if (ticket.custom_fields.length) {
    lines.push('', '### Custom fields');
    for (const field of ticket.custom_fields) {
      const value = displayValue(field.value);
      const group = field.entity ? `${inline(field.entity)} › ` : '';
      lines.push(
        `- ${group}${inline(field.name)}: ${value}  (entity_field_id ${field.entity_field_id ?? '?'}, ${inline(field.field_type, 'type unknown')})`,
      );
    }
  }
  return lines.join('\n');
}
