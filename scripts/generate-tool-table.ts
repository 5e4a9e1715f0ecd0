/**
 * Writes the README's tool table from the tool catalogue (src/tools/catalog.ts), between the markers
 *   <!-- tools:start --> … <!-- tools:end -->
 * so the table cannot drift from what tools/list really returns.
 *
 *   npm run docs:tools            rewrite README.md
 *   npm run docs:tools -- --check exit 1 if README.md is stale (tests/docs/tool-table.test.ts does the same)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { toolCatalog } from '../src/tools/catalog.js';
import { ALL_SELECTION } from '../src/tools/selection.js';
import { DEFAULT_TOOLSETS, TOOLSETS, TOOLSET_SUMMARIES } from '../src/tools/toolsets.js';

export const START_MARKER = '<!-- tools:start -->';
export const END_MARKER = '<!-- tools:end -->';
export const README_PATH = fileURLToPath(new URL('../README.md', import.meta.url));

const SUMMARY_LIMIT = 220;

/** The first sentence of a description, on one line, cut at a word boundary when long. */
export function summarise(description: string | undefined): string {
  const flat = (description ?? '').replace(/\s+/g, ' ').trim();
  const end = flat.search(/(?<!\b(?:e\.g|i\.e|etc|vs))[.!?](?=\s|$)/);
  const sentence = end === -1 ? flat : flat.slice(0, end + 1);
  if (sentence.length <= SUMMARY_LIMIT) return sentence;
  const cut = sentence.slice(0, SUMMARY_LIMIT);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function kind(tool: Tool): string {
  const a = tool.annotations ?? {};
  if (a.readOnlyHint) return 'read';
  return a.destructiveHint ? 'write (destructive)' : 'write';
}

function argumentsCell(tool: Tool): string {
  const schema = tool.inputSchema as { properties?: Record<string, unknown>; required?: string[] };
  const required = new Set(schema.required ?? []);
  const names = Object.keys(schema.properties ?? {});
  if (names.length === 0) return '(none)';
  return names.map((n) => (required.has(n) ? `**\`${n}\`**` : `\`${n}\``)).join(', ');
}

function toolRow(tool: Tool): string {
  const title = tool.title ?? tool.annotations?.title;
  const summary = summarise(tool.description);
  const what = title ? `**${title}.** ${summary}` : summary;
  return `| \`${tool.name}\` | ${cell(what)} | ${argumentsCell(tool)} | ${kind(tool)} |`;
}

const toolsetOf = (tool: Tool) => toolCatalog.findTool(tool.name)?.toolset ?? 'tickets';

/** The toolsets table, then one tool table per toolset, in catalogue order. */
export function renderToolTable(tools: readonly Tool[]): string {
  const groups = TOOLSETS.map((toolset) => ({ toolset, members: tools.filter((tool) => toolsetOf(tool) === toolset) })).filter(
    (group) => group.members.length > 0,
  );
  const toolsetRows = groups.map(({ toolset, members }) => {
    const selected = DEFAULT_TOOLSETS.includes(toolset) ? ' (default)' : '';
    const reads = members.filter((tool) => tool.annotations?.readOnlyHint).length;
    return `| \`${toolset}\`${selected} | ${cell(TOOLSET_SUMMARIES[toolset])} | ${members.length} (${reads} read-only) | ${members.map((tool) => `\`${tool.name}\``).join(', ')} |`;
  });
  const sections = groups.flatMap(({ toolset, members }) => [
    '',
    `#### Toolset \`${toolset}\``,
    '',
    '| Tool | What it does | Arguments | Kind |',
    '| --- | --- | --- | --- |',
    ...members.map(toolRow),
  ]);
  return [
    `${tools.length} tools in ${groups.length} toolsets. Arguments in **bold** are required. Generated from \`src/tools/catalog.ts\` by \`npm run docs:tools\`; do not edit by hand.`,
    '',
    '| Toolset | What it covers | Tools | Members |',
    '| --- | --- | --- | --- |',
    ...toolsetRows,
    ...sections,
  ].join('\n');
}

/** README text with the section between the markers replaced. Throws when the markers are missing. */
export function withToolTable(readme: string, table: string): string {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md needs the markers ${START_MARKER} and ${END_MARKER} (in that order) around the tool table.`);
  }
  return `${readme.slice(0, start + START_MARKER.length)}\n${table}\n${readme.slice(end)}`;
}

export function expectedReadme(readme: string): string {
  return withToolTable(readme, renderToolTable(toolCatalog.listTools(ALL_SELECTION)));
}

function main(): void {
  const current = readFileSync(README_PATH, 'utf8');
  const next = expectedReadme(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md tool table is stale: run `npm run docs:tools` and commit README.md.');
      process.exit(1);
    }
    console.log('README.md tool table is up to date.');
    return;
  }
  if (next === current) {
    console.log('README.md tool table already up to date.');
    return;
  }
  writeFileSync(README_PATH, next);
  console.log(`README.md tool table rewritten (${toolCatalog.listTools(ALL_SELECTION).length} tools).`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
