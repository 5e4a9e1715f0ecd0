// Derived checklist state: a field is filled when it has a value or a ticked option; a checklist is pending when a
// required field is not.

import type { ChecklistFieldRecord, ChecklistRecord } from './records.js';

export function isFilled(field: ChecklistFieldRecord): boolean {
  if (field.type === 'checkbox') return field.options.some((option) => option.value);
  return field.value !== null && field.value !== '';
}

export function isPending(checklist: ChecklistRecord): boolean {
  return checklist.fields.some((field) => field.required && !isFilled(field));
}
