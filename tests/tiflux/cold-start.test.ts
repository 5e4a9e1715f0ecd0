/**
 * Guards the cold-start design from what esbuild actually bundled (dist/meta.json, written by esbuild.config.mjs):
 * axios, marked and turndown (with domino) are not part of dist/handler.js; each is its own dist/vendor-*.js, reached
 * only through a dynamic import, and node:http/https arrive the same way. A static import anywhere in src/ would
 * pull a library into the handler, and this test would name it. `npm test` builds dist/ first; run `npm run build`
 * before running this file alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface MetaOutput {
  entryPoint?: string;
  bytes: number;
  inputs: Record<string, unknown>;
  imports: { path: string; kind: string; external?: boolean }[];
}
interface Metafile {
  outputs: Record<string, MetaOutput>;
}

const META_PATH = fileURLToPath(new URL('../../dist/meta.json', import.meta.url));

function readMeta(): { handler: Metafile; vendors: Metafile } {
  if (!existsSync(META_PATH)) throw new Error('dist/meta.json is missing: run `npm run build` first');
  return JSON.parse(readFileSync(META_PATH, 'utf8'));
}

function output(meta: Metafile, file: string): MetaOutput {
  const found = meta.outputs[file];
  if (!found) throw new Error(`${file} was not built (outputs: ${Object.keys(meta.outputs).join(', ')})`);
  return found;
}

/** The package a bundled input file belongs to ("node_modules/@mixmark-io/domino/lib/x.js" → "@mixmark-io/domino"). */
function packageOf(input: string): string | undefined {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match?.[1];
}

const LAZY = {
  'dist/vendor-axios.js': ['axios', 'form-data', 'follow-redirects', 'mime-db', 'proxy-from-env'],
  'dist/vendor-marked.js': ['marked'],
  'dist/vendor-turndown.js': ['turndown', '@mixmark-io/domino'],
} as const;

describe('cold start (from the esbuild metafile)', () => {
  const meta = readMeta();
  const handler = output(meta.handler, 'dist/handler.js');
  const handlerPackages = new Set(Object.keys(handler.inputs).map(packageOf).filter((name) => name !== undefined));

  it.each(Object.entries(LAZY))('%s holds its libraries, and dist/handler.js holds none of them', (file, packages) => {
    const vendor = output(meta.vendors, file);
    const vendorPackages = new Set(Object.keys(vendor.inputs).map(packageOf));
    expect(vendorPackages.has(packages[0])).toBe(true);
    expect(packages.filter((name) => handlerPackages.has(name))).toEqual([]);
  });

  it('the handler reaches each vendor file and node:http/https only through a dynamic import', () => {
    const external = handler.imports.filter((entry) => entry.external);
    const lazy = ['./vendor-axios.js', './vendor-marked.js', './vendor-turndown.js', 'node:http', 'node:https'];
    for (const path of lazy) {
      const uses = external.filter((entry) => entry.path === path);
      expect(uses.length, `${path} is not imported by dist/handler.js`).toBeGreaterThan(0);
      expect(uses.filter((entry) => entry.kind !== 'dynamic-import'), `${path} is loaded at start-up`).toEqual([]);
    }
  });

  it('the handler loads nothing else at start-up but Node built-ins', () => {
    const eager = handler.imports.filter((entry) => entry.external && entry.kind !== 'dynamic-import');
    expect(eager.filter((entry) => !entry.path.startsWith('node:'))).toEqual([]);
  });
});
