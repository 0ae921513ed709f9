/**
 * The minified UMD bundle, loaded by a <script> tag in real headless Chromium, sends an SMS
 * to the local sandbox (another origin, so CORS is exercised) and finds it again in the history.
 * Its global `sipgateIO` is the client factory, as the README shows (`sipgateIO({...})`).
 * Chromium must start: if it cannot, this suite fails (CI installs it with apt-get).
 */
import { expect } from 'chai';
import { promises as fs } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, serveFiles, type RunningBrowser, type StaticServer } from '../support/browser';
import { createSandbox, SANDBOX_CREDENTIALS, type Sandbox } from '../../lib/sandbox';
import { repoPath } from '../support/paths';

const BUNDLE_FILE = repoPath('bundle', 'sipgate-io.min.js');
const ESM_BUNDLE_FILE = repoPath('bundle', 'sipgate-io.esm.mjs');
const DIST = repoPath('dist');

const PAGE_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>sipgate.io bundle check</title></head>
<body><script src="/sipgate-io.min.js"></script></body></html>`;

/** The ESM browser build, imported by a module script and put on window for the test. */
const ESM_PAGE_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>sipgate.io ESM build check</title></head>
<body><script type="module">
import * as sdk from '/sipgate-io.esm.mjs';
window.sipgateIOEsm = sdk;
</script></body></html>`;

