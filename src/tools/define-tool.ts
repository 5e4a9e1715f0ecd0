/**
 * One tool = one `defineTool({...})` object: name, title, description for the model, zod input shape, optional
 * zod output shape, annotations and `run`. The type of `run`'s arguments is inferred from the input shape, and a
 * tool that declares an output shape must return matching structured content.
 */
import * as z from 'zod';
import type { TiFluxClient } from '../tiflux/client.js';

/** All four hints are required, so no tool ships with the SDK's implicit defaults by accident. */
export interface ToolAnnotations {
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: boolean;
}

/** What a tool's `run` gets besides its arguments. */
export interface ToolContext {
  /** A TiFlux client bound to the caller's key and the invocation deadline. */
  tiflux: TiFluxClient;
}

type Structured<Output extends z.ZodRawShape> = z.input<z.ZodObject<Output>>;

/** Markdown for the model, plus structured content when the tool declares an output shape. */
export type ToolReply<Output extends z.ZodRawShape> = [keyof Output] extends [never]
  ? { text: string }
  : { text: string; structured: Structured<Output> };

export interface ToolSpec<Input extends z.ZodRawShape, Output extends z.ZodRawShape> {
  /** snake_case, kept exactly as the original server named it. */
  name: string;
  title: string;
  /** For the model: what it does, when to use it, where ids come from, paging. At most 1,500 characters. */
  description: string;
  input: Input;
  output?: Output;
  annotations: ToolAnnotations;
  run(args: z.output<z.ZodObject<Input>>, ctx: ToolContext): Promise<ToolReply<Output>>;
}

/** The form the catalogue holds: schemas built, types erased. */
export interface ToolDefinition {
  name: string;
  title: string;
  description: string;
  inputSchema: z.ZodType<Record<string, unknown>>;
  outputSchema?: z.ZodType<Record<string, unknown>>;
  annotations: ToolAnnotations;
  run(args: Record<string, unknown>, ctx: ToolContext): Promise<{ text: string; structured?: Record<string, unknown> }>;
}

export function defineTool<Input extends z.ZodRawShape, Output extends z.ZodRawShape = Record<never, never>>(
  spec: ToolSpec<Input, Output>,
): ToolDefinition {
  // Strict: a misspelt argument (`desk` for `desk_name`) is reported, not silently ignored.
  const inputSchema = z.strictObject(spec.input);
  return {
    name: spec.name,
    title: spec.title,
    description: spec.description,
    inputSchema: inputSchema as unknown as z.ZodType<Record<string, unknown>>,
    outputSchema: spec.output ? (z.object(spec.output) as unknown as z.ZodType<Record<string, unknown>>) : undefined,
    annotations: spec.annotations,
    run: (args, ctx) =>
      spec.run(args as z.output<typeof inputSchema>, ctx) as Promise<{
        text: string;
        structured?: Record<string, unknown>;
      }>,
  };
}

/** The parsed arguments of an input shape, for helpers outside `run`. */
export type ArgsOf<Input extends z.ZodRawShape> = z.output<z.ZodObject<Input>>;
