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

  /** The message for the tool that answers, given its argument names (advice must name arguments it has). */
  messageFor(_toolArguments: readonly string[]): string {
    return this.userMessage;
  }
}

/** Several problems found together (settle-all.ts), each worded for the tool that answers. */
export class ToolErrors extends ToolError {
  constructor(readonly problems: readonly ToolError[]) {
    super(problems.map((problem) => problem.userMessage).join('\n\n'));
  }

  override messageFor(toolArguments: readonly string[]): string {
    return this.problems.map((problem) => problem.messageFor(toolArguments)).join('\n\n');
  }
}

/**
 * A name that settled on no single record (pick-one.ts). Its advice names the id argument to use instead, and that
 * must be an argument of the tool that answers: `client_id` on create_ticket, `client_ids` on list_tickets, none
 * on a tool that takes only names. run-tool.ts asks for the message with the tool's own argument names.
 */
export class NameNotSettledError extends ToolError {
  constructor(
    /** The id argument the resolver would suggest ("client_id"). */
    readonly idArgument: string,
    private readonly compose: (idArgument: string | undefined) => string,
  ) {
    super(compose(idArgument));
  }

  /** The message for a tool with these arguments: its singular or plural id argument, else no id advice. */
  override messageFor(toolArguments: readonly string[]): string {
    const plural = `${this.idArgument}s`;
    const own = toolArguments.includes(this.idArgument) ? this.idArgument : toolArguments.includes(plural) ? plural : undefined;
    return this.compose(own);
  }
}
