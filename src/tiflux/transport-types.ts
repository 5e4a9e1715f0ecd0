/** What the resource modules hand to the transport, and what they get back. No runtime code here. */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export type RequestBody =
  | { encoding: 'json'; value: unknown }
  | { encoding: 'form'; value: URLSearchParams }
  | { encoding: 'multipart'; value: FormData };

export interface UpstreamRequest {
  method: HttpMethod;
  /** Built with `apiPath` (path.ts); relative to the base URL, starting with '/'. */
  path: string;
  query?: URLSearchParams;
  body?: RequestBody;
  /** What the call does, for error messages: "read ticket #84429", "create a ticket". */
  action: string;
  /** What a 404 means, for its message: "ticket #84429". */
  notFound?: string;
  /**
   * For writes that reach a person outside TiFlux (a WhatsApp message): retry only when nothing reached TiFlux (a
   * refused connection), never once the request was sent, not even after a 429. See docs/chats-and-knowledge.md.
   */
  retryOnlyUnsent?: boolean;
}

export interface UpstreamResponse {
  status: number;
  /** Parsed JSON, or undefined for an empty body (204, or cancel/close answering nothing). */
  body: unknown;
  /** `X-Total-Items`, when present and numeric. */
  totalItems: number | undefined;
  /** The request this answers (paging.ts settleHasMore reads the row after a full page with it). */
  request?: UpstreamRequest;
}

/** One HTTP attempt, reported to `onUpstreamCall` (for logs and the benchmark's calls-per-tool count). */
export interface UpstreamCallReport {
  method: HttpMethod;
  /** The path without the query string (it never contains secrets; ids only). */
  path: string;
  /** Undefined when no HTTP answer came back (network error, timeout). */
  status?: number;
  durationMs: number;
  /** 1 for the first try, 2 and 3 for retries. */
  attempt: number;
}

export interface Transport {
  send(request: UpstreamRequest): Promise<UpstreamResponse>;
}
