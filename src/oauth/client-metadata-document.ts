/**
 * Client ID Metadata Documents (the MCP authorization spec's preferred registration): a client_id that is an https
 * URL names a JSON document the client publishes. Fetching a URL a stranger chose is a server-side request forgery
 * risk, so the fetch is fenced (docs/oauth.md "Client ID Metadata Documents"): https only; the host's addresses are
 * resolved first and every one must be public (no private, loopback, link-local, CGNAT, multicast or reserved
 * range), and the connection goes to the address that was checked (no second lookup to rebind); no redirects; a
 * 3 s deadline and a 16 KiB cap. Under npm start (not on Lambda) an http loopback URL is allowed as well, so the
 * success path can be tested. Good documents are cached for 5 minutes.
 */
import { BlockList, isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import { runsOnLambda } from './settings.js';

export const CIMD_TIMEOUT_MS = 3_000;
export const CIMD_MAX_BYTES = 16 * 1024;
const CACHE_MS = 5 * 60_000;
const CACHE_ENTRIES = 200;

export interface MetadataDocument {
  client_id: string;
  client_name?: unknown;
  redirect_uris?: unknown;
  token_endpoint_auth_method?: unknown;
  [field: string]: unknown;
}

export type DocumentResult = { ok: true; document: MetadataDocument } | { ok: false; reason: string };

/** Built on first use, like the HTTP stack below: a cold start that checks no address does not pay for them. */
let ranges: { notPublic: BlockList; loopback: BlockList } | undefined;
function addressRanges(): { notPublic: BlockList; loopback: BlockList } {
  if (ranges) return ranges;
  const notPublic = new BlockList();
  for (const [network, prefix] of [
    ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
    ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
    ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
  ] as const) {
    notPublic.addSubnet(network, prefix, 'ipv4');
  }
  for (const [network, prefix] of [
    ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['100::', 64], ['2001::', 23], ['2001:db8::', 32],
    ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
  ] as const) {
    notPublic.addSubnet(network, prefix, 'ipv6');
  }
  const loopback = new BlockList();
  loopback.addSubnet('127.0.0.0', 8, 'ipv4');
  loopback.addAddress('::1', 'ipv6');
  return (ranges = { notPublic, loopback });
}

function family(address: string): 'ipv4' | 'ipv6' {
  return isIP(address) === 6 ? 'ipv6' : 'ipv4';
}

/** `::ffff:10.0.0.1` or `::ffff:a00:1` → `10.0.0.1`; anything else unchanged. (BlockList applies an IPv6
 * ::ffff:0:0/96 rule to every IPv4 address, so mapped addresses are unwrapped instead.) */
function unmapIpv4(address: string): string {
  const mapped = /^::ffff:(?:0:)?(.+)$/i.exec(address);
  if (!mapped || isIP(address) !== 6) return address;
  const rest = mapped[1]!;
  if (isIP(rest) === 4) return rest;
  const groups = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(rest);
  if (!groups) return address;
  const hi = parseInt(groups[1]!, 16);
  const lo = parseInt(groups[2]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** Public, or (off Lambda only) loopback. */
export function isAddressAllowed(rawAddress: string, allowLoopback = !runsOnLambda()): boolean {
  const address = unmapIpv4(rawAddress);
  const fam = family(address);
  const { loopback, notPublic } = addressRanges();
  if (allowLoopback && loopback.check(address, fam)) return true;
  return !notPublic.check(address, fam);
}

const cache = new Map<string, { expires: number; document: MetadataDocument }>();

/** A client_id that should be read as a metadata document URL (the spec: https with a path). */
export function looksLikeMetadataUrl(clientId: string): boolean {
  return /^https?:\/\//i.test(clientId);
}

export async function fetchMetadataDocument(clientId: string): Promise<DocumentResult> {
  const cached = cache.get(clientId);
  if (cached && cached.expires > Date.now()) return { ok: true, document: cached.document };

  let url: URL;
  try {
    url = new URL(clientId);
  } catch {
    return { ok: false, reason: 'the client_id is not a valid URL' };
  }
  const local = !runsOnLambda();
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const loopbackHttp = local && url.protocol === 'http:' && (host === 'localhost' || (isIP(host) !== 0 && addressRanges().loopback.check(host, family(host))));
  if (url.protocol !== 'https:' && !loopbackHttp) return { ok: false, reason: 'a client metadata document must be served over https' };
  if (url.username || url.password || url.hash || url.pathname === '/') {
    return { ok: false, reason: 'a client metadata document URL needs a path and no credentials or fragment' };
  }

  let address: string;
  try {
    const addresses = await addressesOf(host);
    if (addresses.length === 0 || !addresses.every((a) => isAddressAllowed(a.address, local))) {
      return { ok: false, reason: `the client metadata document host ${url.hostname} is not a public address` };
    }
    address = addresses[0]!.address;
  } catch {
    return { ok: false, reason: `the client metadata document host ${url.hostname} could not be resolved` };
  }

  const fetched = await getPinned(url, address);
  if (!fetched.ok) return fetched;
  let document: unknown;
  try {
    document = JSON.parse(fetched.body);
  } catch {
    return { ok: false, reason: 'the client metadata document is not JSON' };
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { ok: false, reason: 'the client metadata document is not a JSON object' };
  }
  const doc = document as MetadataDocument;
  if (doc.client_id !== clientId) return { ok: false, reason: 'the client metadata document names a different client_id' };
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(clientId, { expires: Date.now() + CACHE_MS, document: doc });
  return { ok: true, document: doc };
}

/** Every address of the host; node:dns/promises is loaded on first use (nothing else in the handler needs it). */
async function addressesOf(host: string): Promise<{ address: string }[]> {
  if (isIP(host) !== 0) return [{ address: host }];
  const { lookup } = await import('node:dns/promises');
  return lookup(host, { all: true, verbatim: true });
}

/** One GET to the checked address (TLS still verifies the certificate for the URL's host name). */
async function getPinned(url: URL, address: string): Promise<{ ok: true; body: string } | { ok: false; reason: string }> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    const fam = isIP(address);
    if ((options as { all?: boolean }).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family: fam }]);
    else callback(null, address, fam);
  };
  // Loaded on first use: a cold start that never fetches a metadata document should not load Node's HTTP stack.
  const send = url.protocol === 'https:' ? (await import('node:https')).request : (await import('node:http')).request;
  return new Promise((resolve) => {
    const done = (result: { ok: true; body: string } | { ok: false; reason: string }) => {
      clearTimeout(timer);
      resolve(result);
    };
    const req = send(url, { method: 'GET', lookup: pinned, headers: { accept: 'application/json' }, timeout: CIMD_TIMEOUT_MS }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        done({ ok: false, reason: `the client metadata document answered HTTP ${res.statusCode} (redirects are not followed)` });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > CIMD_MAX_BYTES) {
          req.destroy();
          done({ ok: false, reason: `the client metadata document is larger than ${CIMD_MAX_BYTES} bytes` });
        } else chunks.push(chunk);
      });
      res.on('end', () => done({ ok: true, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => done({ ok: false, reason: 'the client metadata document could not be read' }));
    });
    const timer = setTimeout(() => {
      req.destroy();
      done({ ok: false, reason: `the client metadata document did not arrive within ${CIMD_TIMEOUT_MS} ms` });
    }, CIMD_TIMEOUT_MS);
    req.on('error', () => done({ ok: false, reason: 'the client metadata document could not be fetched' }));
    req.end();
  });
}

/** Tests: forget cached documents. */
export function clearMetadataDocumentCache(): void {
  cache.clear();
}
