// A tiny path router: "/tickets/:number/answers" style patterns, matched segment by segment.

import type { ApiResponse } from './api-response.js';
import type { Principal } from './auth.js';
import type { BodyEncoding, ParsedBody } from './body.js';

export interface RouteContext {
  principal: Principal;
  params: Record<string, string>;
  query: URLSearchParams;
  body: ParsedBody;
  now: Date;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  pattern: string;
  /** 403/40301 for keys whose owner is not an admin (docs/tiflux-rest-api.md#permissions: /users, /requestors, …). */
  adminOnly?: boolean;
  /**
   * Body encodings the endpoint accepts (docs/tiflux-rest-api.md#body-encodings). A body in any other encoding — or none, when an encoding is
   * required — is refused with 415 before the handler runs. Omitted: any body is ignored (GET, DELETE, cancel…).
   */
  accepts?: BodyEncoding[];
  /** With `accepts`: a request with no body and no Content-Type is also fine (e.g. reopen without a reason). */
  bodyOptional?: boolean;
  handle(context: RouteContext): ApiResponse;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/** A route's pattern split into segments, and its specificity score; worked out once per route, not per request. */
interface CompiledPattern {
  segments: string[];
  /** "1" per fixed segment, "0" per parameter: comparing the strings ranks /users/me above /users/:id. */
  score: string;
}

const compiled = new WeakMap<Route, CompiledPattern>();

function compile(route: Route): CompiledPattern {
  let pattern = compiled.get(route);
  if (!pattern) {
    const segments = splitPath(route.pattern);
    pattern = { segments, score: segments.map((segment) => (segment.startsWith(':') ? '0' : '1')).join('') };
    compiled.set(route, pattern);
  }
  return pattern;
}

/** The most specific match: fixed segments beat parameters, earlier left to right; ties go to the first route. */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch | undefined {
  const segments = splitPath(path);
  let best: (RouteMatch & { score: string }) | undefined;
  for (const route of routes) {
    if (route.method !== method) continue;
    const pattern = compile(route);
    const params = matchSegments(pattern.segments, segments);
    if (!params) continue;
    if (!best || pattern.score > best.score) best = { route, params, score: pattern.score };
  }
  return best && { route: best.route, params: best.params };
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function matchSegments(pattern: string[], segments: string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < pattern.length; index += 1) {
    const expected = pattern[index]!;
    const actual = segments[index]!;
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return undefined;
      }
    } else if (expected !== actual) {
      return undefined;
    }
  }
  return params;
}
