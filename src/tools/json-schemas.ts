/**
 * The tools/list entries, derived from the zod schemas. Converting costs ~13 ms for the catalogue, so it is not
 * done in the Lambda: tests/tools/catalog.test.ts runs it and keeps the result in src/tools/tools-list.json, which
 * the catalogue serves (and the test fails whenever the two disagree).
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
