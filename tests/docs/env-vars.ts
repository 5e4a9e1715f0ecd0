/**
 * Every environment variable the code reads, found by scanning the sources for `env.NAME` (process.env.NAME, or
 * env.NAME on an injected env object). The README's configuration table and template.yaml are checked against it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

const SOURCES = ['src', 'test-lambda-local.ts', 'esbuild.config.mjs'];
const ENV_READ = /\benv\.([A-Z][A-Z0-9_]*)\b/g;

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

/** Variable name → the files that read it. */
export function environmentVariablesRead(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const source of SOURCES) {
    for (const file of files(join(projectRoot, source)).filter((f) => /\.(ts|mjs|js)$/.test(f))) {
      for (const match of readFileSync(file, 'utf8').matchAll(ENV_READ)) {
        const name = match[1]!;
        const list = found.get(name) ?? [];
        const relative = file.slice(projectRoot.length);
        if (!list.includes(relative)) list.push(relative);
        found.set(name, list);
      }
    }
  }
  return found;
}
