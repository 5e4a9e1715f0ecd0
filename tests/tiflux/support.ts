// Shared setup for the client's integration tests: one real sandbox TiFlux on loopback per test file, reset before
// each test, and clients that record every upstream attempt through the public onUpstreamCall hook.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../sandbox/server.js';
import { createTiFluxClient, type CallContext, type TiFluxClient, type UpstreamCallReport } from '../../src/tiflux/client.js';
import { clearLookupCache } from '../../src/tiflux/lookup-cache.js';

export interface RecordingClient extends TiFluxClient {
  calls: UpstreamCallReport[];
}

export function useSandbox(): { readonly sandbox: SandboxHandle } {
  const holder = {} as { sandbox: SandboxHandle };
  beforeAll(async () => {
    holder.sandbox = await startSandbox();
  });
  beforeEach(() => {
    holder.sandbox.reset();
    clearLookupCache();
  });
  afterAll(async () => {
    await holder.sandbox?.close();
  });
  return holder;
}

export function recordingClient(
  sandbox: SandboxHandle,
  apiKey: string = sandbox.keys.admin,
  call: Omit<CallContext, 'apiKey'> = {},
): RecordingClient {
  const calls: UpstreamCallReport[] = [];
  const client = createTiFluxClient(
    {
      apiKey,
      remainingTimeMs: call.remainingTimeMs,
      onUpstreamCall: (attempt) => {
        calls.push(attempt);
        call.onUpstreamCall?.(attempt);
      },
    },
    { baseUrl: sandbox.baseUrl },
  );
  return Object.assign(client, { calls });
}

/** Runs `promise` and returns what it threw (failing the test if it did not throw). */
export async function caught(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** A remaining-time function counting down from `ms`, like Lambda's context.getRemainingTimeInMillis. */
export function countdown(ms: number): () => number {
  const end = Date.now() + ms;
  return () => end - Date.now();
}
