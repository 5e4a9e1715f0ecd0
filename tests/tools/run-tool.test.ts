import { ALL_SELECTION } from '../../src/tools/selection.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import type { ToolCallContext } from '../../src/tools/contract.js';
import { defineTool } from '../../src/tools/define-tool.js';
import { runTool } from '../../src/tools/run-tool.js';
import { ToolError } from '../../src/tools/tool-error.js';
import { TiFluxAuthError, TiFluxUnavailableError } from '../../src/tiflux/errors.js';

const SECRET_KEY = 'secret-api-key-123';
const call: ToolCallContext = { apiKey: SECRET_KEY, remainingTimeMs: () => 10_000, selection: ALL_SELECTION };

function probe(behaviour: () => Promise<{ text: string }>) {
  const run = vi.fn(behaviour);
  const tool = defineTool({
    toolset: 'tickets',
    name: 'probe',
    title: 'Probe',
    description: 'Test tool.',
    input: () => ({ count: z.number().int().max(5), label: z.string().min(1).optional() }),
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    run,
  });
  return { tool, run };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('runTool: the one boundary', () => {
  it('returns the tool text as content', async () => {
    const { tool } = probe(async () => ({ text: 'ok' }));
    expect(await runTool(tool, { count: 1 }, call)).toEqual({ content: [{ type: 'text', text: 'ok' }] });
  });

  it('invalid input → isError naming each argument, and the tool never runs', async () => {
    const { tool, run } = probe(async () => ({ text: 'ok' }));
    const result = await runTool(tool, { count: 9, label: '', colour: 'red' }, call);
    expect(result.isError).toBe(true);
    const text = (result.content[0] as { text: string }).text;
    expect(text).toContain('Invalid arguments for probe; nothing was sent to TiFlux');
    expect(text).toContain('- `count` must be at most 5');
    expect(text).toContain('- `label` must not be empty');
    expect(text).toContain('`colour`: unknown argument; this tool accepts `count`, `label`');
    expect(run).not.toHaveBeenCalled();
  });

  it('a missing required argument says it is required', async () => {
    const { tool } = probe(async () => ({ text: 'ok' }));
    const result = await runTool(tool, {}, call);
    expect((result.content[0] as { text: string }).text).toContain('- `count` is required');
  });

  it('a ToolError becomes isError with its message', async () => {
    const { tool } = probe(async () => {
      throw new ToolError('desk_name "x" matches 2 desks');
    });
    expect(await runTool(tool, { count: 1 }, call)).toEqual({
      isError: true,
      content: [{ type: 'text', text: 'desk_name "x" matches 2 desks' }],
    });
  });

  it('a TiFluxError becomes isError with its userMessage (never the upstream body)', async () => {
    const { tool } = probe(async () => {
      throw new TiFluxAuthError();
    });
    const result = await runTool(tool, { count: 1 }, call);
    expect(result.isError).toBe(true);
    expect((result.content[0] as { text: string }).text).toMatch(/^TiFlux rejected the API key/);

    const timeout = probe(async () => {
      throw new TiFluxUnavailableError('timeout', 'TiFlux did not answer in time.');
    });
    expect((await runTool(timeout.tool, { count: 1 }, call)).content[0]).toEqual({
      type: 'text',
      text: 'TiFlux did not answer in time.',
    });
  });

  it('a bug → a generic isError; the detail is logged as one JSON line without the key', async () => {
    vi.stubEnv('LOG_LEVEL', 'error'); // the test config silences logs
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const { tool } = probe(async () => {
      throw new TypeError(`cannot read x of undefined (key ${SECRET_KEY})`);
    });
    const result = await runTool(tool, { count: 1 }, call);
    expect(result.isError).toBe(true);
    const text = (result.content[0] as { text: string }).text;
    expect(text).toContain('unexpected problem in this server');
    expect(text).not.toContain('cannot read');
    expect(stdout).toHaveBeenCalledTimes(1);
    const line = String(stdout.mock.calls[0]![0]);
    expect(line.endsWith('\n')).toBe(true);
    const logged = JSON.parse(line);
    expect(logged).toMatchObject({ level: 'error', msg: 'tool crashed', tool: 'probe', errorName: 'TypeError' });
    expect(logged.errorMessage).toContain('cannot read x of undefined');
    expect(line).not.toContain(SECRET_KEY);
  });
});
