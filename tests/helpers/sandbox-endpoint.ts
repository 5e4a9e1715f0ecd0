/**
 * The sandbox TiFlux with our handler in front of it: the sandbox first, TIFLUX_API_BASE_URL pointed at it, then
 * the local Function URL emulator (handler from src/). What every over-HTTP test of the tools starts from.
 */
import { startSandbox, type SandboxHandle } from '../../sandbox/server.js';
import { startLocalEndpoint, type LocalEndpoint, type LocalEndpointOptions } from '../../test-lambda-local.js';

export interface SandboxEndpoint {
  sandbox: SandboxHandle;
  endpoint: LocalEndpoint;
  /** The endpoint, then the sandbox. */
  close(): Promise<void>;
}

export async function startSandboxEndpoint(options: LocalEndpointOptions = {}): Promise<SandboxEndpoint> {
  const sandbox = await startSandbox();
  process.env.TIFLUX_API_BASE_URL = sandbox.baseUrl;
  const endpoint = await startLocalEndpoint(options);
  return {
    sandbox,
    endpoint,
    async close() {
      await endpoint.close();
      await sandbox.close();
    },
  };
}
