import { spawn } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../sandbox/server.js';
import { call, useSandbox } from './helpers.js';

const sandbox = useSandbox();
const control = (path: string, init?: RequestInit) => fetch(`${sandbox().origin}/__sandbox${path}`, init);
const postJson = (path: string, body: unknown) =>
  control(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('HTTP control routes', () => {
  it('injects a fault over HTTP, lists it, and clears it', async () => {
    const created = await postJson('/faults', { kind: 'status', status: 503, pathPattern: '^/desks', times: 3, retryAfter: 1 });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ id: expect.any(Number) });
    expect((await call(sandbox(), 'GET', '/desks')).status).toBe(503);
    const listed = await (await control('/faults')).json();
    expect(listed).toEqual([{ id: expect.any(Number), hits: 1, remaining: 2, spec: expect.objectContaining({ kind: 'status', status: 503, times: 3, retryAfter: '1' }) }]);
    expect(new RegExp(listed[0].spec.pathPattern).test('/desks')).toBe(true);
    expect((await control('/faults', { method: 'DELETE' })).status).toBe(204);
    expect((await call(sandbox(), 'GET', '/desks')).status).toBe(200);
  });

  it('supports afterProcessing over HTTP', async () => {
    await postJson('/faults', { kind: 'html', method: 'PUT', path: '/api/v2/tickets/84432/cancel', afterProcessing: true, times: 1 });
    expect((await call(sandbox(), 'PUT', '/tickets/84432/cancel')).status).toBe(502);
    expect((await call(sandbox(), 'GET', '/tickets/84432')).json.is_closed).toBe(true);
  });

  it('refuses an invalid fault with 400', async () => {
    const result = await postJson('/faults', { kind: 'explode' });
    expect(result.status).toBe(400);
    expect((await result.json()).error).toMatch(/kind/);
  });

  it('returns the request log, without raw keys', async () => {
    await call(sandbox(), 'GET', '/desks?active=true');
    const log = await (await control('/requests')).json();
    expect(log).toEqual([expect.objectContaining({ method: 'GET', path: '/desks', query: { active: 'true' }, status: 200, keyFingerprint: expect.stringMatching(/^[0-9a-f]{8}$/) })]);
    expect(JSON.stringify(log)).not.toContain(sandbox().keys.admin);
    expect((await control('/requests', { method: 'DELETE' })).status).toBe(204);
    expect(sandbox().requests).toEqual([]);
  });

  it('resets data over HTTP', async () => {
    await call(sandbox(), 'PUT', '/tickets/84429/close');
    expect((await control('/reset', { method: 'POST' })).status).toBe(204);
    expect((await call(sandbox(), 'GET', '/tickets/84429')).json.is_closed).toBe(false);
  });

  it('reports the base URL and keys', async () => {
    expect(await (await control('/info')).json()).toEqual({ baseUrl: sandbox().baseUrl, keys: sandbox().keys });
  });

  it('is not reachable under /api/v2, and control requests are not recorded as API calls', async () => {
    const result = await call(sandbox(), 'POST', '/__sandbox/reset');
    expect(result.status).toBe(404);
    await control('/info');
    expect(sandbox().requests.map((r) => r.path)).toEqual(['/__sandbox/reset']);
  });

  it('answers 403 to a peer that is not on loopback', async () => {
    const external = Object.values(networkInterfaces()).flat().find((nic) => nic && nic.family === 'IPv4' && !nic.internal);
    if (!external) return; // no non-loopback interface on this machine: nothing to prove
    const wide = await startSandbox({ host: '0.0.0.0' });
    try {
      const port = new URL(wide.origin).port;
      const remote = await fetch(`http://${external.address}:${port}/__sandbox/info`);
      expect(remote.status).toBe(403);
      const local = await fetch(`http://127.0.0.1:${port}/__sandbox/info`);
      expect(local.status).toBe(200);
    } finally {
      await wide.close();
    }
  });
});

describe('standalone process (sandbox/main.ts)', () => {
  it('prints the base URL and the demo key, and serves over HTTP', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/main.ts'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      const deadline = Date.now() + 20_000;
      while (!/Demo API key.*\n/.test(output) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      const baseUrl = /listening: (\S+)/.exec(output)?.[1];
      const key = /Demo API key \(admin\):\s+(\S+)/.exec(output)?.[1];
      expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v2$/);
      expect(key).toBe(sandbox().keys.admin);
      const response = await fetch(`${baseUrl}/desks?name=Suporte`, { headers: { authorization: `Bearer ${key}` } });
      expect(await response.json()).toMatchObject([{ display_name: 'Suporte' }]);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
