// The bench runs outside the test suite (`npm run bench`), so it must not depend on test code: what both need lives
// in scripts/ or sandbox/ (scripts/free-port.ts, scripts/tool-call-counts.ts, sandbox/samples/).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BENCH = join(ROOT, 'bench');

function importedPaths(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        specifiers.push(node.arguments[0].text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers.filter((spec) => spec.startsWith('.')).map((spec) => relative(ROOT, resolve(dirname(file), spec)));
}

it('nothing in bench/ imports from tests/', () => {
  const files = readdirSync(BENCH).filter((name) => /\.(ts|cjs|mjs|js)$/.test(name)).map((name) => join(BENCH, name));
  expect(files.length).toBeGreaterThan(0);
  const offenders = files.flatMap((file) =>
    importedPaths(file).filter((path) => path.startsWith('tests/')).map((path) => `${relative(ROOT, file)} → ${path}`),
  );
  expect(offenders).toEqual([]);
});
