/**
 * The tools/list entries, derived from the zod schemas. Converting is not free, so the catalogue does it once, on
 * the first tools/list, and keeps the result for the life of the container (see catalog.ts).
 */
import * as z from 'zod';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import type { ToolDefinition } from './define-tool.js';

type JsonObjectSchema = { type: 'object'; [key: string]: unknown };

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObjectSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
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
    ...(tool.outputSchema ? { outputSchema: toJsonSchema(tool.outputSchema, 'output') } : {}),
    annotations: { title: tool.title, ...tool.annotations },
  };
}
