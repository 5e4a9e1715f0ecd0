/** One HTTP request, whatever Lambda event shape it arrived in (see event-parser.ts). */
export interface HttpRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** Path without query string. */
  path: string;
  /** The raw query string without its `?` ('' when none); the OAuth authorize page reads it. */
  query: string;
  /** Header names lower-cased; repeated headers joined with ", ". */
  headers: Readonly<Record<string, string>>;
  /** Body decoded to UTF-8 text (base64 bodies are decoded first). */
  body: string;
  /** Size of the decoded body in bytes, before UTF-8 decoding. */
  bodyBytes: number;
  /** The caller's TiFlux API key, if any header carried one. Never log it. */
  apiKey: string | undefined;
  /** Lambda's request id (or a generated one locally), for logs. */
  requestId: string;
}

/** What every route returns; response-builder.ts turns it into the Lambda result. */
export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}
