/**
 * The tool catalogue: the original server's 16 tools, one definition each. Adding a tool = its file + one line in
 * `tools` below + `npx vitest run tests/tools/catalog.test.ts -u` (which regenerates tools-list.json; review the diff).
 *
 * Cold start: tools/list is served from tools-list.json, the JSON Schemas derived from the zod schemas at test time
 * (json-schemas.ts; tests/tools/catalog.test.ts fails when the file and the zod schemas disagree). Deriving them
 * in the Lambda cost ~13 ms on the first tools/list, and building every zod schema at import ~9 ms more; now a
 * tool's zod schema is built the first time that tool is called, and never for tools a container does not run.
 */
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { ToolCallContext, ToolCatalog } from './contract.js';
import type { ToolDefinition } from './define-tool.js';
import { errorResult, runTool } from './run-tool.js';
import { appointmentTools } from './appointments/index.js';
import { directoryTools } from './directory/index.js';
import { reportTools } from './reports/index.js';
import { ticketTools } from './tickets/index.js';
import listing from './tools-list.json' with { type: 'json' };

/**
 * Every family's tools, family by family (clients show tools in list order). A new family = its folder with an
 * index.ts, plus one line here.
 */
export const tools: readonly ToolDefinition[] = [
  ...ticketTools,
  ...directoryTools,
  ...appointmentTools,
  ...reportTools,
];

const toolsByName = new Map(tools.map((tool) => [tool.name, tool]));

const listed = listing.tools as unknown as Tool[];

export const toolCatalog: ToolCatalog = {
  listTools: () => listed,
  hasTool: (name) => toolsByName.has(name),
  async callTool(name: string, args: Record<string, unknown>, ctx: ToolCallContext): Promise<CallToolResult> {
    const tool = toolsByName.get(name);
    // The MCP layer checks hasTool first; this only guards a direct caller.
    if (!tool) return errorResult(`Unknown tool: ${name}`);
    return runTool(tool, args, ctx);
  },
};
