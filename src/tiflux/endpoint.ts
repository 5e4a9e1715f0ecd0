/**
 * Declarative endpoint helpers: what every resource module does with the transport, in one place. A resource method
 * says which path, which query, which schema and which words describe the call ("read ticket #84429", "ticket
 * #84429" for a 404); these helpers do the paging parameters, the call and the response check.
 *
 *   getPage(transport, { path: apiPath`/clients/${id}/contacts`, page, schema: s().contactList, action, notFound })
 *   getOne(transport, { path, schema, action, notFound })
 *   getCounted(transport, { path, query, schema, action })   → { body, totalItems }
 *   send(transport, { method: 'PUT', path, body: json({ contact: fields }), schema, action, notFound })
 *
 * `unwrap` reshapes an answer before its schema check, for the few routes whose answer is not the resource itself
 * (POST /tickets wraps it in `{ ticket }`; cancel/close may answer an empty 204).
 *
 * Paths are always built with `apiPath` (path.ts), which is the one place ids are checked and encoded.
 */
import type { ZodType, output } from 'zod';
import { addPageParams, settleHasMore, toPage, type Page, type PageRequest } from './paging.js';
import { parseBody } from './parse.js';
import { toSearchParams, type FieldValue } from './query.js';
import type { HttpMethod, RequestBody, Transport } from './transport-types.js';

interface CallWords {
  /** What the call does, for error messages: "list the contacts of client 12". */
  action: string;
  /** What a 404 means: "client 12". */
  notFound?: string;
}

export interface PageCall<S extends ZodType> extends CallWords {
  path: string;
  /** Filters; undefined, null and '' are left out. */
  query?: Record<string, FieldValue>;
  /** offset/limit, checked (1-based page, 1..200). Omitted: page 1 of 20. */
  page?: PageRequest;
  /** The schema of the whole body: an array of rows. */
  schema: S;
}

interface Unwrap {
  /** Applied to the decoded body before the schema check (undefined for an empty answer). */
  unwrap?: (body: unknown) => unknown;
}

export interface OneCall<S extends ZodType> extends CallWords, Unwrap {
  path: string;
  query?: Record<string, FieldValue>;
  schema: S;
}

export interface WriteCall<S extends ZodType | undefined> extends CallWords, Unwrap {
  method: Exclude<HttpMethod, 'GET'>;
  path: string;
  query?: Record<string, FieldValue>;
  body?: RequestBody;
  /** Omitted: the body is not read (204, or an answer nobody needs). */
  schema?: S;
  /** Never repeat the request once it was sent (transport-types.ts). */
  retryOnlyUnsent?: boolean;
}

type Row<S extends ZodType> = output<S> extends readonly (infer T)[] ? T : never;

/** One page of a list endpoint, with TiFlux's `X-Total-Items` when sent. */
export async function getPage<S extends ZodType>(transport: Transport, call: PageCall<S>): Promise<Page<Row<S>>> {
  const query = toSearchParams(call.query ?? {});
  const page = addPageParams(query, call.page);
  const response = await transport.send({ method: 'GET', path: call.path, query, action: call.action, notFound: call.notFound });
  const items = parseBody(call.schema, response.body, call.action) as Row<S>[];
  return settleHasMore(toPage(items, page, response.totalItems), transport, response.request);
}

/** A GET that answers one object (or an unpaged list). */
export async function getOne<S extends ZodType>(transport: Transport, call: OneCall<S>): Promise<output<S>> {
  return (await getCounted(transport, call)).body;
}

/** getOne, plus TiFlux's `X-Total-Items` (the ticket aggregate reports its total there). */
export async function getCounted<S extends ZodType>(
  transport: Transport,
  call: OneCall<S>,
): Promise<{ body: output<S>; totalItems: number | undefined }> {
  const query = call.query ? toSearchParams(call.query) : undefined;
  const response = await transport.send({ method: 'GET', path: call.path, query, action: call.action, notFound: call.notFound });
  return { body: readBody(call.schema, response.body, call), totalItems: response.totalItems };
}

/** POST, PUT or DELETE. The transport never retries a write that may have been applied. */
export async function send<S extends ZodType | undefined = undefined>(
  transport: Transport,
  call: WriteCall<S>,
): Promise<S extends ZodType ? output<S> : undefined> {
  const query = call.query ? toSearchParams(call.query) : undefined;
  const response = await transport.send({
    method: call.method,
    path: call.path,
    query,
    body: call.body,
    action: call.action,
    notFound: call.notFound,
    retryOnlyUnsent: call.retryOnlyUnsent,
  });
  if (!call.schema) return undefined as S extends ZodType ? output<S> : undefined;
  return readBody(call.schema, response.body, call) as S extends ZodType ? output<S> : undefined;
}

function readBody<S extends ZodType>(schema: S, body: unknown, call: CallWords & Unwrap): output<S> {
  return parseBody(schema, call.unwrap ? call.unwrap(body) : body, call.action);
}

/** A JSON body (TiFlux's wrappers, e.g. `{ contact: {…} }`, are the caller's to add). */
export const json = (value: unknown): RequestBody => ({ encoding: 'json', value });
/** A form-urlencoded body; empty fields left out. */
export const form = (fields: Record<string, FieldValue>): RequestBody => ({ encoding: 'form', value: toSearchParams(fields) });
/** A multipart body (files appended by the caller with uploads.ts). */
export const multipart = (value: FormData): RequestBody => ({ encoding: 'multipart', value });

/** Keeps only the keys whose value was given: partial updates send nothing else. */
export function given<T extends Record<string, unknown>>(fields: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(fields) as (keyof T)[]) {
    if (fields[key] !== undefined) out[key] = fields[key];
  }
  return out;
}
