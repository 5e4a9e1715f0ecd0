/**
 * GET /authorize shows the page; POST /authorize takes the key, checks it with TiFlux and sends the browser back to
 * the client with a code (RFC 6749 §4.1, PKCE S256 required, `iss` on the response per RFC 9207).
 *
 * Until the client and its redirect URI are known to be good, problems are shown on a page, never redirected
 * (an open redirector otherwise). After that, protocol errors go back to the client as `error=` parameters.
 * The page carries its own sealed copy of the validated request (kind `request`, 10 minutes): the POST trusts
 * only that, so a forged or replayed form cannot change the client, the callback, the PKCE challenge or the
 * resource; a cross-origin post is refused too.
 */
import type { HttpRequest, HttpResponse } from '../http/types.js';
import { renderAuthorizePage, renderErrorPage } from './authorize-page.js';
import { resolveClient } from './clients.js';
import type { OAuthClient } from './clients.js';
import { isS256Challenge } from './pkce.js';
import { normaliseResource, resourceFor } from './public-url.js';
import { isRedirectAllowed, matchesRegisteredRedirect, parseRedirectUri } from './redirect-allowlist.js';
import { htmlPage, readParams, redirectTo } from './responses.js';
import { digest, openToken, sealToken } from './sealed-token.js';
import { lifetimes } from './settings.js';
import { checkTiFluxKey } from './verify-key.js';
import { isPlausibleApiKey } from '../mcp/missing-key.js';

const REQUEST_TTL_SECONDS = 10 * 60;

/** The sealed copy of a validated authorization request. */
interface RequestClaims {
  cid: string;
  ru: string;
  cc: string;
  st?: string;
  sc?: string;
  res: string;
}

/** The claims of an authorization code: the key, and what the token request must match. */
export interface CodeClaims {
  k: string;
  /** digest of the client_id */
  ch: string;
  ru: string;
  cc: string;
  sc?: string;
}

type Message = { pt: string; en: string };

type Validated =
  | { kind: 'page'; status: number; message: Message }
  | { kind: 'redirect'; response: HttpResponse }
  | { kind: 'ok'; client: OAuthClient; request: RequestClaims };

function errorPage(status: number, message: Message): HttpResponse {
  return htmlPage(status, renderErrorPage(message));
}

/** Where the form's answer may redirect (CSP form-action): the callback's origin, or its scheme for an app link. */
function formTarget(redirectUri: string): string[] {
  const url = parseRedirectUri(redirectUri);
  if (!url) return [];
  return url.protocol === 'http:' || url.protocol === 'https:' ? [url.origin] : [url.protocol];
}

function returnHost(redirectUri: string): string {
  const url = parseRedirectUri(redirectUri);
  if (!url) return redirectUri;
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.host : `${url.protocol}//${url.host}`;
}

export function callbackUrl(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  return url.href;
}

async function validate(params: URLSearchParams, issuer: string): Promise<Validated> {
  const clientId = params.get('client_id');
  if (!clientId) return { kind: 'page', status: 400, message: { pt: 'Falta o client_id na solicitação.', en: 'The request has no client_id.' } };
  const found = await resolveClient(clientId, issuer);
  if (!found.ok) {
    return { kind: 'page', status: 400, message: { pt: `Aplicativo desconhecido: ${found.reason}.`, en: `Unknown application: ${found.reason}.` } };
  }
  const client = found.client;
  const requested = params.get('redirect_uri') ?? (client.redirectUris.length === 1 ? client.redirectUris[0]! : '');
  if (!requested || !matchesRegisteredRedirect(requested, client.redirectUris) || !isRedirectAllowed(requested)) {
    return {
      kind: 'page',
      status: 400,
      message: {
        pt: 'O endereço de retorno (redirect_uri) não foi registrado por este aplicativo ou não é permitido neste servidor.',
        en: 'The return address (redirect_uri) was not registered by this application or is not allowed on this server.',
      },
    };
  }
  const state = params.get('state') ?? undefined;
  const back = (error: string, description: string): Validated => ({
    kind: 'redirect',
    response: redirectTo(callbackUrl(requested, { error, error_description: description, state, iss: issuer })),
  });
  if (params.get('response_type') !== 'code') return back('unsupported_response_type', 'Only response_type=code is supported');
  const challenge = params.get('code_challenge');
  const method = params.get('code_challenge_method');
  if (!challenge) return back('invalid_request', 'PKCE is required: send code_challenge with code_challenge_method=S256');
  if (method !== 'S256') return back('invalid_request', 'Only code_challenge_method=S256 is supported (plain is not)');
  if (!isS256Challenge(challenge)) return back('invalid_request', 'code_challenge is not an S256 challenge (43 base64url characters)');
  const ours = resourceFor(issuer);
  const resource = params.get('resource');
  if (resource !== null && normaliseResource(resource) !== ours) return back('invalid_target', `This server issues tokens only for ${ours}`);
  const scope = params.get('scope') ?? undefined;
  return { kind: 'ok', client, request: { cid: client.clientId, ru: requested, cc: challenge, st: state, sc: scope, res: ours } };
}

