import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { SERVER_VERSION } from '../../src/version.js';

it('reports the version package.json declares (serverInfo, /health and the User-Agent use it)', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  expect(SERVER_VERSION).toBe(pkg.version);
});
