/**
 * Every TypeScript snippet in README.md must compile against the real sources,
 * so the documentation cannot drift from the API. Snippets import the package
 * by its published name; a path mapping points that name at lib/.
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths';

const root = REPO_ROOT;
const packageName = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).name as string;

function typescriptSnippets(markdown: string): string[] {
  const pattern = /```(?:ts|typescript)\n([\s\S]*?)```/g;
  return Array.from(markdown.matchAll(pattern), (match) => match[1]);
}

describe('README snippets', function () {
  this.timeout(120_000);
  const workDir = path.join(root, '.tmp', 'readme-snippets');

  after(() => rmSync(workDir, { recursive: true, force: true }));

  it('has TypeScript snippets, and every one compiles in strict mode', () => {
    const snippets = typescriptSnippets(readFileSync(path.join(root, 'README.md'), 'utf8'));
    expect(snippets.length).to.be.greaterThan(3);
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
    const files = snippets.map((code, index) => {
      const file = path.join(workDir, `snippet-${index + 1}.ts`);
      writeFileSync(file, `${code}\nexport {};\n`);
      return file;
    });
    const tsconfig = {
      compilerOptions: {
        target: 'ES2022',
        module: 'ES2022',
        moduleResolution: 'bundler',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        esModuleInterop: true,
        types: ['node'],
        typeRoots: [path.join(root, 'node_modules/@types')],
        baseUrl: root,
        paths: {
          [packageName]: ['lib/index.ts'],
          [`${packageName}/sandbox`]: ['lib/sandbox/index.ts'],
          [`${packageName}/testing`]: ['lib/testing.ts'],
          [`${packageName}/softphone`]: ['lib/softphone/index.ts'],
        },
      },
      files,
    };
    writeFileSync(path.join(workDir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
    try {
      execFileSync(tsc, ['-p', path.join(workDir, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const output = (error as { stdout?: string }).stdout ?? String(error);
      expect.fail(`README snippets do not compile:\n${output}`);
    }
  });
});
