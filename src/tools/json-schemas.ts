/**
 * The tools/list entries, derived from the zod schemas. Run at build time (scripts/print-listing.ts, through
 * esbuild.config.mjs), never in the Lambda: converting costs ~13 ms for 16 tools. Outside the bundle (npm start,
 * tests) the catalogue derives them on first use with the same functions (listing-source.ts).
 *
 * The JSON Schemas are compacted for the model's context and for portability (docs/toolsets.md#listing):
 * - zod 4 writes ±9007199254740991 bounds on every integer; they say nothing a client can use, so they go;
 * - output schemas are listed only where a tool opts in (define-tool.ts `listOutputSchema`);
 * - a nullable field is written `anyOf: [{type: X}, {type: "null"}]`, not `type: [X, "null"]`: clients that map
 *   schemas onto a one-type dialect (the MCP Inspector's --strict portability check) reject type arrays.
 */
import * as z from 'zod';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import type { ToolDefinition } from './define-tool.js';

type JsonObjectSchema = { type: 'object'; [key: string]: unknown };
type JsonNode = Record<string, unknown>;

const SAFE_BOUND = Number.MAX_SAFE_INTEGER;

function compact(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(compact);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonNode = {};
  for (const [key, value] of Object.entries(node as JsonNode)) {
    if ((key === 'minimum' || key === 'maximum') && Math.abs(value as number) === SAFE_BOUND) continue;
    out[key] = compact(value);
  }
  if (Array.isArray(out.type)) {
    const types = out.type as string[];
    delete out.type;
    out.anyOf = types.map((type) => ({ type }));
  }
  return out;
}

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObjectSchema {
  const json = compact(z.toJSONSchema(schema, { io, unrepresentable: 'any' })) as JsonNode;
  // The draft marker adds nothing for clients and trips some validators that only know draft-07.
  delete json.$schema;
  if (json.type !== 'object') throw new Error(`A tool schema must be an object at its root (got ${String(json.type)})`);
  return json as JsonObjectSchema;
}

export function toListedTool(tool: ToolDefinition): Tool {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: toJsonSchema(tool.inputSchema, 'input'),
    ...(tool.outputSchema && tool.listOutputSchema ? { outputSchema: toJsonSchema(tool.outputSchema, 'output') } : {}),
    // The title is not repeated inside annotations: clients since 2025-06-18 read the top-level one.
    annotations: { ...tool.annotations },
  };
}

/** The whole catalogue's entries as one JSON string, in catalogue order: what the bundle carries. */
export function listingJson(tools: readonly ToolDefinition[]): string {
  return JSON.stringify(tools.map(toListedTool));
}
