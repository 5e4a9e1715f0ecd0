/**
 * End-to-end harness for the tool tests: the sandbox TiFlux, our handler behind the local Function URL emulator,
 * and the official MCP SDK client over HTTP with the caller's key in `x-tiflux-api-key`. What a test sees is what
 * an MCP client sees: text content, isError, structuredContent (validated by the SDK client against the tool's
 * outputSchema where tools/list has one, and by checkStructured against the tool's zod output shape on every call).
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { SandboxHandle } from '../../../sandbox/server.js';
import type { LocalEndpoint } from '../../../test-lambda-local.js';
import { startSandboxEndpoint } from '../../helpers/sandbox-endpoint.js';
import { clearLookupCache } from '../../../src/tiflux/lookup-cache.js';
import { toolCatalog } from '../../../src/tools/catalog.js';

/**
 * tools/list carries few output schemas (docs/toolsets.md#listing), so the SDK client cannot check most structured
 * content; this does, against the tool's own zod output shape, on every call a test makes.
 */
function checkStructured(name: string, structured: unknown): void {
  if (structured === undefined) return;
  const schema = toolCatalog.findTool(name)?.outputSchema;
  if (!schema) throw new Error(`${name} returned structuredContent but declares no output shape`);
  const parsed = schema.safeParse(structured);
  if (!parsed.success) throw new Error(`${name}: structuredContent does not match its output shape: ${parsed.error.message}`);
}

export interface ToolOutcome {
  isError: boolean;
  text: string;
  structured: Record<string, unknown> | undefined;
}

export interface E2E {
  sandbox: SandboxHandle;
  endpoint: LocalEndpoint;
  /** Calls a tool with the admin key (or `key`) through a fresh SDK client session. */
  call(name: string, args: Record<string, unknown>, key?: string): Promise<ToolOutcome>;
  /** Sandbox requests as "METHOD /path", oldest first (the API base stripped). */
  upstream(): string[];
  /** Back to the seeded data, no faults, empty request log and an empty lookup cache (a cold container). */
  reset(): void;
  close(): Promise<void>;
}

export async function startE2E(options: { timeoutMs?: number } = {}): Promise<E2E> {
  const stack = await startSandboxEndpoint({ timeoutMs: options.timeoutMs });
  const { sandbox, endpoint } = stack;
  const clients = new Map<string, Client>();

  async function clientFor(key: string): Promise<Client> {
    let client = clients.get(key);
    if (!client) {
      client = new Client({ name: 'tools-e2e', version: '1.0.0' });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(endpoint.url), { requestInit: { headers: { 'x-tiflux-api-key': key, 'x-tiflux-toolsets': 'all' } } }),
      );
      // Listing first makes the SDK client validate structuredContent against each tool's outputSchema.
      await client.listTools();
      clients.set(key, client);
    }
    return client;
  }

  return {
    sandbox,
    endpoint,
    async call(name, args, key = sandbox.keys.admin) {
      const client = await clientFor(key);
      const result = await client.callTool({ name, arguments: args });
      const content = result.content as { type: string; text?: string }[];
      if (result.isError !== true) checkStructured(name, result.structuredContent);
      return {
        isError: result.isError === true,
        text: content.map((part) => part.text ?? '').join('\n'),
        structured: result.structuredContent as Record<string, unknown> | undefined,
      };
    },
    upstream: () => sandbox.requests.map((request) => `${request.method} ${request.path}`),
    reset() {
      sandbox.reset();
      clearLookupCache();
    },
    async close() {
      await Promise.all([...clients.values()].map((client) => client.close()));
      await stack.close();
    },
  };
}

/**
 * One harness for a test file: started before its tests, closed after them, and reset before each test. Call it at
 * the top of the file; the object it returns stands for the running harness (read its members inside tests and
 * hooks, not while the file loads).
 */
export function useE2E(options: { timeoutMs?: number } = {}): E2E {
  let running: E2E | undefined;
  beforeAll(async () => {
    running = await startE2E(options);
  });
  afterAll(() => running?.close());
  beforeEach(() => current().reset());

  function current(): E2E {
    if (!running) throw new Error('The e2e harness is not running: use it inside a test or a hook');
    return running;
  }
  return {
    get sandbox() {
      return current().sandbox;
    },
    get endpoint() {
      return current().endpoint;
    },
    call: (name, args, key) => current().call(name, args, key),
    upstream: () => current().upstream(),
    reset: () => current().reset(),
    close: () => current().close(),
  };
}
