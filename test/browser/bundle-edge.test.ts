/**
 * Edge runtimes (Cloudflare Workers, Vercel Edge, other Fetch-API workers): a user's worker
 * script in the shape the README shows (`export default { fetch }`) is bundled the way their
 * tools bundle it (rollup + node-resolve with each tool's export conditions) and run in a real
 * Web Worker in headless Chromium, where no Node built-in exists. There it sends an SMS to the
 * sandbox and reads it back (REST client over fetch), refuses invalid input with a typed error,
 * and answers sipgate's signed test webhook (WebCrypto verification against sipgate's public
 * key, bundled), while a tampered body gets a 403 and an unsigned one a 401.
 */
import { expect } from 'chai';
import { promises as fs, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup, type Plugin } from 'rollup';
import { createSandbox, SANDBOX_CREDENTIALS, type Sandbox } from '../../lib/sandbox';
import { launchChromium, serveFiles, type RunningBrowser, type StaticServer } from '../support/browser';
import { REPO_ROOT, SPEC_DIR } from '../support/paths';

const PACKAGE_NAME = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string }).name;

/** sipgate's own signed webhook (vendored): valid under sipgate's public key, and a tampered copy. */
const TEST_VECTOR = JSON.parse(readFileSync(path.join(SPEC_DIR, 'webhook-signature-testvector.json'), 'utf8')) as {
  body: string;
  signature_base64: string;
  tampered_body_example: string;
};

/** The export conditions each tool resolves with (plus node-resolve's default/module/import). */
const TOOLCHAINS: Array<{ label: string; conditions: string[] }> = [
  { label: 'Cloudflare Workers (wrangler)', conditions: ['workerd', 'worker', 'browser'] },
  { label: 'Vercel Edge', conditions: ['edge-light', 'worker', 'browser'] },
  { label: 'a generic Web Worker build', conditions: ['worker', 'browser'] },
];

/** A user's edge worker: a REST round trip and the webhook handler, as in the README. */
const USER_WORKER = `import { sipgateIO, createFetchHandler, WebhookResponse, ValidationError } from '${PACKAGE_NAME}';

const webhook = createFetchHandler({ serverAddress: 'https://edge.example.com/sipgate' });
webhook.onNewCall(() => WebhookResponse.rejectCall({ reason: 'busy' }));

export default {
  async fetch(request, env) {
    const { pathname } = new URL(request.url);
    if (pathname === '/sipgate') return webhook(request);
    const client = sipgateIO({ tokenId: env.TOKEN_ID, token: env.TOKEN }, { baseUrl: env.SIPGATE_BASE_URL });
    if (pathname === '/sms') {
      const { to, message } = await request.json();
      await client.sms.send({ smsId: 's0', to, message });
      const entries = await client.history.fetchAll({ types: ['SMS'] });
      return Response.json({ inHistory: entries.some((entry) => entry.smsContent === message) });
    }
    if (pathname === '/invalid') {
      try {
        await client.sms.send({ smsId: 's0', to: 'not a number', message: 'x' });
        return Response.json({ refused: false });
      } catch (error) {
        return Response.json({ refused: error instanceof ValidationError, name: error.name, field: error.field });
      }
    }
    return new Response('not found', { status: 404 });
  },
};
`;

/** Runs in the Web Worker: drives the user's worker with Requests, posts what came back. */
const HARNESS = `import worker from '/user-worker.mjs';
self.onmessage = async ({ data }) => {
  const call = async (pathname, init) => {
    const response = await worker.fetch(new Request('https://edge.example.com' + pathname, init), data.env);
    return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
  };
  const form = { 'content-type': 'application/x-www-form-urlencoded' };
  try {
    self.postMessage({
      nodeGlobals: ['process', 'Buffer', 'require', 'module', 'global'].filter((name) => typeof self[name] !== 'undefined'),
      sms: await call('/sms', { method: 'POST', body: JSON.stringify({ to: '+4915799912345', message: data.message }) }),
      invalid: await call('/invalid', { method: 'POST' }),
      signed: await call('/sipgate', { method: 'POST', headers: { ...form, 'x-sipgate-signature': data.signature }, body: data.body }),
      tampered: await call('/sipgate', { method: 'POST', headers: { ...form, 'x-sipgate-signature': data.signature }, body: data.tampered }),
      unsigned: await call('/sipgate', { method: 'POST', headers: form, body: data.body }),
    });
  } catch (error) {
    self.postMessage({ failed: String((error && error.stack) || error) });
  }
};
`;

const PAGE = `<!doctype html><html><head><meta charset="utf-8"></head><body><script>
window.runWorker = (input) => new Promise((resolve) => {
  const worker = new Worker('/harness.mjs', { type: 'module' });
  worker.onmessage = ({ data }) => { resolve(data); worker.terminate(); };
  worker.onerror = (event) => { resolve({ failed: 'worker error: ' + event.message }); worker.terminate(); };
  worker.postMessage(input);
});
</script></body></html>`;

const NODE_BUILTINS = new Set(builtinModules);

/** Fails the build on any Node built-in: an edge runtime has none. */
function noNodeBuiltins(): Plugin {
  return {
    name: 'no-node-builtins',
    resolveId(id) {
      if (id.startsWith('node:') || NODE_BUILTINS.has(id.split('/')[0])) {
        throw new Error(`the edge bundle imports the Node built-in "${id}"`);
      }
      return null;
    },
  };
}

