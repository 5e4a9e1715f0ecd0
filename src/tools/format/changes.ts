/** "before → after" lines for the fields an update was asked to change. */
import { displayValue, inline } from './text.js';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields given, with what the record held before and what TiFlux answered after. */
export function changesOf(
  given: Record<string, unknown>,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): FieldChange[] {
  return Object.keys(given)
    .filter((field) => given[field] !== undefined)
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? given[field] ?? null }));
}

export function changeLines(changes: readonly FieldChange[]): string[] {
  return changes.map((change) => {
    const same = JSON.stringify(change.before) === JSON.stringify(change.after);
    return `- ${change.field}: ${shown(change.before)} → ${shown(change.after)}${same ? ' (unchanged)' : ''}`;
  });
}

function shown(value: unknown): string {
  return Array.isArray(value) ? (value.length ? value.join(', ') : '(none)') : inline(displayValue(value));
}
