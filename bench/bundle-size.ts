/**
 * Browser bundle size: our bundle/sipgate-io.min.js next to the official `sipgateio`
 * package's browser entry, bundled here with the same rollup setup we use
 * (node-resolve with the browser condition, commonjs, json, terser; UMD output).
 * Also the installed runtime packages of each (the package plus everything its
 * `dependencies` pull in, walked through package-lock.json the way Node resolves them).
 *
 * Node builtins the official code imports: where it depends on an npm stand-in of the
 * same name (it ships the `buffer` package for this) that package is bundled, as its own
 * browserify build does. Any other builtin is marked external, NOT counted, and listed in
 * the output: a browser would need a shim for it, so the official size printed is a lower
 * bound and the ratio errs in the official package's favour.
 *
 * Run: npx ts-node bench/bundle-size.ts [--breakdown]   (after `npm run build`)
 */
import { promises as fs } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup, type RollupLog, type RollupOptions } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';

const ROOT = path.join(__dirname, '..');
const OURS = path.join(ROOT, 'bundle', 'sipgate-io.min.js');
const OFFICIAL_ENTRY = path.join(ROOT, 'node_modules', 'sipgateio', 'dist', 'browser.js');
const TARGET_RATIO = 0.15;
const TARGET_RUNTIME_PACKAGES = 5;
const LOCK_FILE = path.join(ROOT, 'package-lock.json');

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

interface Size {
  min: number;
  gzip: number;
}

