/**
 * A problem a tool found on its own (an ambiguous or unknown name, a missing desk for stage_name, nothing to
 * update…). Tools throw it; the boundary (run-tool.ts) shows its message as an `isError: true` result. The message
 * is written for a person and says what to do next.
 */
export class ToolError extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage);
    this.name = 'ToolError';
  }
}
