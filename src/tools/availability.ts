/**
 * What to tell the model about tools its selection does not offer: why a tools/call of one is refused, and a note
 * under any tool result that points at one ("use search_requestor" when `directory` is off). docs/toolsets.md.
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { ToolDefinition } from './define-tool.js';
import { SELECTION_HEADERS, SELECTION_QUERY, type ToolSelection } from './selection.js';

function enableHint(toolset: string, selection: ToolSelection): string {
  const wanted = [...selection.toolsets, toolset].join(',');
  return `enable it with the header ${SELECTION_HEADERS.toolsets}: ${wanted} or ?${SELECTION_QUERY.toolsets}=${wanted} on the MCP URL`;
}

/** Why a tool of the catalogue is not offered to this selection (undefined when it is). */
export function unavailableReason(tool: ToolDefinition, selection: ToolSelection): string | undefined {
  if (!selection.toolsets.includes(tool.toolset)) {
    if (!selection.allowed.includes(tool.toolset)) {
      return `${tool.name} is in the ${tool.toolset} toolset, which this deployment does not offer.`;
    }
    return `${tool.name} is in the ${tool.toolset} toolset, which this request does not enable: ${enableHint(tool.toolset, selection)}.`;
  }
  if (selection.readOnly && !tool.annotations.readOnlyHint) {
    return selection.readOnlyByDeployment
      ? `${tool.name} changes data, and this deployment is read-only.`
      : `${tool.name} changes data, and this request is in read-only mode (${SELECTION_HEADERS.readOnly} / ?${SELECTION_QUERY.readOnly}=).`;
  }
  return undefined;
}

let mentionPattern: { tools: readonly ToolDefinition[]; regex: RegExp; byName: Map<string, ToolDefinition> } | undefined;

function mentions(tools: readonly ToolDefinition[]) {
  if (mentionPattern?.tools !== tools) {
    const names = [...tools].map((tool) => tool.name).sort((a, b) => b.length - a.length);
    mentionPattern = {
      tools,
      regex: new RegExp(`\\b(${names.join('|')})\\b`, 'g'),
      byName: new Map(tools.map((tool) => [tool.name, tool])),
    };
  }
  return mentionPattern;
}

/** Adds one line per hidden tool the result's text names, saying how to get it. */
export function pointToHiddenTools(result: CallToolResult, selection: ToolSelection, tools: readonly ToolDefinition[]): CallToolResult {
  const { regex, byName } = mentions(tools);
  const notes = new Set<string>();
  for (const part of result.content) {
    if (part.type !== 'text') continue;
    for (const match of part.text.matchAll(regex)) {
      const reason = unavailableReason(byName.get(match[1]!)!, selection);
      if (reason) notes.add(reason);
    }
  }
  if (notes.size === 0) return result;
  const note = `Note: ${[...notes].join(' ')}`;
  return { ...result, content: [...result.content, { type: 'text', text: note }] };
}
