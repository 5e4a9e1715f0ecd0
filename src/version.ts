/** Identity of this server, as reported in serverInfo, /health and the TiFlux User-Agent. */
export const SERVER_NAME = 'tiflux-mcp';
export const SERVER_TITLE = 'TiFlux';
// Kept in step with package.json by a test (tests/unit/version.test.ts).
export const SERVER_VERSION = '0.1.0';

/** serverInfo of initialize and of every 2026-07-28 result's `_meta`. */
export const SERVER_INFO = { name: SERVER_NAME, title: SERVER_TITLE, version: SERVER_VERSION } as const;
