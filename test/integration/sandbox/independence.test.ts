/**
 * The sandbox judges the client, so it must not run the client's code: a validation bug shared by both would
 * pass unnoticed. Every file under lib/sandbox may import runtime values only from lib/sandbox itself, Node's
 * built-ins and npm packages; from the rest of lib/ it may import types only.
 */
import { expect } from 'chai';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { repoPath } from '../../support/paths';

const SANDBOX_DIR = repoPath('lib', 'sandbox');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** True when the import or export statement brings in types only. */
function typeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true;
    const clause = node.exportClause;
    return clause !== undefined && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly);
  }
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.every((e) => e.isTypeOnly);
}

/** "file: specifier" for every runtime import that leaves lib/sandbox through a relative path. */
export function runtimeImportsLeaving(dir: string, files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const leaves = (specifier: string) =>
      specifier.startsWith('.') && path.relative(dir, path.resolve(path.dirname(file), specifier)).startsWith('..');
    const report = (specifier: string) => found.push(`${path.relative(dir, file)}: ${specifier}`);
    const visit = (node: ts.Node): void => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
        const specifier = (node.moduleSpecifier as ts.StringLiteral).text;
        if (leaves(specifier) && !typeOnly(node)) report(specifier);
      } else if (
        ts.isCallExpression(node) &&
        (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
          (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
        node.arguments.length > 0 &&
        ts.isStringLiteralLike(node.arguments[0]) &&
        leaves(node.arguments[0].text)
      ) {
        report(node.arguments[0].text);
      } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
        const expression = node.moduleReference.expression;
        if (ts.isStringLiteral(expression) && leaves(expression.text) && !node.isTypeOnly) report(expression.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('sandbox independence from the client', () => {
  it('imports no runtime value from outside lib/sandbox (types only)', () => {
    const files = sourceFiles(SANDBOX_DIR);
    expect(files.length).to.be.greaterThan(20);
    expect(runtimeImportsLeaving(SANDBOX_DIR, files)).to.deep.equal([]);
  });

  it('notices each way a runtime value can come in, and lets type-only imports pass', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-independence-'));
    try {
      const inner = path.join(dir, 'inner');
      fs.mkdirSync(inner);
      const file = path.join(inner, 'probe.ts');
      fs.writeFileSync(
        file,
        [
          "import type { A } from '../outside';",
          "import { type B, type C } from '../outside';",
          "export type { D } from '../outside';",
          "import { ok } from './sibling';",
          "import { normalize } from '../outside';",
          "import * as all from '../elsewhere';",
          "import '../side-effect';",
          "export { helper } from '../reexported';",
          "const lazy = import('../lazy');",
          "const old = require('../required');",
          "import http from 'http';",
        ].join('\n'),
      );
      expect(runtimeImportsLeaving(inner, [file])).to.deep.equal([
        'probe.ts: ../outside',
        'probe.ts: ../elsewhere',
        'probe.ts: ../side-effect',
        'probe.ts: ../reexported',
        'probe.ts: ../lazy',
        'probe.ts: ../required',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
