/**
 * Builds (1) the npm package: ESM + CommonJS + bundled type declarations in dist/ for every
 * entry of the exports map (Node, browser, edge, sandbox), and (2) the self-contained browser
 * files in bundle/ for script tags and CDNs: a classic script (plain and minified) whose global `sipgateIO`
 * is the client factory (lib/browser-global.ts), and ESM (lib/bundle-entry.ts). Browser and edge
 * entries leave out the Node-only webhook server and sandbox.
 * A new entry (e.g. an optional softphone) is one line in `packageEntries` (+ `typedEntries`)
 * and one subpath in package.json "exports".
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

/** dist/<name>.mjs + dist/<name>.cjs; entries share chunks, so common code ships once. */
const packageEntries = {
  index: 'lib/index.ts', // Node (and Deno, Bun)
  browser: 'lib/browser.ts', // exports["."].browser
  edge: 'lib/edge.ts', // exports["."].workerd / worker / edge-light
  sandbox: 'lib/sandbox/index.ts',
  'sandbox-cli': 'lib/sandbox/cli.ts',
  testing: 'lib/testing.ts',
  cli: 'lib/cli/bin.ts',
  softphone: 'lib/softphone/index.ts',
};
/** dist/<name>.d.ts, .d.mts and .d.cts. */
const typedEntries = {
  index: 'lib/index.ts',
  browser: 'lib/browser.ts',
  edge: 'lib/edge.ts',
  sandbox: 'lib/sandbox/index.ts',
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

/** bundle/ is one file per global: the contacts codecs are imported up front there (see lib/contacts/codecs-inline.ts). */
function inlineContactCodecs() {
  const lazy = path.resolve('lib/contacts/codecs.ts');
  const inline = path.resolve('lib/contacts/codecs-inline.ts');
  return {
    name: 'inline-contact-codecs',
    async resolveId(source, importer, options) {
      if (!importer || !source.endsWith('/codecs')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && resolved.id === lazy ? inline : null;
    },
  };
}
const scriptTagPlugins = () => [inlineContactCodecs(), ...browserPlugins()];

module.exports = [
  {
    input: packageEntries,
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
        // A lazily loaded module is require()d: import() in CommonJS fails under jest's default
        // set-up (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG).
        dynamicImportInCjs: false,
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
    // The script-tag global is the factory itself, carrying the other exports as properties.
    input: 'lib/browser-global.ts',
    plugins: scriptTagPlugins(),
    // One file each: a script tag cannot load further chunks, so lazily loaded modules are inlined.
    output: [
      {
        file: 'bundle/sipgate-io.js',
        // A script tag defines the global; CommonJS and ESM users get dist/ through the exports map.
        format: 'iife',
        name: 'sipgateIO',
        exports: 'default',
        inlineDynamicImports: true,
      },
      {
        file: 'bundle/sipgate-io.min.js',
        format: 'iife',
        name: 'sipgateIO',
        exports: 'default',
        inlineDynamicImports: true,
        // Evergreen browsers only: rollup's own glue as ES2015+, and terser may use ES2020 syntax.
        generatedCode: 'es2015',
        plugins: [terser({ ecma: 2020, compress: { passes: 2, hoist_funs: true, pure_getters: true } })],
      },
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
  {
    input: 'lib/bundle-entry.ts',
    plugins: scriptTagPlugins(),
    // .mjs: ESM syntax must not depend on how a tool reads package.json "type" for .js files.
    output: { file: 'bundle/sipgate-io.esm.mjs', format: 'es', inlineDynamicImports: true },
  },
];
