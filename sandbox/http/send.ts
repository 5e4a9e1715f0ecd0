// Writing responses to the socket: normal API answers and injected faults.

import type { ServerResponse } from 'node:http';
import type { FaultSpec } from '../faults.js';
import type { ApiResponse } from './api-response.js';

export function sendApiResponse(res: ServerResponse, response: ApiResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  if (response.status === 204 || response.body === undefined) {
    res.writeHead(response.status, headers).end();
    return;
  }
  const payload = Buffer.from(JSON.stringify(response.body), 'utf8');
  headers['Content-Type'] = 'application/json; charset=utf-8';
  headers['Content-Length'] = String(payload.length);
  res.writeHead(response.status, headers).end(payload);
}

const STATUS_DETAILS: Record<number, string> = {
  429: 'Too many requests, slow down',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service temporarily unavailable',
  504: 'Gateway timeout',
};

/** What a load balancer in front of the API answers when the app behind it is down. */
function loadBalancerPage(status: number): string {
  return [
    '<!DOCTYPE html>',
    `<html><head><title>${status} Bad Gateway</title></head>`,
    '<body><center><h1>502 Bad Gateway</h1></center>',
    '<hr><center>awselb/2.0</center>',
    '</body></html>',
  ].join('\r\n').replaceAll('502 Bad Gateway', `${status} ${STATUS_DETAILS[status] ?? 'Error'}`);
}

/**
 * Answers (or refuses to answer) with the injected fault. Returns the status sent, or null when nothing was sent
 * (reset, hang). 'latency' never reaches here: it only delays.
 */
export function sendFault(res: ServerResponse, fault: FaultSpec): number | null {
  const retryAfter: Record<string, string> = fault.retryAfter !== undefined ? { 'Retry-After': fault.retryAfter } : {};
  switch (fault.kind) {
    case 'status': {
      const status = fault.status ?? 500;
      sendApiResponse(res, {
        status,
        headers: retryAfter,
        body: { error_code: status * 100 + 1, detail: STATUS_DETAILS[status] ?? `Error ${status}` },
      });
      return status;
    }
    case 'html': {
      const status = fault.status ?? 502;
      const page = Buffer.from(loadBalancerPage(status), 'utf8');
      res.writeHead(status, { ...retryAfter, 'Content-Type': 'text/html', 'Content-Length': String(page.length) }).end(page);
      return status;
    }
    case 'malformed-json': {
      // Announced as JSON, cut off mid-value: what a truncated proxy response looks like.
      const body = Buffer.from('{"ticket_number": 84429, "title": "VPN n', 'utf8');
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(body.length) }).end(body);
      return 200;
    }
    case 'reset':
      // A TCP RST (ECONNRESET on the client), not a polite FIN.
      res.socket?.resetAndDestroy();
      return null;
    case 'hang':
      // Never answer; close() tears the connection down.
      return null;
    case 'latency':
      throw new Error('latency faults only delay the real response');
  }
}
