/**
 * The catalogue's tools/list entries as a JSON string. Here they are derived on first use (npm start, tests); in
 * the Lambda bundle, esbuild.config.mjs replaces this module with the string derived at build time, so a cold
 * start only pays for JSON.parse, and only when a tools/list arrives (docs/toolsets.md#listing).
 */
import type { ToolDefinition } from './define-tool.js';
import { listingJson } from './json-schemas.js';

export function loadListingJson(tools: readonly ToolDefinition[]): string {
  return listingJson(tools);
}
