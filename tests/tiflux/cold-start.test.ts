// Guards the cold-start design: axios is only ever loaded by http-runtime.ts's dynamic import, on the first upstream
// call; everything else may refer to axios' types alone (erased at build time).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../src/tiflux');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('cold start', () => {
  it('no module imports axios (or node:http/https) at load time', () => {
    const offenders = sources(ROOT).filter((file) =>
      /^import\s+(?!type\b)[^;]*from\s+'(axios|node:https?)'/m.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('axios and the agents arrive through one dynamic import', () => {
    const runtime = readFileSync(join(ROOT, 'http-runtime.ts'), 'utf8');
    expect(runtime).toContain("import('axios')");
    const withDynamicAxios = sources(ROOT).filter((file) => readFileSync(file, 'utf8').includes("import('axios')"));
    expect(withDynamicAxios).toEqual([join(ROOT, 'http-runtime.ts')]);
  });
});
