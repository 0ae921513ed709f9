/**
 * Builds (1) the npm package: ESM + CommonJS + bundled type declarations in dist/,
 * and (2) the browser builds in bundle/: UMD (plain and minified, global `sipgateIO`)
 * and ESM. Browser builds start from lib/browser.ts, which leaves out the Node-only
 * webhook server and sandbox.
 */
const path = require('node:path');
const fs = require('node:fs');
const typescript = require('@rollup/plugin-typescript');
const { nodeResolve } = require('@rollup/plugin-node-resolve');
const commonjs = require('@rollup/plugin-commonjs');
const json = require('@rollup/plugin-json');
const terser = require('@rollup/plugin-terser');
const { dts } = require('rollup-plugin-dts');

const ts = () => typescript({ tsconfig: './tsconfig.build.json', noEmitOnError: true });
const isBareImport = (id) => !id.startsWith('.') && !path.isAbsolute(id) && !id.startsWith('\0');

const nodeEntries = {
  index: 'lib/index.ts',
  sandbox: 'lib/sandbox/index.ts',
  'sandbox-cli': 'lib/sandbox/cli.ts',
  testing: 'lib/testing.ts',
  cli: 'lib/cli/bin.ts',
  softphone: 'lib/softphone/index.ts',
};
// browser: the types of the browser build (exports["."].browser), a subset of index.
const typedEntries = {
  index: 'lib/index.ts',
  sandbox: 'lib/sandbox/index.ts',
  browser: 'lib/browser.ts',
  testing: 'lib/testing.ts',
  softphone: 'lib/softphone/index.ts',
};

/** Writes the bundled declarations once more under the name each module system looks for. */
function copyDeclarations(extension) {
  return {
    name: 'copy-declarations',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!file.endsWith('.d.ts')) continue;
        const source = path.join(options.dir, file);
        fs.copyFileSync(source, source.replace(/\.d\.ts$/, extension));
      }
    },
  };
}

/** Empties dist/ before the first build: hashed chunks of earlier builds would otherwise be packed. */
function cleanDist() {
  return {
    name: 'clean-dist',
    buildStart() {
      fs.rmSync('dist', { recursive: true, force: true });
    },
  };
}

/** The command lines are the package's `bin`s: they need a shebang and the executable bit. */
const CLI_NAMES = new Set(['sandbox-cli', 'cli']);
const cliBanner = (chunk) => (chunk.isEntry && CLI_NAMES.has(chunk.name) ? '#!/usr/bin/env node' : '');
function executableCli() {
  return {
    name: 'executable-cli',
    writeBundle(options, bundle) {
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && CLI_NAMES.has(chunk.name))
          fs.chmodSync(path.join(options.dir, file), 0o755);
      }
    },
  };
}

const browserPlugins = () => [nodeResolve({ browser: true, preferBuiltins: false }), commonjs(), json(), ts()];

module.exports = [
  {
    input: nodeEntries,
    external: isBareImport,
    plugins: [cleanDist(), ts(), executableCli()],
    output: [
      {
        dir: 'dist',
        format: 'es',
        entryFileNames: '[name].mjs',
        chunkFileNames: 'chunks/[name]-[hash].mjs',
        banner: cliBanner,
      },
      {
        dir: 'dist',
        format: 'cjs',
        entryFileNames: '[name].cjs',
        chunkFileNames: 'chunks/[name]-[hash].cjs',
        exports: 'named',
        banner: cliBanner,
      },
    ],
  },
  ...Object.entries(typedEntries).map(([name, input]) => ({
    input: { [name]: input },
    external: isBareImport,
    plugins: [dts({ tsconfig: './tsconfig.build.json' }), copyDeclarations('.d.mts'), copyDeclarations('.d.cts')],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts' },
  })),
  {
    input: 'lib/browser.ts',
    plugins: browserPlugins(),
    // One file each: the lazily imported HTTP stack (see lib/core/http-client.ts) is inlined,
    // a script tag cannot load further chunks.
    output: [
      { file: 'bundle/sipgate-io.js', format: 'umd', name: 'sipgateIO', exports: 'named', inlineDynamicImports: true },
      {
        file: 'bundle/sipgate-io.min.js',
        format: 'umd',
        name: 'sipgateIO',
        exports: 'named',
        inlineDynamicImports: true,
        plugins: [terser()],
      },
      // .mjs: ESM syntax must not depend on how a tool reads package.json "type" for .js files.
      { file: 'bundle/sipgate-io.esm.mjs', format: 'es', inlineDynamicImports: true },
    ],
  },
  // The softphone for script tags (global `sipgateIOSoftphone`), with JsSIP built in: a page that wants a phone
  // loads this file next to the main bundle; the main bundle stays without it.
  {
    input: 'lib/softphone/index.ts',
    plugins: browserPlugins(),
    output: {
      file: 'bundle/sipgate-io-softphone.min.js',
      format: 'umd',
      name: 'sipgateIOSoftphone',
      exports: 'named',
      inlineDynamicImports: true,
      // Error classes are told apart by name (SoftphoneCallError, ValidationError, …): keep them.
      plugins: [terser({ keep_classnames: true })],
    },
  },
];
