// Fault injection: make the next matching API requests fail the way real infrastructure does.

export type FaultKind = 'latency' | 'status' | 'reset' | 'hang' | 'html' | 'malformed-json';

export const FAULT_KINDS: readonly FaultKind[] = ['latency', 'status', 'reset', 'hang', 'html', 'malformed-json'];

export interface FaultSpec {
  kind: FaultKind;
  /** HTTP method to match (any when omitted). */
  method?: string;
  /**
   * Path to match, relative to the API base (e.g. "/tickets" or "/tickets/84429"; a leading "/api/v2" is also
   * accepted). A string must match the whole path; a RegExp is tested against the relative path. Any when omitted.
   */
  path?: string | RegExp;
  /** How many matching requests this fault applies to; unlimited (until cleared) when omitted. */
  times?: number;
  /** 'status': the status to answer (default 500). 'html': the status of the HTML page (default 502). */
  status?: number;
  /** Sent as the Retry-After header (with 'status' or 'html'), e.g. "2" or an HTTP date. */
  retryAfter?: string;
  /** Milliseconds to wait before answering (the whole point of 'latency'; allowed with every kind). Default 1000 for 'latency'. */
  delayMs?: number;
  /**
   * Process the request first (writes are applied), then answer with the fault instead of the real response.
   * Proves that a client does not retry a write the server already processed.
   */
  afterProcessing?: boolean;
}

export interface ActiveFault {
  id: number;
  spec: FaultSpec;
  /** Matching requests this fault has been applied to so far. */
  hits: number;
  remaining: number;
}

export class FaultController {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  /** Adds a fault; returns its id (for remove()). Earlier faults take precedence over later ones. */
  inject(spec: FaultSpec): number {
    validateFault(spec);
    const fault: ActiveFault = { id: this.nextId++, spec: { ...spec }, hits: 0, remaining: spec.times ?? Infinity };
    this.faults.push(fault);
    return fault.id;
  }

  remove(id: number): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((fault) => fault.id !== id);
    return this.faults.length !== before;
  }

  clear(): void {
    this.faults = [];
  }

  /** Faults still pending (exhausted ones are dropped). */
  list(): ActiveFault[] {
    return this.faults.map((fault) => ({ ...fault, spec: { ...fault.spec } }));
  }

  /** Finds the first fault matching this request and counts it as used. Internal to the server. */
  take(method: string, apiPath: string): FaultSpec | undefined {
    const fault = this.faults.find((candidate) => matches(candidate.spec, method, apiPath));
    if (!fault) return undefined;
    fault.hits += 1;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((candidate) => candidate !== fault);
    return fault.spec;
  }
}

function matches(spec: FaultSpec, method: string, apiPath: string): boolean {
  if (spec.method && spec.method.toUpperCase() !== method.toUpperCase()) return false;
  if (spec.path === undefined) return true;
  if (spec.path instanceof RegExp) {
    spec.path.lastIndex = 0; // a /g or /y pattern keeps state between test() calls
    return spec.path.test(apiPath);
  }
  const wanted = spec.path.startsWith('/api/v2/') ? spec.path.slice('/api/v2'.length) : spec.path;
  return wanted.replace(/\/+$/, '') === apiPath.replace(/\/+$/, '');
}

export function validateFault(spec: FaultSpec): void {
  if (!FAULT_KINDS.includes(spec.kind)) throw new TypeError(`Unknown fault kind: ${String(spec.kind)}`);
  if (spec.times !== undefined && (!Number.isInteger(spec.times) || spec.times < 1)) {
    throw new TypeError('times must be a positive integer');
  }
  if (spec.status !== undefined && (!Number.isInteger(spec.status) || spec.status < 100 || spec.status > 599)) {
    throw new TypeError('status must be an HTTP status code');
  }
  if (spec.delayMs !== undefined && (!Number.isFinite(spec.delayMs) || spec.delayMs < 0)) {
    throw new TypeError('delayMs must be a non-negative number');
  }
}
