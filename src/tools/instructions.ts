/**
 * The server's instructions (initialize and server/discover): what is offered, how to change it, and the
 * conventions every tool shares, said once here instead of in each description. At most 1,500 characters.
 */
import { perSelection, SELECTION_HEADERS, SELECTION_QUERY, type ToolSelection } from './selection.js';
import { TOOLSETS } from './toolsets.js';

const CONVENTIONS =
  'Conventions: search and list tools return the ids other tools accept; wherever a tool takes a name (client, desk, ' +
  'stage, attendant…) it matches accent- and case-insensitively over every page and answers with the candidates ' +
  'when a name is ambiguous. Paging: offset is a 1-based page number, limit 1–200. Texts are Markdown.';

export const instructionsFor = perSelection((selection: ToolSelection): string => {
  const others = selection.allowed.filter((toolset) => !selection.toolsets.includes(toolset));
  const mode = selection.readOnly ? ' Read-only mode: only tools that change nothing are offered.' : '';
  const more = others.length
    ? ` Also available: ${others.join(', ')}. Choose with the ${SELECTION_HEADERS.toolsets} header or ?${SELECTION_QUERY.toolsets}= on the ` +
      `MCP URL (names comma-separated, plus default and all), and ${SELECTION_HEADERS.readOnly} / ?${SELECTION_QUERY.readOnly}=true for reads only.`
    : '';
  return `Tools for the TiFlux helpdesk. Toolsets offered: ${selection.toolsets.join(', ') || 'none'}.${mode}${more} ${CONVENTIONS}`;
});

/** For tests: the longest instructions any selection can produce stay under the limit. */
export const TOOLSET_COUNT = TOOLSETS.length;
