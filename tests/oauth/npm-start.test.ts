/**
 * `npm start` as a developer runs it: OAuth stays off unless `OAUTH=on`, which generates an ephemeral secret and
 * says so; then the whole sign-in works against it with the printed demo key.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startNpmStart, type SpawnedEndpoint } from '../helpers/spawned-endpoint.js';
import { mcp, obtainCode, redeem } from './support/flow.js';

const started: SpawnedEndpoint[] = [];

/** /health can answer a moment before the banner reaches our pipe. */
async function banner(endpoint: SpawnedEndpoint, text: string): Promise<string> {
  for (let i = 0; i < 50 && !endpoint.output().includes(text); i++) await new Promise((r) => setTimeout(r, 100));
  return endpoint.output();
}
afterAll(async () => {
  await Promise.all(started.map((s) => s.stop()));
});

describe('npm start', () => {
  it('leaves OAuth off by default, even with OAUTH_TOKEN_SECRET in the environment', async () => {
    const endpoint = await startNpmStart({ OAUTH: '', OAUTH_TOKEN_SECRET: 'x'.repeat(40) });
    started.push(endpoint);
    expect(await banner(endpoint, 'OAuth: off')).toContain('OAuth: off');
    expect((await fetch(`${endpoint.baseUrl}/.well-known/oauth-protected-resource/mcp`)).status).toBe(404);
    expect((await mcp(endpoint.url, {})).status).toBe(200);
  }, 60_000);

  it('OAUTH=on: prints the notice, answers 401 without a key, and signs in with the demo key', async () => {
    const endpoint = await startNpmStart({ OAUTH: 'on', OAUTH_TOKEN_SECRET: '' });
    started.push(endpoint);
    expect(await banner(endpoint, 'OAuth: on')).toContain('OAuth: on, with an ephemeral token secret');
    const demoKey = /Demo key: (\S+)/.exec(endpoint.output())![1]!;
    const refused = await mcp(endpoint.url, {});
    expect(refused.status).toBe(401);
    const got = await obtainCode(endpoint.baseUrl, demoKey);
    const tokens = await redeem(endpoint.baseUrl, got);
    expect(tokens.status).toBe(200);
    const call = await mcp(endpoint.url, { authorization: `Bearer ${tokens.json.access_token}` }, 'tools/call', {
      name: 'search_client',
      arguments: { client_name: 'Padaria' },
    });
    expect(call.json.result.isError, JSON.stringify(call.json)).not.toBe(true);
  }, 60_000);
});
