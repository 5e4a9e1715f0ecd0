/**
 * Turns zod's validation issues into one message a person (or the model) can act on: one line per argument,
 * naming it and saying what is expected.
 */
import type { z } from 'zod';

const TYPE_NAMES: ReadonlyMap<string, string> = new Map(Object.entries({
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
}));

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

/** The value the caller sent at `path`, read through own properties only; `absent` when there is none. */
const ABSENT = Symbol('absent');
function valueAt(args: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = args;
  for (const step of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, step)) return ABSENT;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

/** What the caller sent, for "must be a number, not a string ("5")". */
export function describeReceived(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return `a string (${JSON.stringify(shown)})`;
    }
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `the boolean ${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/**
 * zod 4 does not put the received value in its issues (that needs `reportInput`), so the value is read from the
 * arguments themselves: a wrong type says what was expected and what came ("`limit` must be a whole number, not a
 * string ("5")"), and only a really absent argument "is required".
 */
function describeIssue(issue: z.core.$ZodIssue, args: unknown): string {
  if (!ZOD_DEFAULT_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const received = valueAt(args, issue.path);
      if (received === ABSENT || received === undefined) return 'is required';
      return `must be ${TYPE_NAMES.get(issue.expected) ?? issue.expected}, not ${describeReceived(received)}`;
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
export function describeInvalidInput(
  toolName: string,
  error: z.ZodError,
  knownArguments: readonly string[],
  args: unknown = undefined,
): string {
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
    lines.push(`- \`${argumentName(issue.path)}\` ${describeIssue(issue, args)}`);
  }
  return `Invalid arguments for ${toolName}; nothing was sent to TiFlux. Fix and retry:\n${lines.join('\n')}`;
}
