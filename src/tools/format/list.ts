/**
 * The list-with-paging answer every search and list tool gives, in both verbosities (docs/toolsets.md#verbosity):
 * - rich (default): a `#` heading, the lead lines, one Markdown entry per row (possibly several lines; blocks are
 *   separated by blank lines), a blank line, the footer lines, the paging line;
 * - compact: the heading, paging, lead and footer on one line, then exactly one line per row, shortened past
 *   ROW_LIMIT; no Markdown emphasis.
 * Structured content never depends on the verbosity.
 */
import type { Verbosity } from '../selection.js';
import type { PageInfo } from './paging.js';
import { pagingLine } from './paging.js';

const ROW_LIMIT = 200;

export interface ListAnswer {
  /** Without the leading `#`: "Clients matching \"padaria\"". */
  heading: string;
  /** One rich Markdown entry per row ("- **name** (id 12)", optionally with indented lines under it). */
  rows: readonly string[];
  /** One line per row for compact output, when the rich entry flattened would lose what matters most. */
  compactRows?: readonly string[];
  /** Rows are blocks of several lines (a transcript): rich output puts a blank line between them. */
  blocks?: boolean;
  /** About the whole answer, read before the rows ("Closing is blocked by: …"); one line each. */
  lead?: readonly string[];
  /** About the whole answer, read after the rows ("2h00 on this page.", totals, a warning); one line each. */
  footer?: readonly string[];
  info: PageInfo;
  /** "clients", for the paging line. */
  plural: string;
}

/** "page 2 · 20 of 143 · next: offset 3" */
function compactPaging(info: PageInfo, shown: number, plural: string): string {
  const of = info.total !== null ? ` of ${info.total}` : '';
  return `page ${info.offset} · ${shown}${of} ${plural}${info.has_more ? ` · next: offset ${info.next_offset}` : ''}`;
}

function oneLine(row: string): string {
  return row.replace(/\*\*/g, '').replace(/\s*\n\s*/g, ' · ').trim();
}

function richList(answer: ListAnswer): string {
  const paging = pagingLine(answer.info, answer.rows.length, answer.plural);
  const rows = answer.blocks ? ['', answer.rows.join('\n\n')] : answer.rows;
  return [`# ${answer.heading}`, ...(answer.lead ?? []), ...rows, '', ...(answer.footer ?? []), paging].join('\n');
}

export function renderList(answer: ListAnswer, verbosity: Verbosity): string {
  if (verbosity === 'rich') return richList(answer);
  let shortened = 0;
  const rows = (answer.compactRows ?? answer.rows).map((row) => {
    const line = oneLine(row);
    if (line.length <= ROW_LIMIT) return line;
    shortened++;
    return `${line.slice(0, ROW_LIMIT - 1)}…`;
  });
  const note = shortened ? ` (${shortened} long row${shortened > 1 ? 's' : ''} shortened; the structured content has them whole)` : '';
  const about = [...(answer.lead ?? []), ...(answer.footer ?? [])].map((line) => ` · ${oneLine(line)}`).join('');
  return [`${oneLine(answer.heading)} — ${compactPaging(answer.info, rows.length, answer.plural)}${note}${about}`, ...rows].join('\n');
}
