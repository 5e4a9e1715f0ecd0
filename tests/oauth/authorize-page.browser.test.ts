/**
 * The authorize page in a real headless Chromium (Debian's chromium, driven by playwright-core, which downloads no
 * browser of its own): the page names the client and where it returns; a wrong key shows TiFlux's refusal on the
 * page; the right key lands on the client's callback with a code that redeems. JavaScript is OFF in the browser
 * (the page must work without it). Screenshots go to test-results/ for review.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizeUrl, pkce, redeem, registeredClient } from './support/flow.js';
import { startOAuthStack, type OAuthStack } from './support/stack.js';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.warn(`SKIPPED: ${CHROMIUM} is missing (install Debian's chromium package: apt-get install -y chromium; .ci/run does).`);

const SCREENSHOTS = join(process.cwd(), 'test-results');
let stack: OAuthStack;
let callbackServer: Server;
let callbackUrl: string;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  if (!present) return;
  stack = await startOAuthStack();
  callbackServer = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Callback</title><h1>Signed in: the client received its code.</h1>');
  });
  await new Promise<void>((resolve) => callbackServer.listen(0, '127.0.0.1', resolve));
  callbackUrl = `http://127.0.0.1:${(callbackServer.address() as { port: number }).port}/oauth/callback`;
  profile = mkdtempSync(join(tmpdir(), 'tiflux-mcp-chromium-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    javaScriptEnabled: false,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 90_000);

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => callbackServer?.close(resolve));
  await stack?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe.skipIf(!present)('the authorize page in headless Chromium (JavaScript off)', () => {
  it('shows the client and its return host; a wrong key shows the refusal; the right key lands on the callback with a code', async () => {
    const base = stack.endpoint.baseUrl;
    const clientId = await registeredClient(base, callbackUrl);
    const { challenge, verifier } = pkce();
    const url = authorizeUrl(base, { client_id: clientId, redirect_uri: callbackUrl, code_challenge: challenge, state: 'browser-state', resource: `${base}/mcp` });
    const page = await context.newPage();

    await page.goto(url.href);
    await expect.poll(() => page.title()).toContain('Conectar ao TiFlux');
    const intro = await page.locator('.who').innerText();
    expect(intro).toContain('Negative-case client');
    expect(intro).toContain(new URL(callbackUrl).host);
    expect(await page.locator('.help').innerText()).toContain('Minha conta → Sessões → Sessões API');
    await page.screenshot({ path: join(SCREENSHOTS, 'oauth-authorize-page.png'), fullPage: true });

    await page.fill('#api_key', 'tfx-wrong-key-typed-by-hand');
    await page.click('button[value=approve]');
    await page.waitForLoadState();
    const alert = page.locator('.error');
    expect(await alert.innerText()).toContain('O TiFlux recusou esta chave');
    expect(page.url()).toBe(`${base}/authorize`);
    await page.screenshot({ path: join(SCREENSHOTS, 'oauth-authorize-wrong-key.png'), fullPage: true });

    await page.fill('#api_key', stack.sandbox.keys.admin);
    await Promise.all([page.waitForURL((u) => u.href.startsWith(callbackUrl)), page.click('button[value=approve]')]);
    const landed = new URL(page.url());
    expect(landed.searchParams.get('state')).toBe('browser-state');
    expect(landed.searchParams.get('iss')).toBe(base);
    const code = landed.searchParams.get('code');
    expect(code).toMatch(/^tfxmcp_/);
    expect(await page.locator('h1').innerText()).toContain('Signed in');
    await page.screenshot({ path: join(SCREENSHOTS, 'oauth-callback.png') });

    const redeemed = await redeem(base, { code: code!, clientId, redirectUri: callbackUrl, verifier });
    expect(redeemed.status).toBe(200);
    await page.close();
  }, 60_000);

  it('cannot be framed by another site', async () => {
    const base = stack.endpoint.baseUrl;
    const clientId = await registeredClient(base, callbackUrl);
    const url = authorizeUrl(base, { client_id: clientId, redirect_uri: callbackUrl, code_challenge: pkce().challenge });
    const page = await context.newPage();
    // The callback server's origin plays the hostile site.
    await page.goto(callbackUrl);
    await page.setContent(`<iframe id="f" src="${url.href.replace(/&/g, '&amp;')}" width="600" height="400"></iframe>`);
    await page.waitForTimeout(1500);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame, 'the iframe exists').toBeDefined();
    // Chromium replaces a frame refused by frame-ancestors / X-Frame-Options with an empty error document.
    const framedText = await frame!.locator('body').innerText({ timeout: 2000 }).catch(() => '');
    expect(framedText).not.toContain('Conectar ao TiFlux');
    // The same page loads fine as a top-level page (so the check above is not vacuous).
    await page.goto(url.href);
    expect(await page.locator('h1').innerText()).toBe('Conectar ao TiFlux');
    await page.close();
  }, 30_000);
});