// The package's browser build, as a bundler or jest's jsdom gets it through the `browser` export condition.
const DIST_PAGE_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>sipgate.io browser build check</title></head>
<body><script type="module">
import * as sdk from '/dist/browser.mjs';
window.sipgateIODist = sdk;
</script></body></html>`;

/** dist/browser.mjs and the chunks it may import, served under /dist/. */
async function distFiles(): Promise<Record<string, { type: string; body: string }>> {
  const files: Record<string, { type: string; body: string }> = {};
  for (const name of ['browser.mjs', ...(await fs.readdir(`${DIST}/chunks`)).map((file) => `chunks/${file}`)]) {
    if (!name.endsWith('.mjs')) continue;
    files[`/dist/${name}`] = {
      type: 'text/javascript; charset=utf-8',
      body: await fs.readFile(`${DIST}/${name}`, 'utf8'),
    };
  }
  return files;
}

interface PageResult {
  globalType: string;
  exported: string[];
  hasBufferGlobal: boolean;
  hasProcessGlobal: boolean;
  found: { id: string; type: string; smsContent: string; direction: string } | null;
  historyTypes: string[];
}

/** Runs inside the page: only what the bundle put on window is available there. */
async function sendAndReadBack(
  page: Page,
  globalName: string,
  globalIsFactory: boolean,
  credentials: unknown,
  baseUrl: string,
  message: string,
  withoutFetch: boolean,
): Promise<PageResult> {
  return page.evaluate(
    async ({ globalName, globalIsFactory, credentials, baseUrl, to, message, withoutFetch }) => {
      const w = window as unknown as Record<string, any>;
      if (withoutFetch) w.fetch = undefined; // a browser-like runtime without fetch: XMLHttpRequest takes over
      const sdk = w[globalName];
      const client = globalIsFactory ? sdk(credentials, { baseUrl }) : sdk.sipgateIO(credentials, { baseUrl });
      await client.sms.send({ smsId: 's0', to, message });
      const entries: any[] = await client.history.fetchAll({ types: ['SMS'] });
      const match = entries.find((entry) => entry.smsContent === message) ?? null;
      return {
        globalType: typeof sdk,
        exported: Object.keys(sdk),
        hasBufferGlobal: typeof w.Buffer !== 'undefined',
        hasProcessGlobal: typeof w.process !== 'undefined',
        found: match && {
          id: String(match.id),
          type: match.type,
          smsContent: match.smsContent,
          direction: match.direction,
        },
        historyTypes: [...new Set(entries.map((entry) => String(entry.type)))],
      };
    },
    { globalName, globalIsFactory, credentials, baseUrl, to: '+4915799912345', message, withoutFetch },
  );
}

describe('browser bundle in headless Chromium', function () {
  this.timeout(120_000);

  let sandbox: Sandbox;
  let pageServer: StaticServer;
  let chromium: RunningBrowser;
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const blockedRequests: string[] = [];
  const requestedUrls: string[] = [];
  /** How the page sent each request to the sandbox ('fetch' or 'xhr'). */
  const sandboxRequestTypes: string[] = [];

  before(async function () {
    const [bundle, esmBundle] = await Promise.all(
      [BUNDLE_FILE, ESM_BUNDLE_FILE].map((file) =>
        fs.readFile(file, 'utf8').catch(() => {
          throw new Error(`${file} is missing: run "npm run build" first`);
        }),
      ),
    );
    pageServer = await serveFiles({
      '/': { type: 'text/html; charset=utf-8', body: PAGE_HTML },
      '/sipgate-io.min.js': { type: 'text/javascript; charset=utf-8', body: bundle },
      '/esm.html': { type: 'text/html; charset=utf-8', body: ESM_PAGE_HTML },
      '/sipgate-io.esm.mjs': { type: 'text/javascript; charset=utf-8', body: esmBundle },
      '/dist.html': { type: 'text/html; charset=utf-8', body: DIST_PAGE_HTML },
      ...(await distFiles()),
    });
    // The sandbox answers browser pages only from the origins it is told about.
    const pageOrigin = new URL(pageServer.url).origin;
    sandbox = await createSandbox({ host: '127.0.0.1', port: 0, cors: true, allowedOrigins: [pageOrigin] });
    chromium = await launchChromium();
    // The page may only talk to loopback; anything else is blocked and fails the test below.
    await chromium.context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      requestedUrls.push(url.href);
      if (sandbox && url.href.startsWith(sandbox.url)) sandboxRequestTypes.push(route.request().resourceType());
      if (url.hostname === '127.0.0.1') return route.continue();
      blockedRequests.push(url.href);
      return route.abort('blockedbyclient');
    });
  });

  after(async function () {
    await chromium?.close();
    await pageServer?.close();
    await sandbox?.stop();
  });

  it('serves the page and the sandbox from two different origins', function () {
    expect(new URL(pageServer.url).origin).to.not.equal(new URL(sandbox.url).origin);
  });

  it('is one self-contained script that defines the global: it requires and imports nothing', async function () {
    const bundle = await fs.readFile(BUNDLE_FILE, 'utf8');
    expect(bundle.match(/\brequire\(\s*["'][^"']+["']\s*\)/g) ?? []).to.deep.equal([]);
    expect(bundle).not.to.match(/\bimport\(/);
    expect(bundle).to.match(/^var sipgateIO=function\(\)\{/); // a classic script's global, set by one IIFE
  });

  /** Opens a page of the page server, collecting its errors; then sends and reads back through `globalName`. */
  async function roundTripOn(
    pagePath: string,
    globalName: string,
    globalIsFactory: boolean,
    withoutFetch = false,
  ): Promise<{ result: PageResult; message: string }> {
    for (const list of [consoleErrors, pageErrors, blockedRequests, requestedUrls, sandboxRequestTypes])
      list.length = 0;
    const page = await chromium.context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      const response = await page.goto(`${pageServer.url}${pagePath}`, { waitUntil: 'load' });
      expect(response?.status()).to.equal(200);
      await page
        .waitForFunction((name) => name in window, globalName, { timeout: 15_000 })
        .catch(() => {
          throw new Error(
            `the page never defined window.${globalName}; page errors: ${[...pageErrors, ...consoleErrors].join(' | ')}`,
          );
        });
      const message = `hello from chromium via ${globalName} ${Date.now()}`;
      const result = await sendAndReadBack(
        page,
        globalName,
        globalIsFactory,
        SANDBOX_CREDENTIALS,
        sandbox.url,
        message,
        withoutFetch,
      );
      return { result, message };
    } finally {
      await page.close();
    }
  }

  it('calls the global sipgateIO({...}) as the factory, sends an SMS and finds it in the history, without errors or Node-only globals', async function () {
    const { result, message } = await roundTripOn('/', 'sipgateIO', true);

    expect(pageErrors, 'uncaught page errors').to.deep.equal([]);
    expect(consoleErrors, 'console errors').to.deep.equal([]);
    expect(blockedRequests, 'requests leaving loopback').to.deep.equal([]);
    expect(result.found, 'the sent SMS in the history').to.not.equal(null);
    expect(result.found).to.include({ type: 'SMS', smsContent: message, direction: 'OUTGOING' });
    expect(result.historyTypes).to.deep.equal(['SMS']);
    // The bundle brings no Node shims along and leaves the Node-only parts out.
    expect(result.hasBufferGlobal).to.equal(false);
    expect(result.hasProcessGlobal).to.equal(false);
    // The factory carries every other export: the namespace's members stay reachable.
    expect(result.globalType).to.equal('function');
    expect(result.exported).to.include.members(['sipgateIO', 'ValidationError', 'SipgateIOError', 'WebhookResponse']);
    for (const nodeOnly of ['createSandbox', 'createWebhookModule', 'createWebhookServer', 'createWebhookHandler']) {
      expect(result.exported, `exports ${nodeOnly}`).to.not.include(nodeOnly);
    }
    // The API calls really went cross-origin from the page to the sandbox, through fetch.
    expect(requestedUrls.some((url) => url.startsWith(`${sandbox.url}`))).to.equal(true);
    expect([...new Set(sandboxRequestTypes)]).to.deep.equal(['fetch']);
  });

  it('the package browser build sends through XMLHttpRequest where the page has no fetch (cross-origin, preflighted), with the same results', async function () {
    const { result, message } = await roundTripOn('/dist.html', 'sipgateIODist', false, true);
    expect(pageErrors, 'uncaught page errors').to.deep.equal([]);
    expect(consoleErrors, 'console errors').to.deep.equal([]);
    expect(result.found).to.include({ type: 'SMS', smsContent: message, direction: 'OUTGOING' });
    expect([...new Set(sandboxRequestTypes)]).to.deep.equal(['xhr']);
  });

  it('the script-tag bundle, which sends through fetch alone, fails with a typed NetworkError where the page has no fetch', async function () {
    const page = await chromium.context.newPage();
    try {
      await page.goto(`${pageServer.url}/`);
      await page.waitForFunction(() => 'sipgateIO' in window, undefined, { timeout: 15_000 });
      const before = sandboxRequestTypes.length;
      const failure = await page.evaluate(
        async ({ credentials, baseUrl }) => {
          const w = window as unknown as Record<string, any>;
          w.fetch = undefined;
          try {
            await w.sipgateIO(credentials, { baseUrl }).sms.send({ smsId: 's0', to: '+4915799912345', message: 'x' });
            return null;
          } catch (error) {
            const e = error as Error & { retryable?: boolean };
            return { name: e.name, message: e.message, isSdkError: e instanceof w.sipgateIO.SipgateIOError };
          }
        },
        { credentials: SANDBOX_CREDENTIALS, baseUrl: sandbox.url },
      );
      expect(failure).to.deep.include({ name: 'NetworkError', isSdkError: true });
      expect(failure?.message).to.contain('no fetch');
      expect(sandboxRequestTypes.length, 'requests that reached the sandbox').to.equal(before);
    } finally {
      await page.close();
    }
  });

  it('does the same with the ESM browser build imported by a module script', async function () {
    const { result, message } = await roundTripOn('/esm.html', 'sipgateIOEsm', false);
    expect(pageErrors, 'uncaught page errors').to.deep.equal([]);
    expect(consoleErrors, 'console errors').to.deep.equal([]);
    expect(blockedRequests, 'requests leaving loopback').to.deep.equal([]);
    expect(result.found).to.include({ type: 'SMS', smsContent: message, direction: 'OUTGOING' });
    expect(result.hasBufferGlobal).to.equal(false);
    expect(result.hasProcessGlobal).to.equal(false);
  });
});