export async function handleAuthorizeGet(req: HttpRequest, issuer: string): Promise<HttpResponse> {
  const validated = await validate(new URLSearchParams(req.query), issuer);
  if (validated.kind === 'page') return errorPage(validated.status, validated.message);
  if (validated.kind === 'redirect') return validated.response;
  const sealed = await sealToken('request', { ...validated.request }, { issuer, ttlSeconds: REQUEST_TTL_SECONDS });
  const view = { clientName: validated.client.name, returnTo: returnHost(validated.request.ru), request: sealed };
  return htmlPage(200, renderAuthorizePage(view), formTarget(validated.request.ru));
}

export async function handleAuthorizePost(req: HttpRequest, issuer: string, remainingTimeMs: () => number): Promise<HttpResponse> {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== 'null' && origin !== new URL(issuer).origin) {
    return errorPage(403, { pt: 'Envio de outro site recusado.', en: 'A form sent from another site was refused.' });
  }
  const form = readParams(req.headers['content-type'], req.body);
  const sealed = form?.request;
  const opened = sealed ? await openToken<RequestClaims>('request', sealed, { issuer }) : undefined;
  if (!form || !sealed || !opened?.ok) {
    return errorPage(400, {
      pt: 'Esta página de conexão expirou ou não é válida.',
      en: 'This sign-in page has expired or is not valid.',
    });
  }
  const request = opened.claims;
  // The client may have been re-registered elsewhere meanwhile; its name is only for the page.
  const found = await resolveClient(request.cid, issuer);
  const clientName = found.ok ? found.client.name : 'MCP client';
  const rerender = (error: Message, status = 400) =>
    htmlPage(status, renderAuthorizePage({ clientName, returnTo: returnHost(request.ru), request: sealed, error }), formTarget(request.ru));

  if (form.action === 'cancel') {
    return redirectTo(callbackUrl(request.ru, { error: 'access_denied', error_description: 'The user cancelled', state: request.st, iss: issuer }));
  }
  const apiKey = form.api_key?.trim() ?? '';
  if (apiKey === '') return rerender({ pt: 'Informe a sua chave de API do TiFlux.', en: 'Enter your TiFlux API key.' });
  if (!isPlausibleApiKey(apiKey)) {
    return rerender({
      pt: 'Isto não parece uma chave de API do TiFlux (sem espaços, até 512 caracteres).',
      en: 'This does not look like a TiFlux API key (no spaces, at most 512 characters).',
    });
  }
  const check = await checkTiFluxKey(apiKey, remainingTimeMs);
  if (!check.ok) {
    const reasons: Record<typeof check.reason, Message> = {
      refused: {
        pt: 'O TiFlux recusou esta chave: confira se foi copiada inteira e se ainda está ativa.',
        en: 'TiFlux refused this key: check that it was copied whole and is still active.',
      },
      forbidden: {
        pt: 'O TiFlux aceitou a chave, mas o usuário dela não tem permissão de acesso à API.',
        en: 'TiFlux accepted the key, but its user has no permission to use the API.',
      },
      unavailable: {
        pt: 'Não foi possível falar com o TiFlux agora. Tente de novo em instantes.',
        en: 'TiFlux could not be reached just now. Try again in a moment.',
      },
    };
    return rerender(reasons[check.reason], check.reason === 'unavailable' ? 503 : 400);
  }
  const code: CodeClaims = { k: apiKey, ch: digest(request.cid), ru: request.ru, cc: request.cc, sc: request.sc };
  const sealedCode = await sealToken('code', { ...code }, { issuer, audience: request.res, ttlSeconds: lifetimes().code });
  return redirectTo(callbackUrl(request.ru, { code: sealedCode, state: request.st, iss: issuer }));
}
