/**
 * The tool catalogue: every family's tools, and what a request's selection (toolsets, read-only) is offered of them.
 * Adding a tool = its file + one line in its family's index.ts (a new family: its folder + one line below).
 *
 * Cold start: tools/list is a JSON string derived from the zod schemas at build time (listing-source.ts), parsed on
 * the first tools/list only; a tool's zod schemas are built the first time that tool is called.
 */
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { ToolCallContext, ToolCatalog, ToolLookup } from './contract.js';
import type { ToolDefinition } from './define-tool.js';
import { clientTools } from './clients/index.js';
import { deskTools } from './desks/index.js';
import { directoryTools } from './directory/index.js';
import { loadListingJson } from './listing-source.js';
import { pointToHiddenTools, unavailableReason } from './availability.js';
import { closestToolNames } from './closest-tool-names.js';
import { requestorTools } from './requestors/index.js';
import { appointmentTools } from './appointments/index.js';
import { reportTools } from './reports/index.js';
import { errorResult, runTool } from './run-tool.js';
import { perSelection, type ToolSelection } from './selection.js';
import { chatTools } from './chats/index.js';
import { knowledgeTools } from './knowledge/index.js';
import { preTicketTools } from './pre-tickets/index.js';
import { contractTools } from './contracts/index.js';
import { equipmentTools } from './equipment/index.js';
import { serviceCatalogTools } from './service-catalogs/index.js';
import { ticketTools } from './tickets/index.js';
import { userTools } from './users/index.js';

/** Family by family (clients show tools in list order). */
export const tools: readonly ToolDefinition[] = [
  ...ticketTools,
  ...directoryTools,
  ...clientTools,
  ...requestorTools,
  ...userTools,
  ...deskTools,
  ...chatTools,
  ...knowledgeTools,
  ...preTicketTools,
  ...serviceCatalogTools,
  ...contractTools,
  ...equipmentTools,
  ...appointmentTools,
  ...reportTools,
];

const toolsByName = new Map(tools.map((tool) => [tool.name, tool]));

export function isOffered(tool: ToolDefinition, selection: ToolSelection): boolean {
  return selection.toolsets.includes(tool.toolset) && (!selection.readOnly || tool.annotations.readOnlyHint);
}

let allListed: Tool[] | undefined;
const listedByName = () => {
  allListed ??= JSON.parse(loadListingJson(tools)) as Tool[];
  return allListed;
};

/** One listing per selection, computed once per container and shared by every request that makes it. */
const listingFor = perSelection((selection): Tool[] =>
  listedByName().filter((_entry, index) => isOffered(tools[index]!, selection)),
);

/**
 * The one decision on a called name: a tool this selection is offered, or why not (unknown, with the closest offered
 * names; in a toolset not enabled; a write in read-only mode). The MCP layer turns a refusal into -32602.
 */
function toolFor(name: string, selection: ToolSelection): ToolLookup {
  const tool = toolsByName.get(name);
  if (!tool) {
    const closest = closestToolNames(name, listingFor(selection).map((listed) => listed.name));
    const hint = closest.length ? `. Did you mean ${closest.join(' or ')}?` : '';
    return { refusal: `Unknown tool: ${name}${hint}` };
  }
  const refusal = unavailableReason(tool, selection);
  return refusal ? { refusal } : { tool };
}

/** Runs a tool `toolFor` returned: arguments checked, errors as results, hidden tools pointed at. */
async function run(tool: ToolDefinition, args: Record<string, unknown>, ctx: ToolCallContext): Promise<CallToolResult> {
  return pointToHiddenTools(await runTool(tool, args, ctx), ctx.selection, tools);
}

export const toolCatalog: ToolCatalog = {
  listTools: listingFor,
  findTool: (name) => toolsByName.get(name),
  isOffered,
  toolFor,
  run,
  async callTool(name, args, ctx) {
    const found = toolFor(name, ctx.selection);
    return 'refusal' in found ? errorResult(found.refusal) : run(found.tool, args, ctx);
  },
};
