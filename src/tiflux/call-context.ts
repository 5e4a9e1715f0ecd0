/**
 * What travels with one tool call down to every HTTP attempt it makes: whose key, how long is left, who counts the
 * attempts. One shape for the client (createTiFluxClient), the transport and the tools' ToolCallContext
 * (src/tools/contract.ts), so none of them re-declares these facts in its own words. No runtime code here.
 */
import type { UpstreamCallReport } from './transport-types.js';

export interface CallContext {
  /** The caller's TiFlux API key. Sent only as `Authorization: Bearer …` to TiFlux; never logged or echoed. */
  apiKey: string;
  /**
   * Milliseconds left in the invocation (Lambda's context.getRemainingTimeInMillis). Bounds every attempt and every
   * retry (deadline.ts); omitted, nothing but the per-attempt timeout bounds the call.
   */
  remainingTimeMs?: () => number;
  /** Called after every HTTP attempt (retries included): for logs, calls-per-tool counts and "was a write applied". */
  onUpstreamCall?: (call: UpstreamCallReport) => void;
}
