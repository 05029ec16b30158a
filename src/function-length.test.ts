// No function in src is over 60 lines, outside tests and their test-support folders: a longer one
// is split into named functions. Lines are counted from the function's first token (after its doc
// comment) to its closing line; a nested function counts within its parent and on its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 60;
const SRC = join(process.cwd(), 'src');

/** The source files under `dir` that are not tests or test support. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' || entry.name === '__snapshots__' ? [] : sourceFiles(path);
    const code = /\.(ts|mts|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts');
    return code && !/\.(test|spec)\.[a-z]+$/.test(entry.name) ? [path] : [];
  });
}

type FunctionNode = ts.SignatureDeclaration & { body?: ts.Node };

function isFunction(node: ts.Node): node is FunctionNode {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

/** The name a reader would search for: the function's own, or the variable or property holding it. */
function functionName(node: FunctionNode, file: ts.SourceFile): string {
  if (node.name) return node.name.getText(file);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText(file);
  return '(anonymous)';
}

/** "path:line name (n lines)" for every function in `path` longer than MAX_LINES. */
function longFunctions(path: string, text = readFileSync(path, 'utf8')): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunction(node) && node.body) {
      const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const lines = file.getLineAndCharacterOfPosition(node.getEnd()).line - first + 1;
      if (lines > MAX_LINES) found.push(`${relative(process.cwd(), path)}:${first + 1} ${functionName(node, file)} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe(`functions in src are at most ${MAX_LINES} lines`, () => {
  it('counts a function from its first token to its last line, and names it', () => {
    const body = Array.from({ length: MAX_LINES - 2 }, (_, i) => `  const a${i} = ${i};`).join('\n');
    const fits = `/** doc */\nexport function fits() {\n${body}\n}\n`;
    const over = `const over = () => {\n${body}\n  return 1;\n};\n`;
    expect(longFunctions('src/x.ts', fits)).toEqual([]);
    expect(longFunctions('src/x.ts', over)).toEqual([`src/x.ts:1 over (${MAX_LINES + 1} lines)`]);
  });

  it('finds none outside tests', () => {
    const offenders = sourceFiles(SRC).flatMap((path) => longFunctions(path));
    expect(offenders, `split these into named functions:\n${offenders.join('\n')}`).toEqual([]);
  });
});
