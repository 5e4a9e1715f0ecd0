// Prints the catalogue's tools/list entries as one JSON string, for esbuild.config.mjs to put in the bundle
// (src/tools/listing-source.ts explains why). Run by `npm run build`; never by the Lambda.
import { tools } from '../src/tools/catalog.js';
import { listingJson } from '../src/tools/json-schemas.js';

process.stdout.write(listingJson(tools));