interface Bundled {
  code: string;
  /** The package's files the bundler loaded, relative to the package root. */
  packageFiles: string[];
}

/** Bundles the user's worker as their tool would, resolving the package from a consumer project. */
async function bundleUserWorker(consumerDir: string, conditions: string[]): Promise<Bundled> {
  const build = await rollup({
    input: path.join(consumerDir, 'worker.mjs'),
    plugins: [
      noNodeBuiltins(),
      // Like esbuild's browser platform (wrangler, Next.js edge): package.json "browser" fields count too.
      nodeResolve({ exportConditions: conditions, browser: conditions.includes('browser'), preferBuiltins: false }),
      commonjs(),
    ],
    onwarn: (warning) => {
      throw new Error(`rollup: ${warning.message}`);
    },
  });
  try {
    // One script, as wrangler and Next.js deploy a worker (lazily loaded modules are inlined).
    const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
    const packageFiles = build.watchFiles
      .filter((id) => id.startsWith(REPO_ROOT + path.sep) && !id.includes(`${path.sep}node_modules${path.sep}`))
      .map((id) => path.relative(REPO_ROOT, id).split(path.sep).join('/'));
    return { code: output[0].code, packageFiles };
  } finally {
    await build.close();
  }
}

describe('edge build in a Web Worker (headless Chromium, no Node built-ins)', function () {
  this.timeout(240_000);

  let consumerDir: string;
  let sandbox: Sandbox;
  let chromium: RunningBrowser;

  before(async function () {
    for (const file of ['dist/edge.mjs', 'dist/browser.mjs']) {
      await fs.access(path.join(REPO_ROOT, file)).catch(() => {
        throw new Error(`${file} is missing: run "npm run build" first`);
      });
    }
    // A consumer project whose node_modules holds this package, as after `npm install`.
    consumerDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sipgateio-edge-'));
    await fs.mkdir(path.join(consumerDir, 'node_modules'));
    await fs.symlink(REPO_ROOT, path.join(consumerDir, 'node_modules', PACKAGE_NAME), 'dir');
    await fs.writeFile(path.join(consumerDir, 'worker.mjs'), USER_WORKER);
    sandbox = await createSandbox({ host: '127.0.0.1', port: 0, cors: true });
    chromium = await launchChromium();
  });

  after(async function () {
    await chromium?.close();
    await sandbox?.stop();
    if (consumerDir) await fs.rm(consumerDir, { recursive: true, force: true });
  });

  it('is not what the plain browser condition gives: that build has no Fetch webhook handler', async function () {
    const error = await bundleUserWorker(consumerDir, ['browser']).then(
      () => null,
      (failure: Error) => failure,
    );
    expect(error?.message).to.match(/createFetchHandler/);
  });

  for (const { label, conditions } of TOOLCHAINS) {
    it(`bundled for ${label} [${conditions.join(', ')}]: REST round trip, typed validation error, signed webhook verified`, async function () {
      const bundled = await bundleUserWorker(consumerDir, conditions);
      expect(
        bundled.packageFiles,
        `package entry the conditions resolved to: ${bundled.packageFiles.join(', ')}`,
      ).to.include('dist/edge.mjs');
      expect(bundled.packageFiles.filter((file) => /^dist\/(index|sandbox)/.test(file))).to.deep.equal([]);

      const server: StaticServer = await serveFiles({
        '/': { type: 'text/html; charset=utf-8', body: PAGE },
        '/harness.mjs': { type: 'text/javascript; charset=utf-8', body: HARNESS },
        '/user-worker.mjs': { type: 'text/javascript; charset=utf-8', body: bundled.code },
      });
      const page = await chromium.context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      try {
        await page.goto(server.url, { waitUntil: 'load' });
        const message = `from the edge ${conditions[0]} ${Date.now()}`;
        const result = (await page.evaluate(
          (input) => (window as unknown as { runWorker(input: unknown): Promise<unknown> }).runWorker(input),
          {
            env: {
              TOKEN_ID: SANDBOX_CREDENTIALS.tokenId,
              TOKEN: SANDBOX_CREDENTIALS.token,
              SIPGATE_BASE_URL: sandbox.url,
            },
            message,
            body: TEST_VECTOR.body,
            tampered: TEST_VECTOR.tampered_body_example,
            signature: TEST_VECTOR.signature_base64,
          },
        )) as Record<string, { status: number; type: string | null; body: string }> & {
          failed?: string;
          nodeGlobals: string[];
        };

        expect(result.failed ?? '', 'the worker failed').to.equal('');
        expect(pageErrors).to.deep.equal([]);
        expect(result.nodeGlobals, 'Node globals inside the worker').to.deep.equal([]);
        expect(result.sms.status).to.equal(200);
        expect(JSON.parse(result.sms.body)).to.deep.equal({ inHistory: true });
        expect(JSON.parse(result.invalid.body)).to.deep.equal({ refused: true, name: 'ValidationError', field: 'to' });
        expect(result.signed.status, result.signed.body).to.equal(200);
        expect(result.signed.type).to.match(/xml/);
        expect(result.signed.body, result.signed.body).to.match(/<Reject reason="busy"\s*\/>/);
        expect(result.tampered.status).to.equal(403);
        expect(result.unsigned.status).to.equal(401);
      } finally {
        await page.close();
        await server.close();
      }
    });
  }
});
