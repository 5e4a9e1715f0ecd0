/**
 * "What changed" for the update tools: one line per field given, before → after, read from the record before the
 * call and TiFlux's answer after it (so the answer shows what TiFlux stored, not just what was sent).
 */
import { displayValue } from '../format/text.js';
import { ToolError } from '../tool-error.js';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

function shown(value: unknown): string {
  return Array.isArray(value) ? (value.length ? value.map(displayValue).join(', ') : '(none)') : displayValue(value);
}

export function changeLines(changes: readonly FieldChange[]): string[] {
  return changes.map(({ field, before, after }) =>
    shown(before) === shown(after)
      ? `- ${field}: ${shown(after)} (unchanged: it already had this value)`
      : `- ${field}: ${shown(before)} → ${shown(after)}`,
  );
}

/** Structured form of the same lines. */
export function changeRecords(changes: readonly FieldChange[]) {
  return changes.map(({ field, before, after }) => ({ field, before: shown(before), after: shown(after) }));
}

/** Refuses an update that names no field, before any TiFlux call. */
export function requireSomeField(toolName: string, args: Record<string, unknown>, fields: readonly string[]): void {
  if (!fields.some((name) => args[name] !== undefined)) {
    throw new ToolError(`Nothing to update: ${toolName} needs at least one of ${fields.join(', ')}. Nothing was changed.`);
  }
}
