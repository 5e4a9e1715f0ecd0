/** The bytes of tools/list per selection: each toolset alone, `default` and `all`, with the budgets of docs/toolsets.md. */
import { toolCatalog } from '../src/tools/catalog.js';
import { selectionFor } from '../src/tools/selection.js';
import { TOOLSETS } from '../src/tools/toolsets.js';

/** tools/list byte budgets: `default` within 45,000; `all` within TiFlux's own server's 144,312 for its 114 tools. */
export const LISTING_BUDGETS: Record<string, number> = { default: 45_000, all: 144_312 };

export interface ListingSize {
  selection: string;
  tools: number;
  bytes: number;
  budget?: number;
}

export function listingBytes(selection: string): { tools: number; bytes: number } {
  const tools = toolCatalog.listTools(selectionFor({ headers: { 'x-tiflux-toolsets': selection }, query: {} }, {}));
  return { tools: tools.length, bytes: Buffer.byteLength(JSON.stringify({ tools })) };
}

export function listingSizes(): ListingSize[] {
  return ['default', 'all', ...TOOLSETS].map((selection) => ({ selection, ...listingBytes(selection), budget: LISTING_BUDGETS[selection] }));
}
