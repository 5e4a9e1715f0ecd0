// The committed contract of every tool: tests/__toolsnaps__/<tool>.json, one file per tool, exactly the entry
// tools/list serves. `npm run toolsnaps` rewrites them after a tool change (review the diff);
// tests/tools/toolsnaps.test.ts fails while one is stale, missing or left over. docs/adding-a-tool.md.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tools } from '../src/tools/catalog.js';
import { toListedTool } from '../src/tools/json-schemas.js';

export const TOOLSNAPS_DIR = fileURLToPath(new URL('../tests/__toolsnaps__/', import.meta.url));

export function expectedToolsnaps(): Map<string, string> {
  return new Map(tools.map((tool) => [`${tool.name}.json`, `${JSON.stringify(toListedTool(tool), null, 2)}\n`]));
}

export function committedToolsnaps(): Map<string, string> {
  const files = readdirSync(TOOLSNAPS_DIR).filter((file) => file.endsWith('.json'));
  return new Map(files.map((file) => [file, readFileSync(`${TOOLSNAPS_DIR}${file}`, 'utf8')]));
}

function main(): void {
  mkdirSync(TOOLSNAPS_DIR, { recursive: true });
  const expected = expectedToolsnaps();
  let changed = 0;
  for (const file of committedToolsnaps().keys()) {
    if (!expected.has(file)) {
      rmSync(`${TOOLSNAPS_DIR}${file}`);
      changed++;
    }
  }
  const committed = committedToolsnaps();
  for (const [file, text] of expected) {
    if (committed.get(file) !== text) {
      writeFileSync(`${TOOLSNAPS_DIR}${file}`, text);
      changed++;
    }
  }
  console.log(`${expected.size} tool snapshots; ${changed} written or removed.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
