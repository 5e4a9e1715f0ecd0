/**
 * The layers read top-down (docs/architecture.md#layers): a file imports its own layer or the layers under it, never
 * one above. Read from what esbuild actually bundled (dist/meta.json, written by esbuild.config.mjs; `npm test`
 * builds first), so a dynamic import counts as much as a static one and a type-only import (erased) does not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Top first. A layer's files, by path prefix. */
const LAYERS: readonly (readonly [string, readonly string[]])[] = [
  ['entry', ['src/handler.ts', 'src/lambda-adapter.ts', 'src/router.ts', 'src/health.ts']],
  ['oauth', ['src/oauth/']],
  ['mcp', ['src/mcp/']],
  ['tools', ['src/tools/']],
  ['tiflux', ['src/tiflux/']],
  ['text', ['src/text/']],
  ['base', ['src/http/', 'src/observability/', 'src/config.ts', 'src/plain-object.ts', 'src/version.ts', 'src/zod-config.ts']],
];

function layerOf(file: string): number {
  const index = LAYERS.findIndex(([, prefixes]) => prefixes.some((prefix) => file === prefix || (prefix.endsWith('/') && file.startsWith(prefix))));
  return index;
}

interface MetaInput {
  imports: { path: string; kind: string; external?: boolean }[];
}

const META_PATH = fileURLToPath(new URL('../../dist/meta.json', import.meta.url));

function bundledSources(): Record<string, MetaInput> {
  if (!existsSync(META_PATH)) throw new Error('dist/meta.json is missing: run `npm run build` first');
  const meta = JSON.parse(readFileSync(META_PATH, 'utf8')) as { handler: { inputs: Record<string, MetaInput> } };
  return Object.fromEntries(Object.entries(meta.handler.inputs).filter(([file]) => file.startsWith('src/')));
}

describe('layers (from the esbuild metafile)', () => {
  const sources = bundledSources();

  it('every bundled source file belongs to a layer', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(100);
    expect(Object.keys(sources).filter((file) => layerOf(file) < 0)).toEqual([]);
  });

  it('no file imports a layer above its own', () => {
    const upward: string[] = [];
    for (const [file, input] of Object.entries(sources)) {
      for (const imported of input.imports) {
        if (imported.external || !imported.path.startsWith('src/')) continue;
        if (layerOf(imported.path) < layerOf(file)) {
          upward.push(`${file} (${LAYERS[layerOf(file)]![0]}) → ${imported.path} (${LAYERS[layerOf(imported.path)]![0]})`);
        }
      }
    }
    expect(upward).toEqual([]);
  });
});
