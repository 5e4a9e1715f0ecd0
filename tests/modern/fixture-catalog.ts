/**
 * A fixed tool catalogue for the 2026-07-28 wire tests, swapped in with vi.mock: the wire layer is under test, not
 * the TiFlux tools (which change independently). Each tool exists for a table row:
 *  - echo: row 18 (outputSchema → structuredContent; its `_meta` checks that serverInfo is merged, not replacing);
 *  - fails_upstream: row 24 (a business/upstream failure is an isError result); it also carries `execution`, which
 *    tools/list must strip under 2026-07-28 (row 9);
 *  - crashes: row 24 (a bug in a tool → -32603, still HTTP 200).
 */
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { ToolCatalog } from '../../src/tools/contract.js';
import type { ToolDefinition } from '../../src/tools/define-tool.js';

const tools: Tool[] = [
  {
    name: 'echo',
    description: 'Returns its `text` argument unchanged.',
    inputSchema: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
    outputSchema: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
  },
  {
    name: 'fails_upstream',
    description: 'Always meets an upstream failure.',
    inputSchema: { type: 'object', properties: {} },
    execution: { taskSupport: 'optional' },
  },
  {
    name: 'crashes',
    description: 'Always throws (a bug).',
    inputSchema: { type: 'object', properties: {} },
  },
];

export const ECHO_RESULT_META = { 'com.example/echoed': true };

/** Keys the fixture saw, so a test can check the API key reached the tool. */
export const seenApiKeys: string[] = [];

// Offered to every selection: a read-only tool of the default `tickets` toolset, as far as the MCP layer can tell.
const findTool = (name: string) =>
  tools.some((t) => t.name === name)
    ? ({ name, toolset: 'tickets', annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } } as unknown as ToolDefinition)
    : undefined;

export const fixtureCatalog: ToolCatalog = {
  listTools: () => tools,
  findTool,
  isOffered: () => true,
  toolFor(name) {
    const tool = findTool(name);
    return tool ? { tool } : { refusal: `Unknown tool: ${name}` };
  },
  run: (tool, args, ctx) => fixtureCatalog.callTool(tool.name, args, ctx),
  async callTool(name, args, ctx): Promise<CallToolResult> {
    seenApiKeys.push(ctx.apiKey);
    switch (name) {
      case 'echo':
        if (typeof args.text !== 'string') {
          return { isError: true, content: [{ type: 'text', text: 'Invalid arguments: `text` must be a string.' }] };
        }
        return { content: [{ type: 'text', text: args.text }], structuredContent: { text: args.text }, _meta: ECHO_RESULT_META };
      case 'fails_upstream':
        return { isError: true, content: [{ type: 'text', text: 'TiFlux is unavailable (HTTP 503). Try again in a minute.' }] };
      default:
        throw new Error('fixture tool crashed on purpose');
    }
  },
};
