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
  /** 403/40301 for keys whose owner is not an admin (§1.8: /users, /requestors, …). */
  adminOnly?: boolean;
  /**
   * Body encodings the endpoint accepts (§1.4). A body in any other encoding — or none, when an encoding is
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

export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch | undefined {
  const segments = splitPath(path);
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = matchSegments(splitPath(route.pattern), segments);
    if (params) return { route, params };
  }
  return undefined;
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
