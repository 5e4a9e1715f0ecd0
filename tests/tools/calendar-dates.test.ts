/**
 * A date that is not on the calendar ("2026-02-31") is refused by every date argument, never rolled over to 3 March
 * and sent to TiFlux as a different day. Checked on each tool's own input schema, from its sample call.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_CALLS } from '../../sandbox/samples/index.js';
import { toolCatalog } from '../../src/tools/catalog.js';

const CASES: readonly [tool: string, argument: string, bad: string, good: string][] = [
  ['list_pre_tickets', 'created_after', '2026-02-31', '2026-02-28'],
  ['get_chats_feedback_report', 'start_date', '2026-02-30', '2026-02-01'],
  ['get_billings_history', 'due_start_date', '2026-04-31', '2026-04-30'],
  ['create_equipment', 'acquisition_date', '2025-02-29', '2024-02-29'],
  ['list_archived_chats', 'finished_at_start', '2026-06-31T08:00:00-03:00', '2026-06-30T08:00:00-03:00'],
];

describe('dates on the calendar only', () => {
  it.each(CASES)('%s.%s refuses %s and takes %s', (tool, argument, bad, good) => {
    const schema = toolCatalog.findTool(tool)!.inputSchema;
    const sample = SAMPLE_CALLS[tool] ?? {};
    const refused = schema.safeParse({ ...sample, [argument]: bad });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((issue) => issue.path.join('.'))).toContain(argument);
    // The good day may still meet another rule of the tool (a range needing its other end): only this argument counts.
    const taken = schema.safeParse({ ...sample, [argument]: good });
    expect(taken.success ? [] : taken.error.issues.map((issue) => issue.path.join('.'))).not.toContain(argument);
  });
});
