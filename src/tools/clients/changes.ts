/**
 * Updates of the clients family: refused when they name no field (before any TiFlux call); their before → after
 * lines come from the shared src/tools/format/changes.ts.
 */
import { ToolError } from '../tool-error.js';

export { changeLines, type FieldChange } from '../format/changes.js';

/** Refuses an update that names no field, before any TiFlux call. */
export function requireSomeField(toolName: string, args: Record<string, unknown>, fields: readonly string[]): void {
  if (!fields.some((name) => args[name] !== undefined)) {
    throw new ToolError(`Nothing to update: ${toolName} needs at least one of ${fields.join(', ')}. Nothing was changed.`);
  }
}
