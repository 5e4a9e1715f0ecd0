/**
 * Turns zod's validation issues into one message a person (or the model) can act on: one line per argument,
 * naming it and saying what is expected.
 */
import type { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function argumentName(path: readonly PropertyKey[]): string {
  let name = '';
  for (const part of path) {
    if (typeof part === 'number') name += `[${part}]`;
    else name += name ? `.${String(part)}` : String(part);
  }
  return name || 'arguments';
}

function sizeWords(origin: unknown, limit: number | bigint): string {
  if (origin === 'string') return `${limit} characters`;
  if (origin === 'array') return `${limit} items`;
  return String(limit);
}

/** Zod's own wording starts like this; anything else is a message one of our schemas wrote, which wins. */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (big|small)|Unrecognized|Expected)/;

function describeIssue(issue: z.core.$ZodIssue): string {
  if (!ZOD_DEFAULT_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    }
    case 'too_big':
      return `must be at most ${sizeWords(issue.origin, issue.maximum as number)}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      return `must be at least ${sizeWords(issue.origin, issue.minimum as number)}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      // custom, invalid_format, invalid_union…: our schemas give these their own wording.
      return issue.message;
  }
}

/** "Invalid arguments for get_ticket: …" with one line per problem. */
export function describeInvalidInput(toolName: string, error: z.ZodError, knownArguments: readonly string[]): string {
  const lines: string[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `\`${key}\``).join(', ');
      lines.push(
        `- ${keys}: unknown argument${issue.keys.length > 1 ? 's' : ''}; this tool accepts ${knownArguments
          .map((name) => `\`${name}\``)
          .join(', ')}`,
      );
      continue;
    }
    lines.push(`- \`${argumentName(issue.path)}\` ${describeIssue(issue)}`);
  }
  return `Invalid arguments for ${toolName}; nothing was sent to TiFlux. Fix and retry:\n${lines.join('\n')}`;
}
