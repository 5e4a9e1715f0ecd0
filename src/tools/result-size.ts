/**
 * The result-size policy (docs/result-size.md), applied by run-tool.ts to every tool result of both protocol eras:
 *
 * - the text is at most MAX_RESULT_TEXT_CHARS characters (claude.ai keeps about 150k, Claude Code about 25k tokens);
 *   a longer one is cut at a line break and ends with a note saying how much was cut and how to ask for less;
 * - the structured content never carries more than the text shows: serialised, it is at most
 *   MAX_STRUCTURED_CHARS; when it is larger its longest strings are cut first (each marked with how much was
 *   cut), then its longest lists lose their last items.
 *
 * Tools cut their own long fields first (format/long-text.ts), with a note naming the argument that reads the rest;
 * this is the net under them, so a tool written tomorrow cannot answer 6 MB either.
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

export const MAX_RESULT_TEXT_CHARS = 100_000;
export const MAX_STRUCTURED_CHARS = 100_000;
/** Strings are never cut shorter than this by the net (a list with many items loses items instead). */
const MIN_CUT_STRING = 200;

export interface FitHints {
  /** The tool's argument names: the note suggests the paging arguments the tool really has. */
  argumentNames?: readonly string[];
}

export function fitToolResult(result: CallToolResult, hints: FitHints = {}): CallToolResult {
  const content = result.content.map((part) =>
    part.type === 'text' && part.text.length > MAX_RESULT_TEXT_CHARS ? { ...part, text: cutText(part.text, hints) } : part,
  );
  const fitted: CallToolResult = { ...result, content };
  if (result.structuredContent !== undefined) {
    fitted.structuredContent = fitStructured(result.structuredContent, MAX_STRUCTURED_CHARS);
  }
  return fitted;
}

function howToAskForLess(argumentNames: readonly string[] = []): string {
  const ways: string[] = [];
  if (argumentNames.includes('limit')) ways.push('a smaller `limit`');
  if (argumentNames.includes('offset')) ways.push('the next pages with `offset`');
  const offsets = argumentNames.filter((name) => name.endsWith('_offset'));
  if (offsets.length) ways.push(offsets.map((name) => `\`${name}\``).join(' or '));
  return ways.length ? `Ask for less: ${ways.join(', or ')}.` : 'Ask for less (narrower filters or fewer items).';
}

/** Cuts text to the cap at the last line break that leaves room for the note. */
export function cutText(text: string, hints: FitHints = {}): string {
  const noteFor = (shown: number) =>
    `\n\n[Answer cut: ${(text.length - shown).toLocaleString('en-US')} of its ${text.length.toLocaleString('en-US')} ` +
    `characters are not shown (at most ${MAX_RESULT_TEXT_CHARS.toLocaleString('en-US')} per answer). ${howToAskForLess(hints.argumentNames)}]`;
  // The note is longest when everything is cut.
  const room = MAX_RESULT_TEXT_CHARS - noteFor(0).length;
  const lineBreak = text.lastIndexOf('\n', room);
  const end = lineBreak > room * 0.8 ? lineBreak : room;
  return `${text.slice(0, end)}${noteFor(end)}`;
}

/** "… [cut: 12,345 more characters]" */
export function cutMarker(cut: number): string {
  return `… [cut: ${cut.toLocaleString('en-US')} more characters]`;
}

function cutString(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max)}${cutMarker(value.length - max)}`;
}

function mapStrings(value: unknown, max: number): unknown {
  if (typeof value === 'string') return cutString(value, max);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, max));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) Object.defineProperty(out, key, { value: mapStrings(item, max), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

function longestString(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce((max: number, item) => Math.max(max, longestString(item)), 0);
  if (value !== null && typeof value === 'object') return Object.values(value).reduce((max: number, item) => Math.max(max, longestString(item)), 0);
  return 0;
}

const sizeOf = (value: unknown) => JSON.stringify(value)?.length ?? 0;

/** The structured content within `budget` serialised characters, cutting strings, then list tails. */
export function fitStructured(structured: Record<string, unknown>, budget: number): Record<string, unknown> {
  if (sizeOf(structured) <= budget) return structured;
  // Largest per-string length that fits, by bisection (each probe is one copy; ~20 probes at most).
  let low = MIN_CUT_STRING;
  let high = Math.max(longestString(structured), MIN_CUT_STRING);
  let best = mapStrings(structured, low) as Record<string, unknown>;
  if (sizeOf(best) <= budget) {
    while (high - low > 64) {
      const mid = Math.floor((low + high) / 2);
      const candidate = mapStrings(structured, mid) as Record<string, unknown>;
      if (sizeOf(candidate) <= budget) {
        best = candidate;
        low = mid;
      } else {
        high = mid;
      }
    }
    return best;
  }
  return trimLists(best, budget);
}

/** Still too big with short strings: the longest lists lose items from the end until it fits. */
function trimLists(structured: Record<string, unknown>, budget: number): Record<string, unknown> {
  const lists: unknown[][] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) {
      lists.push(value);
      value.forEach(collect);
    } else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(structured);
  lists.sort((a, b) => sizeOf(b) - sizeOf(a));
  for (const list of lists) {
    while (list.length > 0 && sizeOf(structured) > budget) list.length = Math.floor(list.length / 2);
    if (sizeOf(structured) <= budget) break;
  }
  return structured;
}
