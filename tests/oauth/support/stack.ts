/**
 * An OAuth-on deployment for tests: the sandbox TiFlux, the handler behind the local Function URL emulator, and
 * OAUTH_TOKEN_SECRET set for the duration (the handler reads settings per request). `signIn` plays the user at the
 * authorize page over plain HTTP (the browser test does the same in Chromium).
 */
import { randomBytes } from 'node:crypto';
import { startSandbox, type SandboxHandle } from '../../../sandbox/server.js';
import { startLocalEndpoint, type LocalEndpoint } from '../../../test-lambda-local.js';

export interface OAuthStack {
  sandbox: SandboxHandle;
  endpoint: LocalEndpoint;
  secret: string;
  close(): Promise<void>;
}

const OAUTH_ENV = ['OAUTH_TOKEN_SECRET', 'OAUTH_TOKEN_SECRET_PREVIOUS', 'OAUTH_CODE_TTL_SECONDS', 'OAUTH_ACCESS_TTL_SECONDS', 'OAUTH_REFRESH_TTL_SECONDS', 'PUBLIC_BASE_URL', 'OAUTH_REDIRECT_ALLOWLIST'];

export async function startOAuthStack(): Promise<OAuthStack> {
  const saved = Object.fromEntries(OAUTH_ENV.map((name) => [name, process.env[name]]));
  const secret = randomBytes(32).toString('base64url');
  process.env.OAUTH_TOKEN_SECRET = secret;
  const sandbox = await startSandbox();
  process.env.TIFLUX_API_BASE_URL = sandbox.baseUrl;
  const endpoint = await startLocalEndpoint();
  return {
    sandbox,
    endpoint,
    secret,
    async close() {
      await endpoint.close();
      await sandbox.close();
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    },
  };
}

/** The hidden sealed request of an authorize page. */
export function sealedRequestOf(html: string): string {
  const match = /name="request" value="([^"]+)"/.exec(html);
  if (!match) throw new Error(`no sealed request in the page:\n${html.slice(0, 2000)}`);
  return match[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

export interface PageAnswer {
  status: number;
  /** The redirect target (303), if any. */
  location: string | undefined;
  html: string;
}

/** Opens the authorize URL, submits `apiKey` (or cancels) and returns the server's answer to the form. */
export async function signIn(authorizationUrl: string | URL, apiKey: string, action: 'approve' | 'cancel' = 'approve'): Promise<PageAnswer> {
  const page = await fetch(authorizationUrl, { redirect: 'manual' });
  const html = await page.text();
  if (page.status !== 200) return { status: page.status, location: page.headers.get('location') ?? undefined, html };
  const formUrl = new URL('authorize', authorizationUrl);
  const answer = await fetch(formUrl, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: formUrl.origin },
    body: new URLSearchParams({ request: sealedRequestOf(html), api_key: apiKey, action }),
  });
  return { status: answer.status, location: answer.headers.get('location') ?? undefined, html: await answer.text() };
}
