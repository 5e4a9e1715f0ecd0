/**
 * Code comments and repository docs cite documents inside the repository only: a page of docs/ (or a README), and
 * when they name an anchor (docs/tiflux-rest-api.md#paging) that heading must exist. A section sign with a number, or a
 * document name that is not a page of docs/, points outside the repository and fails here, as does a link to a
 * page or heading that is gone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CODE_DIRS = ['src', 'sandbox', 'tests', 'bench', 'scripts'];
const CODE_FILE = /\.(ts|mts|cts|js|mjs|cjs)$/;
const TEXT_FILE = /\.(md|ya?ml)$/;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path);
    return [path];
  });
}

/** Every comment of a TypeScript/JavaScript file, found through the parser (so regex literals are never comments). */
export function commentsOf(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const seen = new Set<number>();
  const comments: string[] = [];
  const collect = (ranges: readonly ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) {
      if (seen.has(range.pos)) continue;
      seen.add(range.pos);
      comments.push(text.slice(range.pos, range.end));
    }
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(text, node.getFullStart()));
    collect(ts.getTrailingCommentRanges(text, node.getEnd()));
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return comments;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    const heading = !inFence && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[1]!.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    anchors.add(text.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-'));
  }
  return anchors;
}

const DOCUMENT = /(?<![\w/.-])((?:\.{1,2}\/)*(?:[\w-]+\/)*[\w.-]+\.md)(?:#([\w-]+))?(?![\w-])/g;

/**
 * The problems in one piece of text (a comment, or a whole doc page), `from` being the file it is in. Paths resolve
 * from the file's folder first (Markdown links), then from the repository root (comments say docs/….md).
 */
export function citationProblems(text: string, from: string, root = ROOT): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(/§\s*[\d.]+/g)) {
    const before = text.slice(Math.max(0, match.index - 16), match.index);
    if (!/RFC\s*\d+\s*$/.test(before)) problems.push(`"${match[0]}" cites a section of a document outside the repository`);
  }
  if (/shared\/reference/.test(text)) problems.push('cites ../shared/reference, outside the repository');
  for (const match of text.matchAll(DOCUMENT)) {
    const [whole, path, anchor] = match as unknown as [string, string, string | undefined];
    const candidates = [resolve(dirname(from), path), resolve(root, path)];
    const target = candidates.find((candidate) => existsSync(candidate));
    if (!target) {
      problems.push(`"${whole}": no such document in the repository`);
      continue;
    }
    const where = relative(root, target);
    const inDocs = where.startsWith(`docs${'/'}`);
    if (!inDocs && !/(^|\/)README\.md$/.test(where)) {
      problems.push(`"${whole}": cite a page of docs/, not ${where}`);
      continue;
    }
    if (anchor !== undefined && !anchorsOf(readFileSync(target, 'utf8')).has(anchor)) {
      problems.push(`"${whole}": ${where} has no heading with the anchor #${anchor}`);
    }
  }
  return problems;
}

function repositoryProblems(): string[] {
  const codeFiles = CODE_DIRS.flatMap((dir) => filesUnder(join(ROOT, dir))).filter((file) => CODE_FILE.test(file));
  const rootFiles = readdirSync(ROOT)
    .filter((name) => CODE_FILE.test(name))
    .map((name) => join(ROOT, name));
  const textFiles = [...CODE_DIRS, 'docs']
    .flatMap((dir) => filesUnder(join(ROOT, dir)))
    .filter((file) => TEXT_FILE.test(file))
    .concat(join(ROOT, 'README.md'));
  const problems: string[] = [];
  for (const file of [...codeFiles, ...rootFiles]) {
    const text = readFileSync(file, 'utf8');
    // Parsing is the slow part: only files that could cite anything are parsed.
    if (!/§|\.md\b|shared\/reference/.test(text)) continue;
    for (const comment of commentsOf(file, text)) {
      for (const problem of citationProblems(comment, file)) problems.push(`${relative(ROOT, file)}: ${problem}`);
    }
  }
  for (const file of textFiles) {
    for (const problem of citationProblems(readFileSync(file, 'utf8'), file)) problems.push(`${relative(ROOT, file)}: ${problem}`);
  }
  return problems;
}

describe('citations', () => {
  it('every comment and doc page cites only docs/ pages and headings that exist', () => {
    expect(repositoryProblems()).toEqual([]);
  });

  it('the docs index lists every page of docs/', () => {
    const index = readFileSync(join(ROOT, 'docs/README.md'), 'utf8');
    const pages = readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md') && name !== 'README.md');
    expect(pages.filter((page) => !index.includes(`(${page})`))).toEqual([]);
  });

  describe('the checker', () => {
    const from = join(ROOT, 'src/example.ts');
    it('accepts a docs page with an existing anchor, a README, and RFC sections', () => {
      expect(citationProblems('see docs/tiflux-rest-api.md#paging and docs/design-choices.md', from)).toEqual([]);
      expect(citationProblems('rewrite README.md; RFC 9110 §9.3.2', from)).toEqual([]);
    });

    it('refuses section numbers, documents outside docs/ and missing pages', () => {
      expect(citationProblems('the limit (§1.6)', from)).toHaveLength(1);
      expect(citationProblems('as decisions.md says', from)[0]).toMatch(/no such document/);
      expect(citationProblems('mcp-2026-07-28.md §2 step 9', from)).toHaveLength(2);
      expect(citationProblems('see ../shared/reference/tiflux-api.md', from).length).toBeGreaterThan(0);
      expect(citationProblems('docs/nowhere.md', from)[0]).toMatch(/no such document/);
    });

    it('refuses an anchor that no heading has', () => {
      expect(citationProblems('docs/tiflux-rest-api.md#paging-rules', from)[0]).toMatch(/no heading with the anchor #paging-rules/);
    });

    it('finds comments, not strings or regular expressions', () => {
      const code = "const a = '§1.6 decisions.md'; const b = /\\/\\/ §1.2/;\n// real: docs/design-choices.md#tools\n/* §7 */";
      expect(commentsOf('x.ts', code)).toEqual(['// real: docs/design-choices.md#tools', '/* §7 */']);
    });

    it('slugs headings the way GitHub does', () => {
      expect([...anchorsOf('## Desks, stages and catalogue items\n## Test table 2026-07-28\n```\n# not a heading\n```')]).toEqual([
        'desks-stages-and-catalogue-items',
        'test-table-2026-07-28',
      ]);
    });
  });
});
