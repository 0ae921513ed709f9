/**
 * bundle/ is committed so a CDN can serve it straight from the repository; these checks fail
 * when it is not exactly what the current sources build:
 * - the browser builds of rollup.config.js, generated here in memory (twice: the build must be
 *   deterministic, or no committed file could ever match), equal the files in bundle/;
 * - git sees no change and no untracked file under bundle/ (after `npm run build`, which
 *   `npm test` runs first, this means the committed files are the fresh ones).
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';
import { REPO_ROOT } from '../support/paths';

const ROOT = REPO_ROOT;

const configs = require(path.join(ROOT, 'rollup.config.js')) as RollupOptions[];

function outputsOf(config: RollupOptions): OutputOptions[] {
  const outputs = Array.isArray(config.output) ? config.output : config.output ? [config.output] : [];
  return outputs;
}

/** The builds of rollup.config.js that write into bundle/ (script-tag UMD, ESM). */
function bundleConfigs(): RollupOptions[] {
  const found = configs.filter((config) => outputsOf(config).some((output) => output.file?.startsWith('bundle/')));
  if (found.length === 0) throw new Error('rollup.config.js has no build that writes into bundle/');
  return found;
}

/** Builds the browser bundles in memory: bundle/<file> → code. */
async function buildInMemory(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const config of bundleConfigs()) {
    const build = await rollup({ ...config, onwarn: () => undefined });
    try {
      for (const output of outputsOf(config)) {
        if (!output.file) throw new Error('every browser output must name its file');
        const { output: chunks } = await build.generate(output);
        for (const chunk of chunks) {
          const code = chunk.type === 'chunk' ? chunk.code : String(chunk.source);
          files.set(path.posix.join(path.posix.dirname(output.file), chunk.fileName), code);
        }
      }
    } finally {
      await build.close();
    }
  }
  return files;
}

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
}

describe('committed browser bundle is fresh', function () {
  this.timeout(600_000); // four bundle builds; slow on a loaded machine

  let first: Map<string, string>;
  let second: Map<string, string>;

  before(async function () {
    process.chdir(ROOT); // rollup.config.js names files relative to the repository root
    first = await buildInMemory();
    second = await buildInMemory();
  });

  it('builds the UMD, minified UMD and ESM browser files and the softphone bundle', function () {
    expect([...first.keys()].sort()).to.deep.equal([
      'bundle/sipgate-io-softphone.min.js',
      'bundle/sipgate-io.esm.mjs',
      'bundle/sipgate-io.js',
      'bundle/sipgate-io.min.js',
    ]);
  });

  it('builds byte-identical output twice in a row (deterministic build)', function () {
    for (const [file, code] of first)
      expect(second.get(file) === code, `${file} differs between two builds`).to.equal(true);
  });

  it('matches the files in bundle/ byte for byte', async function () {
    const stale: string[] = [];
    for (const [file, code] of first) {
      const onDisk = await fs.readFile(path.join(ROOT, file), 'utf8').catch(() => undefined);
      if (onDisk !== code) stale.push(file);
    }
    expect(stale, 'stale bundle files: run "npm run build" and commit bundle/').to.deep.equal([]);
  });

  it('has nothing uncommitted or untracked under bundle/', function () {
    const status = git(['status', '--porcelain', '--untracked-files=all', '--', 'bundle/']).trim();
    expect(status, 'bundle/ differs from the committed version: commit the rebuilt bundle').to.equal('');
  });

  it('has every file it builds committed', function () {
    const tracked = git(['ls-files', '--', 'bundle/']).trim().split('\n').filter(Boolean).sort();
    expect(tracked).to.include.members([...first.keys()]);
  });
});
