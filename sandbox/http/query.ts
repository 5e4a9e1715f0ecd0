// Query-string readers that fail the way the API does: a malformed parameter is a 422 naming the parameter.

import { invalid } from './api-response.js';

/** TiFlux's documented maximum for comma-separated id filters (docs/tiflux-rest-api.md#filters). */
export const MAX_IDS_PER_FILTER = 15;

export function optionalString(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  return value === null || value === '' ? undefined : value;
}

export function optionalInteger(query: URLSearchParams, name: string): number | undefined {
  const value = optionalString(query, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw invalid({ [name]: ['must be an integer'] });
  return Number(value);
}

/**
 * `true`/`false` strings; anything else is a 422 (the API serialises booleans as those two words,
 * docs/tiflux-rest-api.md#filters).
 */
export function optionalBoolean(query: URLSearchParams, name: string): boolean | undefined {
  const value = optionalString(query, name);
  if (value === undefined) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw invalid({ [name]: ['must be true or false'] });
}

/**
 * `desk_ids=1,2,3`. More than 15 ids is a 422/42201 ("cannot have more than 15 items"); TiFlux documents that
 * for catalogue and priority ids and the same maximum for the other id lists, so the sandbox enforces it on all of
 * them: a client that forgets to check the limit finds out here rather than in production. `max` changes the cap
 * for the endpoints documented without one (`max: Infinity`).
 */
export function optionalIdList(
  query: URLSearchParams,
  name: string,
  options: { rejectDuplicates?: boolean; max?: number } = {},
): number[] | undefined {
  const value = optionalString(query, name);
  if (value === undefined) return undefined;
  const items = value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  if (items.some((item) => !/^\d+$/.test(item))) throw invalid({ [name]: ['must be a comma-separated list of ids'] });
  const max = options.max ?? MAX_IDS_PER_FILTER;
  if (items.length > max) throw invalid({ [name]: [`cannot have more than ${max} items`] });
  const ids = items.map(Number);
  if (options.rejectDuplicates && new Set(ids).size !== ids.length) {
    throw invalid({ [name]: ['cannot have duplicated items'] });
  }
  return ids;
}

export function optionalDateTime(query: URLSearchParams, name: string): Date | undefined {
  const value = optionalString(query, name);
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw invalid({ [name]: ['must be an ISO 8601 date-time'] });
  }
  return date;
}

/** A calendar date, YYYY-MM-DD; a malformed or impossible one is a 422. */
export function optionalDate(query: URLSearchParams, name: string): string | undefined {
  const value = optionalString(query, name);
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw invalid({ [name]: ['must be a date as YYYY-MM-DD'] });
  }
  return value;
}

/** Like optionalDate(), but absent is a 422 "can't be blank". */
export function requiredDate(query: URLSearchParams, name: string): string {
  if (optionalString(query, name) === undefined) throw invalid({ [name]: ["can't be blank"] });
  return optionalDate(query, name)!;
}
