/**
 * The README cannot drift from the code: the tool table is the generated one, the configuration table lists every
 * environment variable the code reads, the template parameter table lists every template parameter, and the
 * Claude Desktop snippet has the mcp-remote arguments that work (tested for real in tests/endpoint/mcp-remote.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedReadme, renderToolTable, withToolTable } from '../../scripts/generate-tool-table.js';
import { toolCatalog } from '../../src/tools/catalog.js';
import { ALL_SELECTION } from '../../src/tools/selection.js';
import { loadCloudFormationYaml } from '../deploy/cfn-yaml.js';
import { environmentVariablesRead, projectRoot } from './env-vars.js';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

/** The lines of the README section under `## <title>` (up to the next `## `). */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  expect(start, `README.md has no "## ${title}" section`).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

/** First-column values of the Markdown table rows in some text, without backticks. */
function firstColumn(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    .map((line) => line.split('|')[1]!.trim());
}

describe('README.md', () => {
  it('has the tool table generated from the current catalogue', () => {
    const stale = expectedReadme(readme) !== readme;
    expect(stale, 'The README tool table is stale: run `npm run docs:tools` and commit README.md.').toBe(false);
  });

  it('lists every tool of tools/list in that table', () => {
    const table = renderToolTable(toolCatalog.listTools(ALL_SELECTION));
    for (const tool of toolCatalog.listTools(ALL_SELECTION)) expect(table).toContain(`| \`${tool.name}\` |`);
  });

  it('documents every environment variable the code reads in the configuration table', () => {
    const documented = firstColumn(section('Configuration')).map((cell) => cell.replace(/`/g, ''));
    for (const [name, files] of environmentVariablesRead()) {
      expect(documented, `${name} (read in ${files.join(', ')}) is missing from README.md's configuration table`).toContain(name);
    }
  });

  it('documents every template parameter', () => {
    const template = loadCloudFormationYaml(join(projectRoot, 'template.yaml'));
    const documented = firstColumn(section('Deploy to AWS')).join(', ');
    for (const name of Object.keys(template.Parameters)) {
      expect(documented, `template parameter ${name} is missing from README.md's parameter table`).toContain(`\`${name}\``);
    }
  });

  it('gives Claude Desktop the mcp-remote arguments that work: no spaces inside args, http-only, key from env', () => {
    const block = /```json\n(\{\n\s+"mcpServers"[\s\S]*?)\n```/.exec(section('Connect a client'))?.[1];
    expect(block, 'no claude_desktop_config.json example').toBeDefined();
    const server = JSON.parse(block!).mcpServers.tiflux;
    expect(server.command).toBe('npx');
    expect(server.args).toEqual([
      '-y',
      'mcp-remote',
      'https://<function-url>/mcp',
      '--header',
      'x-tiflux-api-key:${TIFLUX_API_KEY}',
      '--transport',
      'http-only',
    ]);
    for (const arg of server.args as string[]) expect(arg).not.toMatch(/\s/);
    expect(Object.keys(server.env)).toEqual(['TIFLUX_API_KEY']);
  });

  it('shows the Claude Code command with an http transport and the key header', () => {
    expect(section('Connect a client')).toContain(
      'claude mcp add --transport http tiflux https://<function-url>/mcp --header "x-tiflux-api-key: $TIFLUX_API_KEY"',
    );
  });

  it('documents the 2026-07-28 revision and the MCP_STRICT_HEADERS switch', () => {
    const text = section('Protocol revision 2026-07-28');
    expect(text).not.toMatch(/Placeholder/);
    for (const fact of ['server/discover', 'MCP_STRICT_HEADERS=true', '-32020', '-32022', 'cacheScope']) expect(text).toContain(fact);
  });
});

describe('generate-tool-table', () => {
  it('replaces only what is between the markers', () => {
    const text = 'intro\n<!-- tools:start -->\nold table\n<!-- tools:end -->\noutro\n';
    expect(withToolTable(text, 'NEW')).toBe('intro\n<!-- tools:start -->\nNEW\n<!-- tools:end -->\noutro\n');
  });

  it('refuses a README without the markers', () => {
    expect(() => withToolTable('no markers here', 'x')).toThrow(/markers/);
  });

  it('escapes pipes and keeps the first sentence of a description', () => {
    const table = renderToolTable([
      {
        name: 'demo',
        description: 'Does a | b, e.g. this. Then more text.',
        inputSchema: { type: 'object', properties: { a: {}, b: {} }, required: ['a'] },
        annotations: { readOnlyHint: true },
      },
    ]);
    expect(table).toContain('| `demo` | Does a \\| b, e.g. this. | **`a`**, `b` | read |');
  });
});
