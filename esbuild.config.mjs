// Bundles the Lambda handler into dist/handler.js (CommonJS, exporting `handler`): the file that deploys.
// Run with `npm run build`; `sam build` uses the same output (see template.yaml).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
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

// Libraries that only some calls need go in their own files, loaded on first use, so V8 never parses them during a
// cold start that answers initialize or tools/list:
// - axios (with form-data, its MIME database, follow-redirects and a proxy agent), a quarter of a megabyte that only
//   a tool reaching TiFlux needs (src/tiflux/http-runtime.ts);
// - marked and turndown (with the domino HTML parser), which only a tool converting text needs (src/text/markdown.ts;
//   load cost in docs/text.md);
// - jose (the OAuth token sealing, src/oauth/sealed-token.ts): only a deployment with OAuth on, and only on a request
//   that carries or asks for one of our tokens, parses it.
// The code imports each dynamically; here that import points at dist/vendor-<name>.js, which the handler requires,
// relative to itself, on first use. A static import of one of them would bundle it into the handler:
// tests/tiflux/cold-start.test.ts reads the metafile written below to catch that.
const VENDORS = { axios: 'vendor-axios.js', marked: 'vendor-marked.js', turndown: 'vendor-turndown.js', jose: 'vendor-jose.js' };
const vendorsInTheirOwnFiles = {
  name: 'vendors-in-their-own-files',
  setup(b) {
    const names = Object.keys(VENDORS).join('|');
    b.onResolve({ filter: new RegExp(`^(${names})$`) }, (args) =>
      args.kind === 'dynamic-import' ? { path: `./${VENDORS[args.path]}`, external: true } : undefined,
    );
  },
};

// tools/list is derived from the zod schemas here, at build time (scripts/print-listing.ts), and the bundle carries
// it as a string literal that the catalogue parses on the first tools/list: as an object literal it would cost every
// cold start (/health included) its parse time; converting the schemas in the Lambda cost ~13 ms for 16 tools.
const listing = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/print-listing.ts'], { encoding: 'utf8', maxBuffer: 64 << 20 });
JSON.parse(listing); // fail the build on anything but JSON
const listingFromBuild = {
  name: 'listing-from-build',
  setup(b) {
    b.onResolve({ filter: /listing-source\.js$/ }, (args) => ({ path: args.path, namespace: 'tool-listing' }));
    b.onLoad({ filter: /.*/, namespace: 'tool-listing' }, () => ({
      contents: `const LISTING = ${JSON.stringify(listing)};\nexport function loadListingJson() { return LISTING; }\n`,
      loader: 'js',
    }));
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

await rm('dist', { recursive: true, force: true });
const vendors = await build({
  ...common,
  entryPoints: Object.fromEntries(Object.entries(VENDORS).map(([name, file]) => [file.replace(/\.js$/, ''), name])),
  outdir: 'dist',
});
const result = await build({
  ...common,
  entryPoints: { handler: 'src/handler.ts' },
  outdir: 'dist',
  plugins: [dropAjvProvider, vendorsInTheirOwnFiles, listingFromBuild],
});

// What went where, for tests/tiflux/cold-start.test.ts (the handler's inputs and imports, and the vendor files').
await writeFile('dist/meta.json', JSON.stringify({ handler: result.metafile, vendors: vendors.metafile }));

// The project is ESM ("type": "module"); this marker makes Node and Lambda load the bundle as CommonJS.
await writeFile('dist/package.json', '{ "type": "commonjs" }\n');

for (const [file, output] of Object.entries({ ...result.metafile.outputs, ...vendors.metafile.outputs })) {
  if (output.entryPoint) console.log(`${file}: ${(output.bytes / 1024).toFixed(1)} KiB`);
}
