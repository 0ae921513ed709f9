/**
 * The npm package as users get it: `npm pack`, installed into a fresh project, then used from
 * CommonJS, from ESM (both talking to the packaged sandbox over loopback), and from TypeScript
 * (strict; node16 and bundler resolution). @arethetypeswrong/cli and publint must report
 * nothing on the tarball. Needs `npm run build` first (`npm test` runs it).
 */
import { expect } from 'chai';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths';
import { installPackedPackage, mustRun, PACKAGE_NAME, run, type PackedProject } from './packed-project';

const ROOT = REPO_ROOT;
const BIN = path.join(ROOT, 'node_modules', '.bin');

/** The members a client must carry: every REST module of the SDK and the webhook helpers. */
const CLIENT_MODULES = [
  'sms',
  'fax',
  'call',
  'rtcm',
  'settings',
  'contacts',
  'history',
  'numbers',
  'devices',
  'voicemails',
  'webhook',
];

/** Sends an SMS through the packaged client to the packaged sandbox and prints what it saw as JSON. */
function runtimeCheck(load: string): string {
  return `${load}
const found = {
  sipgateIO: typeof sdk.sipgateIO,
  createSandbox: typeof sandboxPkg.createSandbox,
};
const sandbox = await sandboxPkg.createSandbox({ host: '127.0.0.1', port: 0 });
try {
  const client = sdk.sipgateIO(sandboxPkg.SANDBOX_CREDENTIALS, { baseUrl: sandbox.url });
  found.modules = Object.fromEntries(${JSON.stringify(CLIENT_MODULES)}.map((name) => [name, typeof client[name]]));
  const message = 'packaged ' + Date.now();
  await client.sms.send({ smsId: 's0', to: '+4915799912345', message });
  const entries = await client.history.fetchAll({ types: ['SMS'] });
  found.smsInHistory = entries.some((entry) => entry.smsContent === message);
  let invalid;
  try { await client.sms.send({ smsId: 's0', to: 'not a number', message }); } catch (error) { invalid = error; }
  found.validationError = invalid instanceof sdk.ValidationError && invalid instanceof sdk.SipgateIOError;
} finally {
  await sandbox.stop();
}
console.log(JSON.stringify(found));
`;
}

const CJS_CONSUMER = `'use strict';
(async () => {
${runtimeCheck(`const sdk = require('${PACKAGE_NAME}');
const sandboxPkg = require('${PACKAGE_NAME}/sandbox');`)}
})().catch((error) => { console.error(error); process.exitCode = 1; });
`;

const ESM_CONSUMER = runtimeCheck(`import * as sdk from '${PACKAGE_NAME}';
import * as sandboxPkg from '${PACKAGE_NAME}/sandbox';`);

/** Uses the public types; @ts-expect-error lines prove they are real types, not `any`. */
const TYPED_CONSUMER = `import { sipgateIO, SipgateIOError, ValidationError, type AuthCredentials } from '${PACKAGE_NAME}';
import { createSandbox, SANDBOX_CREDENTIALS, type Sandbox } from '${PACKAGE_NAME}/sandbox';

const credentials: AuthCredentials = SANDBOX_CREDENTIALS;

export async function roundTrip(): Promise<string[]> {
  const sandbox: Sandbox = await createSandbox({ port: 0 });
  try {
    const client = sipgateIO(credentials, { baseUrl: sandbox.url });
    await client.sms.send({ smsId: 's0', to: '+4915799912345', message: 'typed' });
    const entries = await client.history.fetchAll();
    return entries.map((entry) => entry.id);
  } finally {
    await sandbox.stop();
  }
}

export function describeError(error: unknown): string {
  if (error instanceof ValidationError) return 'invalid input: ' + error.message;
  return error instanceof SipgateIOError ? error.name : 'unknown';
}

export function misuse(): void {
  const client = sipgateIO(credentials);
  // @ts-expect-error smsId must be a string
  void client.sms.send({ smsId: 1, to: '+4915799912345', message: 'x' });
  // @ts-expect-error there is no such module
  void client.noSuchModule;
}
`;

/**
 * Suggestions we knowingly keep, each with its reason. Errors and warnings are never accepted.
 * - "type" field: package.json's "type" is the lead's to set (every file we ship has an explicit
 *   .cjs/.mjs extension or is a UMD script, so "type": "commonjs" is safe to add; then drop this).
 */
const ACCEPTED_PUBLINT_SUGGESTIONS: RegExp[] = [];

/** The numbered messages publint prints under Errors:/Warnings:/Suggestions:. */
function publintMessages(output: string): string[] {
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^\d+\. /.test(line));
}

/** What a web app sees through the "browser" condition: no Node types are available there. */
const BROWSER_CONSUMER = `import { sipgateIO, ValidationError, type AuthCredentials } from '${PACKAGE_NAME}';

export async function sendFromPage(credentials: AuthCredentials, baseUrl: string): Promise<number> {
  const client = sipgateIO(credentials, { baseUrl });
  try {
    await client.sms.send({ smsId: 's0', to: '+4915799912345', message: 'from a page' });
  } catch (error) {
    if (error instanceof ValidationError) return -1;
    throw error;
  }
  return (await client.history.fetchAll()).length;
}
`;

