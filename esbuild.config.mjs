// Bundles the Lambda handler into dist/handler.js (CommonJS, exporting `handler`): the file that deploys.
// Run with `npm run build`; `sam build` uses the same output (see template.yaml).
import { build } from 'esbuild';
import { rm, writeFile } from 'node:fs/promises';

// The SDK's Server constructs an Ajv validator unless given one. We always pass our own (it is only used for
// elicitation, which this server never does), so Ajv and ajv-formats would be dead weight in cold start.
const dropAjvProvider = {
  name: 'drop-ajv-provider',
  setup(b) {
    b.onResolve({ filter: /validation\/ajv-provider\.js$/ }, (args) => ({ path: args.path, namespace: 'ajv-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'ajv-stub' }, () => ({
      contents:
        'export class AjvJsonSchemaValidator { constructor() { throw new Error("Ajv is not bundled: pass a jsonSchemaValidator"); } }',
      loader: 'js',
    }));
  },
};

// axios (with form-data, its MIME database, follow-redirects and a proxy agent) is a quarter of a megabyte that
// only a tool reaching TiFlux needs. The code imports it dynamically (src/tiflux/http-runtime.ts); here that import
// points at a second file, dist/vendor-axios.js, so V8 never has to parse axios during a cold start that answers
// initialize or tools/list. The handler requires it, relative to itself, on the first upstream call.
const VENDOR_AXIOS = 'vendor-axios.js';
const axiosInItsOwnFile = {
  name: 'axios-in-its-own-file',
  setup(b) {
    b.onResolve({ filter: /^axios$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: `./${VENDOR_AXIOS}`, external: true } : undefined,
    );
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node24',
  minify: true,
  // No keepNames: preserving every function's name costs ~6 ms of cold start; errors name themselves explicitly.
  sourcemap: 'external',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

// jose (the OAuth token sealing, src/oauth/sealed-token.ts) the same way: only a deployment with OAuth on, and only
// on a request that carries or asks for one of our tokens, parses it.
const VENDOR_JOSE = 'vendor-jose.js';
const joseInItsOwnFile = {
  name: 'jose-in-its-own-file',
  setup(b) {
    b.onResolve({ filter: /^jose$/ }, (args) => (args.kind === 'dynamic-import' ? { path: `./${VENDOR_JOSE}`, external: true } : undefined));
  },
};

await rm('dist', { recursive: true, force: true });
await build({ ...common, entryPoints: { [VENDOR_AXIOS.replace(/\.js$/, '')]: 'axios' }, outdir: 'dist' });
await build({ ...common, entryPoints: { [VENDOR_JOSE.replace(/\.js$/, '')]: 'jose' }, outdir: 'dist' });
const result = await build({
  ...common,
  entryPoints: { handler: 'src/handler.ts' },
  outdir: 'dist',
  plugins: [dropAjvProvider, axiosInItsOwnFile, joseInItsOwnFile],
});

// The project is ESM ("type": "module"); this marker makes Node and Lambda load the bundle as CommonJS.
await writeFile('dist/package.json', '{ "type": "commonjs" }\n');

const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
console.log(`dist/handler.js: ${(bytes / 1024).toFixed(1)} KiB`);