function measure(code: string | Buffer): Size {
  const bytes = Buffer.isBuffer(code) ? code : Buffer.from(code, 'utf8');
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Bundles the official browser entry; returns the minified code and the builtins left external. */
async function bundleOfficial(): Promise<{ code: string; externalBuiltins: string[] }> {
  const externalBuiltins = new Set<string>();
  const warnings: string[] = [];
  const build = await rollup({
    input: OFFICIAL_ENTRY,
    plugins: [
      nodeResolve({ browser: true, preferBuiltins: false }),
      // Runs after node-resolve: only builtins no npm package (like `buffer`) stands in for end up here.
      {
        name: 'external-node-builtins',
        async resolveId(id, importer, options) {
          if (!NODE_BUILTINS.has(id)) return null;
          // "name/" names the npm package of the same name (e.g. the `buffer` polyfill the
          // official package depends on), which node-resolve skips for builtin names.
          const polyfill = id.startsWith('node:')
            ? null
            : await this.resolve(`${id}/`, importer, { ...options, skipSelf: true });
          if (polyfill && !polyfill.external) return polyfill;
          externalBuiltins.add(id);
          return { id, external: true };
        },
      },
      commonjs(),
      json(),
    ],
    onwarn: (warning: RollupLog) => {
      warnings.push(warning.code === 'MISSING_NODE_BUILTINS' ? warning.message : (warning.code ?? warning.message));
    },
  });
  const { output } = await build.generate({
    format: 'umd',
    name: 'sipgateIOOfficial',
    exports: 'named',
    plugins: [terser()],
  });
  await build.close();
  if (warnings.length > 0)
    console.log(`  (rollup warnings while bundling the official package: ${[...new Set(warnings)].join(', ')})`);
  return { code: output[0].code, externalBuiltins: [...externalBuiltins].sort() };
}

/**
 * `--breakdown`: what each third-party package adds to our min+gzip size, measured by
 * rebuilding the browser entry of rollup.config.js with that package left out (external).
 */
const BREAKDOWN_GROUPS: Array<[string, string[]]> = Object.keys(
  (require(path.join(ROOT, 'package.json')) as { dependencies?: Record<string, string> }).dependencies ?? {},
).map((name) => [name, [name]]);

async function buildOursWithout(packages: string[]): Promise<Size> {
  const configs = require(path.join(ROOT, 'rollup.config.js')) as Array<RollupOptions>;
  const browser = configs.find((config) => config.input === 'lib/browser-global.ts');
  if (!browser) throw new Error('rollup.config.js has no lib/browser-global.ts build');
  const build = await rollup({
    ...browser,
    external: (id) => packages.some((name) => id === name || id.startsWith(`${name}/`)),
    onwarn: () => undefined,
  });
  const { output } = await build.generate({
    format: 'umd',
    name: 'sipgateIO',
    exports: 'default',
    inlineDynamicImports: true,
    globals: (id) => id.replace(/\W/g, '_'),
    plugins: [terser()],
  });
  await build.close();
  return measure(output[0].code);
}

async function printBreakdown(ours: Size): Promise<void> {
  console.log('');
  console.log('breakdown of ours (min+gzip added by each package; rebuilt without it):');
  const withoutAll = await buildOursWithout(BREAKDOWN_GROUPS.flatMap(([, packages]) => packages));
  for (const [label, packages] of BREAKDOWN_GROUPS) {
    const without = await buildOursWithout(packages);
    console.log(`  ${label.padEnd(30)}${kb(ours.gzip - without.gzip)}`);
  }
  console.log(`  ${'SDK code (everything else)'.padEnd(30)}${kb(withoutAll.gzip)}`);
}

interface LockEntry {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/**
 * The packages installed for `start` at run time: itself plus its dependencies, transitively,
 * each found the way Node finds it (nearest node_modules upwards) among package-lock.json's paths.
 */
function runtimePackages(lock: Record<string, LockEntry>, start: string): Set<string> {
  const found = new Set<string>();
  const visit = (location: string) => {
    if (found.has(location)) return;
    found.add(location);
    const entry = lock[location] ?? {};
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
      for (let base = location; ; base = base.slice(0, Math.max(0, base.lastIndexOf('/node_modules/')))) {
        const candidate = base === '' ? `node_modules/${name}` : `${base}/node_modules/${name}`;
        if (lock[candidate]) {
          visit(candidate);
          break;
        }
        if (base === '') break;
      }
    }
  };
  visit(start);
  return found;
}

async function printRuntimePackages(): Promise<void> {
  const lock = (JSON.parse(await fs.readFile(LOCK_FILE, 'utf8')) as { packages: Record<string, LockEntry> }).packages;
  const ours = runtimePackages(lock, '').size; // '' is the project itself
  const theirs = runtimePackages(lock, 'node_modules/sipgateio').size;
  console.log('');
  console.log(`installed runtime packages (the package itself included): ours ${ours}, official ${theirs}`);
  console.log(
    `ratio ours/official ${pct(ours / theirs)}  (target ≤ ${TARGET_RUNTIME_PACKAGES} packages) ${
      ours <= TARGET_RUNTIME_PACKAGES ? 'TARGET MET' : 'TARGET MISSED'
    }`,
  );
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const pct = (ratio: number): string => `${(ratio * 100).toFixed(1)}%`;

async function main(): Promise<void> {
  const ours = measure(
    await fs.readFile(OURS).catch(() => {
      throw new Error(`${OURS} is missing: run "npm run build" first`);
    }),
  );
  console.log(
    'Bundling the official sipgateio browser entry with rollup (node-resolve browser, commonjs, json, terser) ...',
  );
  const official = await bundleOfficial();
  const theirs = measure(official.code);

  console.log('');
  const rows: Array<[string, Size]> = [
    ['ours (bundle/sipgate-io.min.js)', ours],
    [`official (sipgateio ${officialVersion()})`, theirs],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  console.log(`${'bundle'.padEnd(width)}${'min'.padEnd(14)}min+gzip(9)`);
  for (const [label, size] of rows)
    console.log(`${label.padEnd(width)}${kb(size.min).padEnd(14)}${kb(size.gzip)}  (${size.gzip} B)`);
  console.log(
    `Node builtins left external (not counted) in the official bundle: ${official.externalBuiltins.join(', ') || 'none'}`,
  );
  console.log('');
  const ratioMin = ours.min / theirs.min;
  const ratioGzip = ours.gzip / theirs.gzip;
  console.log(
    `ratio ours/official: min ${pct(ratioMin)}, min+gzip ${pct(ratioGzip)}  (target ≤ ${pct(TARGET_RATIO)} min+gzip)`,
  );
  console.log(ratioGzip <= TARGET_RATIO ? 'TARGET MET' : 'TARGET MISSED');
  await printRuntimePackages();
  if (process.argv.includes('--breakdown')) await printBreakdown(ours);
}

function officialVersion(): string {
  return (require(path.join(ROOT, 'node_modules', 'sipgateio', 'package.json')) as { version: string }).version;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
