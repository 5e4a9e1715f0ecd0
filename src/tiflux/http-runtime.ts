/**
 * axios and the keep-alive agents, loaded on the first real upstream call and reused afterwards.
 *
 * Importing axios costs tens of milliseconds, so nothing imports it at module load: requests that never reach
 * TiFlux (initialize, tools/list, a call without a key) never pay for it. The agents are module-level so warm
 * invocations reuse open TLS connections.
 */
import type { AxiosInstance } from 'axios';

export interface HttpRuntime {
  axios: AxiosInstance;
  /**
   * Agents without keep-alive, for writes. A pooled connection can be dead after Lambda thaws a frozen container
   * (TiFlux closed it while we slept); a write sent on it fails with a reset, and a reset on a write is never retried
   * (TiFlux may have processed it), so the user would be told to check by hand. A fresh connection per write costs
   * one handshake and removes that failure mode; reads keep the pool, since they are safely retried.
   */
  writeAgents: { httpAgent: unknown; httpsAgent: unknown };
}

let runtime: Promise<HttpRuntime> | undefined;

export function loadHttpRuntime(): Promise<HttpRuntime> {
  runtime ??= createRuntime().catch((error: unknown) => {
    runtime = undefined; // let a later call try again
    throw error;
  });
  return runtime;
}

async function createRuntime(): Promise<HttpRuntime> {
  const [{ default: axios }, http, https] = await Promise.all([
    import('axios'),
    import('node:http'),
    import('node:https'),
  ]);
  const agentOptions = { keepAlive: true, maxSockets: 32 };
  const instance = axios.create({
    adapter: 'http',
    httpAgent: new http.Agent(agentOptions),
    httpsAgent: new https.Agent(agentOptions),
    // We read statuses, bodies and errors ourselves (error-mapping.ts), so axios must not judge or parse them.
    validateStatus: () => true,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    // A redirect could carry the Authorization header to another host; TiFlux's API does not redirect.
    maxRedirects: 0,
    maxContentLength: 50 * 1024 * 1024,
    maxBodyLength: 60 * 1024 * 1024,
  });
  const writeAgentOptions = { keepAlive: false };
  return {
    axios: instance,
    writeAgents: { httpAgent: new http.Agent(writeAgentOptions), httpsAgent: new https.Agent(writeAgentOptions) },
  };
}
