/** How requestors are shown: one Markdown line each, and the structured row read tools return. */
import * as z from 'zod';
import type { Requestor } from '../../tiflux/schemas/people.js';
import { displayValue, inline } from '../format/text.js';

export function requestorOutput() {
  return z.object({
    id: z.number().int(),
    name: z.string(),
    email: z.string().nullable(),
    telephone: z.string().nullable(),
    extension: z.string().nullable(),
    can_open_ticket: z.boolean().nullable(),
    client_id: z.number().int().nullable(),
    client_name: z.string().nullable(),
  });
}
export type RequestorRow = z.output<ReturnType<typeof requestorOutput>>;

export function requestorRow(requestor: Requestor, client?: { id: number; name?: string }): RequestorRow {
  return {
    id: requestor.id,
    name: requestor.name,
    email: requestor.email ?? null,
    telephone: requestor.telephone ?? null,
    extension: requestor.extension ?? null,
    can_open_ticket: requestor.can_open_ticket ?? null,
    client_id: requestor.client?.id ?? client?.id ?? null,
    client_name: requestor.client?.name ?? client?.name ?? null,
  };
}

export function requestorLine(row: RequestorRow): string {
  return (
    `- **${inline(row.name)}** (requestor_id ${row.id})` +
    (row.email ? ` · ${row.email}` : '') +
    (row.telephone ? ` · tel. ${row.telephone}` : '') +
    (row.extension ? ` · ext. ${row.extension}` : '') +
    (row.client_name || row.client_id ? ` · client ${inline(row.client_name, '?')}${row.client_id ? ` (client_id ${row.client_id})` : ''}` : '') +
    (row.can_open_ticket === false ? ' · cannot open tickets' : '')
  );
}

/** A custom field as TiFlux returns it on a requestor (list or get shape): its label and value. */
export interface ShownField {
  entity_field_id: number | null;
  name: string;
  value: string;
}

export function fieldOutput() {
  return z.object({ entity_field_id: z.number().int().nullable(), name: z.string(), value: z.string() });
}

export function shownFields(fields: readonly Record<string, unknown>[] | null | undefined): ShownField[] {
  return (fields ?? []).map((field) => {
    const options = Array.isArray(field.options) ? (field.options as Record<string, unknown>[]) : [];
    const ticked = options.filter((option) => option.id !== null && option.id !== undefined && (option.value ?? option.title));
    const value = ticked.length ? ticked.map((option) => String(option.title ?? option.value)).join(', ') : displayValue(field.value);
    return {
      entity_field_id: typeof field.entity_field_id === 'number' ? field.entity_field_id : null,
      name: typeof field.name === 'string' ? field.name : '?',
      value,
    };
  });
}