/** What a Cloudflare Worker / Vercel Edge function sees through the edge conditions: client + Fetch webhook handler. */
const EDGE_CONSUMER = `import { createFetchHandler, sipgateIO, WebhookResponse, SIPGATE_WEBHOOK_PUBLIC_KEY } from '${PACKAGE_NAME}';

const webhook = createFetchHandler({ serverAddress: 'https://edge.example.com/sipgate', publicKey: SIPGATE_WEBHOOK_PUBLIC_KEY });
webhook.onNewCall(() => WebhookResponse.rejectCall({ reason: 'busy' }));

export default {
  async fetch(request: Request): Promise<Response> {
    if (new URL(request.url).pathname === '/sipgate') return webhook(request);
    const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
    return Response.json(await client.history.fetchAll());
  },
};
`;

function tsconfig(compilerOptions: Record<string, unknown>, files: string[]): string {
  return JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false, // our published .d.ts files must compile too
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        typeRoots: [path.join(ROOT, 'node_modules', '@types')],
        types: ['node'],
        ...compilerOptions,
      },
      files,
    },
    null,
    2,
  );
}

describe('npm package (packed tarball installed into a fresh project)', function () {
  this.timeout(240_000);

  let packed: PackedProject;
  let workDir: string;
  let projectDir: string;
  let tarball: string;

  before(async function () {
    packed = await installPackedPackage('sipgateio-pack-');
    ({ workDir, projectDir, tarball } = packed);
    await fs.writeFile(path.join(projectDir, 'use.cjs'), CJS_CONSUMER);
    await fs.writeFile(path.join(projectDir, 'use.mjs'), ESM_CONSUMER);
    await fs.writeFile(path.join(projectDir, 'use-types.ts'), TYPED_CONSUMER);
    await fs.writeFile(path.join(projectDir, 'use-types.mts'), TYPED_CONSUMER);
    await fs.writeFile(
      path.join(projectDir, 'tsconfig.node16.json'),
      tsconfig({ module: 'node16', moduleResolution: 'node16' }, ['use-types.ts', 'use-types.mts']),
    );
    await fs.writeFile(
      path.join(projectDir, 'tsconfig.bundler.json'),
      tsconfig({ module: 'esnext', moduleResolution: 'bundler' }, ['use-types.ts']),
    );
    await fs.writeFile(path.join(projectDir, 'use-edge.ts'), EDGE_CONSUMER);
    for (const condition of ['workerd', 'edge-light']) {
      await fs.writeFile(
        path.join(projectDir, `tsconfig.${condition}.json`),
        tsconfig({ module: 'esnext', moduleResolution: 'bundler', customConditions: [condition], types: [] }, [
          'use-edge.ts',
        ]),
      );
    }
    await fs.writeFile(path.join(projectDir, 'use-browser.ts'), BROWSER_CONSUMER);
    await fs.writeFile(
      path.join(projectDir, 'tsconfig.browser.json'),
      tsconfig({ module: 'esnext', moduleResolution: 'bundler', customConditions: ['browser'], types: [] }, [
        'use-browser.ts',
      ]),
    );
  });

  after(async function () {
    await packed?.remove();
  });

  it('packs dist/ and bundle/ but no sources or tests', async function () {
    const listing = await mustRun('tar', ['-tzf', tarball], workDir);
    const files = listing.split('\n').filter(Boolean);
    expect(files).to.include.members([
      'package/package.json',
      'package/dist/index.cjs',
      'package/dist/index.mjs',
      'package/bundle/sipgate-io.min.js',
      'package/sandbox/package.json',
      'package/softphone/package.json',
      'package/dist/softphone.mjs',
      'package/bundle/sipgate-io-softphone.min.js',
    ]);
    const isSource = (file: string) => /\.[cm]?ts$/.test(file) && !/\.d\.[cm]?ts$/.test(file);
    expect(files.filter((file) => /^package\/(lib|test|bench)\//.test(file) || isSource(file))).to.deep.equal([]);
  });

  for (const [label, file] of [
    ['require()s it from CommonJS', 'use.cjs'],
    ['imports it from ESM', 'use.mjs'],
  ] as const) {
    it(`${label}: client modules, sandbox subpath, an SMS round trip and typed errors`, async function () {
      const output = await mustRun(process.execPath, [file], projectDir);
      const found = JSON.parse(output.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
      expect(found).to.deep.equal({
        sipgateIO: 'function',
        createSandbox: 'function',
        modules: Object.fromEntries(CLIENT_MODULES.map((name) => [name, 'object'])),
        smsInHistory: true,
        validationError: true,
      });
    });
  }

  for (const config of [
    'tsconfig.node16.json',
    'tsconfig.bundler.json',
    'tsconfig.browser.json',
    'tsconfig.workerd.json',
    'tsconfig.edge-light.json',
  ]) {
    it(`compiles a strict TypeScript consumer of the public types (${config})`, async function () {
      const result = await run(path.join(BIN, 'tsc'), ['-p', config], projectDir);
      expect(result.output.trim(), `tsc -p ${config}`).to.equal('');
      expect(result.code).to.equal(0);
    });
  }

  it('passes @arethetypeswrong/cli without any problem', async function () {
    const result = await run(
      path.join(BIN, 'attw'),
      [tarball, '--format', 'ascii', '--no-color', '--no-emoji'],
      workDir,
    );
    expect(result.code, result.output).to.equal(0);
    expect(result.output, result.output).to.match(/No problems found/);
  });

  it('passes publint without errors, warnings or suggestions', async function () {
    const result = await run(path.join(BIN, 'publint'), ['run', tarball, '--strict', '--level', 'suggestion'], workDir);
    const messages = publintMessages(result.output).filter(
      (message) => !ACCEPTED_PUBLINT_SUGGESTIONS.some((accepted) => accepted.test(message)),
    );
    expect(messages, result.output).to.deep.equal([]);
    expect(result.code, result.output).to.equal(0);
  });
});
