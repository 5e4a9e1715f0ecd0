/** Checklists (forms) of a ticket: their fields, fill state, and what blocks closing. */
import * as z from 'zod';
import type { Checklist, ChecklistField } from '../../tiflux/schemas/ticket-records.js';
import { inline } from '../format/text.js';

const optionOutput = () =>
  z.object({
    id: z.union([z.string(), z.number()]).nullable().describe('The id update_ticket_checklist_item takes in options.'),
    description: z.string().nullable(),
    checked: z.boolean(),
  });

export const checklistFieldOutput = () =>
  z.object({
    index: z.number().int().describe('The index update_ticket_checklist_item takes (0 is the first field).'),
    title: z.string().nullable(),
    type: z.string().nullable(),
    required: z.boolean(),
    filled: z.boolean(),
    value: z.union([z.string(), z.number(), z.boolean()]).nullable(),
    options: z.array(optionOutput()),
  });
type FieldRow = z.output<ReturnType<typeof checklistFieldOutput>>;

export const checklistOutput = () =>
  z.object({
    id: z.number().int().nullable().describe('The checklist_id update_ticket_checklist_item takes.'),
    name: z.string().nullable(),
    required: z.boolean(),
    pending: z.boolean().describe('True when a required field is still blank: the ticket cannot be closed yet.'),
    fields: z.array(checklistFieldOutput()),
  });
export type ChecklistRow = z.output<ReturnType<typeof checklistOutput>>;

function fieldRow(field: ChecklistField): FieldRow {
  const value = field.value ?? null;
  return {
    index: field.index,
    title: field.title ?? null,
    type: field.type ?? null,
    required: field.required === true,
    filled: field.filled === true,
    value,
    options: (field.options ?? []).map((option) => ({
      id: option.id ?? null,
      description: option.description ?? null,
      // radio: the field's value holds the chosen option id (compared as text, 2 = "2"); checkbox: option.value true.
      checked:
        field.type === 'radio'
          ? value !== null && option.id != null && String(option.id) === String(value)
          : option.value === true,
    })),
  };
}

export function checklistRow(checklist: Checklist): ChecklistRow {
  return {
    id: checklist.id ?? null,
    name: checklist.name ?? null,
    required: checklist.required === true,
    pending: checklist.pending === true,
    fields: (checklist.fields ?? []).map(fieldRow),
  };
}

export function fieldMarkdown(field: FieldRow): string {
  const state = field.filled ? 'filled' : field.required ? '**blank, required**' : 'blank';
  const shown =
    field.options.length > 0
      ? field.options.map((option) => `${option.checked ? '[x]' : '[ ]'} ${inline(option.description)} (id ${option.id ?? '—'})`).join(', ')
      : field.value !== null && field.value !== ''
        ? `"${inline(String(field.value))}"`
        : '';
  return `  - [${field.index}] ${inline(field.title)} (${inline(field.type, 'type unknown')}) · ${state}${shown ? ` · ${shown}` : ''}`;
}

function checklistHead(row: ChecklistRow): string {
  return (
    `- **${inline(row.name)}** (checklist_id ${row.id ?? '— not editable'})${row.required ? ' · required' : ''} · ` +
    (row.pending ? 'PENDING: blocks closing' : 'complete')
  );
}

export function checklistMarkdown(row: ChecklistRow): string {
  return [checklistHead(row), ...row.fields.map(fieldMarkdown)].join('\n');
}

/** One line for compact output: the checklist and how far it is filled; the fields are in the structured content. */
export function checklistLine(row: ChecklistRow): string {
  const filled = row.fields.filter((field) => field.filled).length;
  const blank = row.fields.filter((field) => field.required && !field.filled).map((field) => `[${field.index}]`);
  return `${checklistHead(row)} · ${filled} of ${row.fields.length} fields filled${blank.length ? ` · blank required: ${blank.join(' ')}` : ''}`;
}
