// What a route handler returns, and the error type it throws. Handlers never touch the socket: returning a value
// lets the server apply "afterProcessing" faults (do the work, then answer with a failure instead).

export interface ApiResponse {
  status: number;
  /** JSON-serialisable body; absent for 204. */
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * The TiFlux error body (docs/tiflux-rest-api.md#errors): `error_code` is the HTTP status followed by a two-digit sub-code,
 * `detail` maps fields to arrays of messages for validation errors. For non-field errors nobody knows what `detail`
 * holds (docs/tiflux-rest-api.md#open-questions, q1); we send a human-readable string there and no other keys, so a client
 * must not rely on a `message` key the real API was never seen to send.
 */
export interface TifluxErrorBody {
  error_code: number;
  detail: string | Record<string, string[]>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: number,
    readonly detail: string | Record<string, string[]>,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof detail === 'string' ? detail : JSON.stringify(detail));
  }

  toResponse(): ApiResponse {
    const body: TifluxErrorBody = { error_code: this.errorCode, detail: this.detail };
    return { status: this.status, body, headers: this.headers };
  }
}

export const ok = (body: unknown, headers?: Record<string, string>): ApiResponse => ({ status: 200, body, headers });

/**
 * Whether creates answer 200 or 201 is unverified (docs/tiflux-rest-api.md#open-questions, q9); 201 is the likelier guess.
 */
export const created = (body: unknown): ApiResponse => ({ status: 201, body });

export const noContent = (): ApiResponse => ({ status: 204 });

export const badRequest = (detail: string) => new ApiError(400, 40001, detail);
export const unauthorized = (detail: string) => new ApiError(401, 40101, detail);
export const forbidden = (detail: string) => new ApiError(403, 40301, detail);
export const notFound = (detail = 'Resource not found') => new ApiError(404, 40401, detail);
export const routeNotFound = (detail: string) => new ApiError(404, 40403, detail);
export const unsupportedMediaType = (detail: string) => new ApiError(415, 41501, detail);
/** 42201: a parameter failed validation. */
export const invalid = (detail: Record<string, string[]>) => new ApiError(422, 42201, detail);
/** 42202: the request is well formed but a business rule refuses it. */
export const refused = (detail: Record<string, string[]>) => new ApiError(422, 42202, detail);
