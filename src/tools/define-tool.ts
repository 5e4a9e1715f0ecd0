/**
 * One tool = one `defineTool({...})` object: name, title, description for the model, zod input shape, optional
 * zod output shape, annotations and `run`. The type of `run`'s arguments is inferred from the input shape, and a
 * tool that declares an output shape must return matching structured content.
 *
 * The shapes are given as functions and built on first use: constructing zod schemas costs real milliseconds, and a
 * cold Lambda should only pay for the one tool it is asked to run (tools/list is served from the committed JSON,
 * see catalog.ts).
 */
import * as z from 'zod';
import type { TiFluxClient } from '../tiflux/client.js';
import type { ToolsetName } from './toolsets.js';
import type { Verbosity } from './selection.js';

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
  /** rich (default): Markdown with headings and footers; compact: one line per row (format/list.ts). */
  verbosity: Verbosity;
}

type Structured<Output extends z.ZodRawShape> = z.input<z.ZodObject<Output>>;

/** Markdown for the model, plus structured content when the tool declares an output shape. */
export type ToolReply<Output extends z.ZodRawShape> = [keyof Output] extends [never]
  ? { text: string }
  : { text: string; structured: Structured<Output> };

export interface ToolSpec<Input extends z.ZodRawShape, Output extends z.ZodRawShape> {
  /** snake_case, kept exactly as the original server named it. */
  name: string;
  /** The one toolset that offers this tool (toolsets.ts). */
  toolset: ToolsetName;
  title: string;
  /** For the model: what it does, when to use it, where ids come from, paging. At most 1,500 characters. */
  description: string;
  /** The arguments, built on first use. */
  input: () => Input;
  /** The structured content, for read tools; built on first use. Checked by the tests on every call they make. */
  output?: () => Output;
  /**
   * List the output schema in tools/list too. Off by default: structured content is self-describing JSON, and the
   * schemas were a third of the listing's bytes, paid on every connection (docs/toolsets.md#listing). Turn it on
   * where a program consuming the result gains from a declared shape.
   */
  listOutputSchema?: boolean;
  annotations: ToolAnnotations;
  run(args: z.output<z.ZodObject<Input>>, ctx: ToolContext): Promise<ToolReply<Output>>;
}

/** The form the catalogue holds: types erased, schemas built (once) when first read. */
export interface ToolDefinition {
  readonly name: string;
  readonly toolset: ToolsetName;
  readonly title: string;
  readonly description: string;
  readonly inputSchema: z.ZodType<Record<string, unknown>>;
  readonly outputSchema: z.ZodType<Record<string, unknown>> | undefined;
  readonly listOutputSchema: boolean;
  readonly annotations: ToolAnnotations;
  run(args: Record<string, unknown>, ctx: ToolContext): Promise<{ text: string; structured?: Record<string, unknown> }>;
}

function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

export function defineTool<Input extends z.ZodRawShape, Output extends z.ZodRawShape = Record<never, never>>(
  spec: ToolSpec<Input, Output>,
): ToolDefinition {
  // Strict: a misspelt argument (`desk` for `desk_name`) is reported, not silently ignored.
  const input = once(() => z.strictObject(spec.input()) as unknown as z.ZodType<Record<string, unknown>>);
  const output = once(() =>
    spec.output ? (z.object(spec.output()) as unknown as z.ZodType<Record<string, unknown>>) : undefined,
  );
  return {
    name: spec.name,
    toolset: spec.toolset,
    title: spec.title,
    description: spec.description,
    get inputSchema() {
      return input();
    },
    get outputSchema() {
      return output();
    },
    listOutputSchema: spec.listOutputSchema === true,
    annotations: spec.annotations,
    run: (args, ctx) =>
      spec.run(args as z.output<z.ZodObject<Input>>, ctx) as Promise<{ text: string; structured?: Record<string, unknown> }>,
  };
}

/** The parsed arguments of an input shape, for helpers outside `run`. */
export type ArgsOf<Input extends z.ZodRawShape> = z.output<z.ZodObject<Input>>;
