/**
 * Placeholder catalogue until the TiFlux tools land (issue 4): one harmless tool so the wire layer can be exercised.
 */
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { ToolCallContext, ToolCatalog } from './contract.js';

const tools: Tool[] = [
  {
    name: 'echo',
    title: 'Echo',
    description: 'Placeholder tool: returns its `text` argument unchanged.',
    inputSchema: {
      type: 'object',
      properties: { text: { type: 'string', description: 'Text to echo back.' } },
      required: ['text'],
      additionalProperties: false,
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
];

export const toolCatalog: ToolCatalog = {
  listTools: () => tools,
  hasTool: (name) => tools.some((t) => t.name === name),
  async callTool(name: string, args: Record<string, unknown>, _ctx: ToolCallContext): Promise<CallToolResult> {
    if (name !== 'echo' || typeof args.text !== 'string') {
      return { isError: true, content: [{ type: 'text', text: 'Invalid arguments: `text` must be a string.' }] };
    }
    return { content: [{ type: 'text', text: args.text }] };
  },
};
