/**
 * Error classes keep their public names after minification, in real headless Chromium:
 * - in our minified script-tag bundle (bundle/sipgate-io.min.js),
 * - in our ESM browser build minified once more by terser with default options, as a user's
 *   production build would do,
 * - in the edge build (dist/edge.mjs) minified the same way, with the webhook errors its Fetch handler
 *   reports, and
 * - in the softphone's script-tag bundle (bundle/sipgate-io-softphone.min.js).
 * Each API failure is answered by a routed response (same origin as the page), so every
 * status maps to a real thrown error: `err.name`, `instanceof` and `String(err)` are checked.
 */
import { expect } from 'chai';
import { promises as fs } from 'node:fs';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import type { Page } from 'playwright-core';
import { launchChromium, serveFiles, type RunningBrowser, type StaticServer } from '../support/browser';
import { repoPath } from '../support/paths';

const MIN_BUNDLE_FILE = repoPath('bundle', 'sipgate-io.min.js');
const ESM_BUNDLE_FILE = repoPath('bundle', 'sipgate-io.esm.mjs');
const EDGE_BUILD_FILE = repoPath('dist', 'edge.mjs');
const SOFTPHONE_BUNDLE_FILE = repoPath('bundle', 'sipgate-io-softphone.min.js');

/** What each status the API may answer must become. */
const ERROR_FOR_STATUS: Record<number, string> = {
  400: 'BadRequestError',
  401: 'AuthenticationError',
  402: 'PaymentRequiredError',
  403: 'PermissionError',
  404: 'NotFoundError',
  409: 'ConflictError',
  429: 'RateLimitError',
  500: 'ServerError',
  503: 'ServerError',
};

/** Error classes that must be among the exports (every exported one is checked, these at least). */
const KNOWN_ERROR_CLASSES = [
  'SipgateIOError',
  'ValidationError',
  'AbortError',
  'NetworkError',
  'TimeoutError',
  'SmsSenderRestoreError',
  'ContactsBulkError',
  ...new Set(Object.values(ERROR_FOR_STATUS)),
];

const SCRIPT_PAGE = `<!doctype html><html><head><meta charset="utf-8"></head>
<body><script src="/sipgate-io.min.js"></script></body></html>`;

const ESM_PAGE = `<!doctype html><html><head><meta charset="utf-8"></head>
<body><script type="module">
import * as sdk from '/user-minified.mjs';
window.sdkUnderTest = sdk;
</script></body></html>`;

const EDGE_PAGE = `<!doctype html><html><head><meta charset="utf-8"></head>
<body><script type="module">
import * as sdk from '/edge-minified.mjs';
window.edgeUnderTest = sdk;
</script></body></html>`;

const SOFTPHONE_PAGE = `<!doctype html><html><head><meta charset="utf-8"></head>
<body><script src="/sipgate-io-softphone.min.js"></script></body></html>`;

/** One of our ESM builds minified as a user's bundler would: terser with its defaults, one file. */
async function minifyLikeAUserBuild(input = ESM_BUNDLE_FILE): Promise<string> {
  const build = await rollup({ input, onwarn: () => undefined });
  try {
    const { output } = await build.generate({ format: 'es', plugins: [terser()], inlineDynamicImports: true });
    return output[0].code;
  } finally {
    await build.close();
  }
}

interface ThrownError {
  status: number | string;
  name: string;
  constructorName: string;
  text: string;
  isBase: boolean;
  isExpectedClass: boolean;
}

interface PageFindings {
  /** export name → the class's `name`, for every exported subclass of Error. */
  classNames: Record<string, string>;
  thrown: ThrownError[];
}

describe('error names after minification in headless Chromium', function () {
  this.timeout(180_000);

  let pageServer: StaticServer;
  let chromium: RunningBrowser;

  before(async function () {
    const built = (file: string) =>
      fs.readFile(file, 'utf8').catch(() => {
        throw new Error(`${file} is missing: run "npm run build" first`);
      });
    const [minBundle, userMinified, edgeMinified, softphoneBundle] = await Promise.all([
      built(MIN_BUNDLE_FILE),
      minifyLikeAUserBuild(),
      built(EDGE_BUILD_FILE).then(() => minifyLikeAUserBuild(EDGE_BUILD_FILE)),
      built(SOFTPHONE_BUNDLE_FILE),
    ]);
    pageServer = await serveFiles({
      '/': { type: 'text/html; charset=utf-8', body: SCRIPT_PAGE },
      '/sipgate-io.min.js': { type: 'text/javascript; charset=utf-8', body: minBundle },
      '/esm.html': { type: 'text/html; charset=utf-8', body: ESM_PAGE },
      '/user-minified.mjs': { type: 'text/javascript; charset=utf-8', body: userMinified },
      '/edge.html': { type: 'text/html; charset=utf-8', body: EDGE_PAGE },
      '/edge-minified.mjs': { type: 'text/javascript; charset=utf-8', body: edgeMinified },
      '/softphone.html': { type: 'text/html; charset=utf-8', body: SOFTPHONE_PAGE },
      '/sipgate-io-softphone.min.js': { type: 'text/javascript; charset=utf-8', body: softphoneBundle },
    });
    chromium = await launchChromium();
  });

  after(async function () {
    await chromium?.close();
    await pageServer?.close();
  });

  /** Opens a page of ours once `window[globalName]` exists, and runs `run` with it. */
  async function onPage<T>(
    pagePath: string,
    globalName: string,
    run: (page: Page) => Promise<T>,
    prepare?: (page: Page) => Promise<unknown>,
  ): Promise<T> {
    const page = await chromium.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await prepare?.(page);
      await page.goto(`${pageServer.url}${pagePath}`, { waitUntil: 'load' });
      await page
        .waitForFunction((name) => name in window, globalName, { timeout: 15_000 })
        .catch(() => {
          throw new Error(`window.${globalName} never appeared; page errors: ${pageErrors.join(' | ')}`);
        });
      return await run(page);
    } finally {
      await page.close();
    }
  }

  async function findingsOn(pagePath: string, globalName: string): Promise<PageFindings> {
    // The "API" lives on the page's own origin: /v2/status/<code> answers <code>.
    const routeStatuses = (page: Page) =>
      page.route(`${pageServer.url}/v2/status/*`, (route) => {
        const status = Number(new URL(route.request().url()).pathname.split('/').pop());
        return route.fulfill({
          status,
          headers: { 'content-type': 'application/json', 'retry-after': '0' },
          body: JSON.stringify({ message: `answered ${status}` }),
        });
      });
    return onPage(
      pagePath,
      globalName,
      (page) =>
        page.evaluate(
          async ({ globalName, baseUrl, statuses, expectedByStatus }) => {
            const sdk = (window as unknown as Record<string, any>)[globalName];
            const classNames: Record<string, string> = {};
            for (const [key, value] of Object.entries<any>(sdk)) {
              if (typeof value === 'function' && value.prototype instanceof Error) classNames[key] = value.name;
            }
            const client = sdk.sipgateIO(
              { tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' },
              { baseUrl, maxRetries: 0 },
            );
            const describe = (error: any, status: number | string, expected: string): ThrownError => ({
              status,
              name: error?.name,
              constructorName: error?.constructor?.name,
              text: String(error),
              isBase: error instanceof sdk.SipgateIOError && error instanceof Error,
              isExpectedClass: error instanceof sdk[expected],
            });
            const thrown: ThrownError[] = [];
            for (const status of statuses) {
              try {
                await client.get(`/status/${status}`);
                thrown.push({ status, name: 'nothing thrown' } as ThrownError);
              } catch (error) {
                thrown.push(describe(error, status, expectedByStatus[status]));
              }
            }
            try {
              await client.sms.send({ smsId: 's0', to: 'not a number', message: 'x' });
              thrown.push({ status: 'validation', name: 'nothing thrown' } as ThrownError);
            } catch (error) {
              thrown.push(describe(error, 'validation', 'ValidationError'));
            }
            return { classNames, thrown };
          },
          {
            globalName,
            baseUrl: `${pageServer.url}/v2`,
            statuses: Object.keys(ERROR_FOR_STATUS).map(Number),
            expectedByStatus: ERROR_FOR_STATUS,
          },
        ),
      routeStatuses,
    );
  }

  function expectNamedErrors(findings: PageFindings): void {
    expectUnrenamed(findings.classNames, KNOWN_ERROR_CLASSES);
    const expected = [
      ...Object.entries(ERROR_FOR_STATUS).map(([status, name]) => ({ status: Number(status), name })),
      { status: 'validation', name: 'ValidationError' },
    ];
    expect(findings.thrown.map(({ status, name }) => ({ status, name }))).to.deep.equal(expected);
    for (const error of findings.thrown) {
      expect(error.constructorName, `constructor of the ${error.status} error`).to.equal(error.name);
      expect(error.text, `String() of the ${error.status} error`).to.match(new RegExp(`^${error.name}: `));
      expect(error.isBase, `${error.name} instanceof SipgateIOError and Error`).to.equal(true);
      expect(error.isExpectedClass, `${error.name} instanceof its exported class`).to.equal(true);
    }
  }

  it('keeps every error class name in the minified script-tag bundle (err.name === "RateLimitError", instanceof)', async function () {
    expectNamedErrors(await findingsOn('/', 'sipgateIO'));
  });

  it("keeps them when a user's build minifies the ESM browser build again (terser defaults)", async function () {
    expectNamedErrors(await findingsOn('/esm.html', 'sdkUnderTest'));
  });

  /** export name → the class's `name`, for every exported subclass of Error on `window[globalName]`. */
  function exportedErrorNames(page: Page, globalName: string): Promise<Record<string, string>> {
    return page.evaluate((name) => {
      const names: Record<string, string> = {};
      for (const [key, value] of Object.entries<any>((window as any)[name])) {
        if (typeof value === 'function' && value.prototype instanceof Error) names[key] = value.name;
      }
      return names;
    }, globalName);
  }

  function expectUnrenamed(classNames: Record<string, string>, mustInclude: string[]): void {
    expect(Object.keys(classNames)).to.include.members(mustInclude);
    const renamed = Object.entries(classNames).filter(([exported, name]) => exported !== name);
    expect(renamed, 'exported error classes whose name differs from the export').to.deep.equal([]);
  }

  it("keeps them in the edge build minified by a user's build, webhook rejections and handler timeouts included", async function () {
    const { classNames, reported } = await onPage('/edge.html', 'edgeUnderTest', async (page) => ({
      classNames: await exportedErrorNames(page, 'edgeUnderTest'),
      // The Fetch handler reports an unsigned request (onReject) and a handler that never settles (onError).
      reported: await page.evaluate(async () => {
        const sdk = (window as any).edgeUnderTest;
        const seen: Array<{ name: string; text: string; isExported: boolean; isBase: boolean }> = [];
        const note = (error: any) =>
          seen.push({
            name: error.name,
            text: String(error),
            isExported: error instanceof sdk[error.name],
            isBase: error instanceof sdk.SipgateIOError,
          });
        const handler = sdk.createFetchHandler({
          serverAddress: 'https://edge.example.com/sipgate',
          handlerTimeoutMs: 20,
          onReject: note,
          onError: note,
        });
        handler.onNewCall(() => new Promise(() => undefined));
        const form = { 'content-type': 'application/x-www-form-urlencoded' };
        const body = 'event=newCall&callId=1&from=4921100000&to=4921100001&direction=in';
        const unsigned = await handler(
          new Request('https://edge.example.com/sipgate', { method: 'POST', headers: form, body }),
        );
        const unchecked = sdk.createFetchHandler({
          serverAddress: 'https://edge.example.com/sipgate',
          skipSignatureVerification: true,
          handlerTimeoutMs: 20,
          onReject: note,
          onError: note,
        });
        unchecked.onNewCall(() => new Promise(() => undefined));
        const stuck = await unchecked(
          new Request('https://edge.example.com/sipgate', { method: 'POST', headers: form, body }),
        );
        return { seen, statuses: [unsigned.status, stuck.status] };
      }),
    }));
    expectUnrenamed(classNames, [...KNOWN_ERROR_CLASSES, 'WebhookRejectedError', 'WebhookHandlerTimeoutError']);
    expect(reported.statuses).to.deep.equal([401, 500]);
    expect(reported.seen.map((error) => error.name)).to.deep.equal([
      'WebhookRejectedError',
      'WebhookHandlerTimeoutError',
    ]);
    for (const error of reported.seen) {
      expect(error.text).to.match(new RegExp(`^${error.name}: `));
      expect(error.isExported && error.isBase, `${error.name} instanceof its class and SipgateIOError`).to.equal(true);
    }
  });

  it('keeps them in the softphone script-tag bundle, and its input check throws a ValidationError by name', async function () {
    const { classNames, invalid } = await onPage('/softphone.html', 'sipgateIOSoftphone', async (page) => ({
      classNames: await exportedErrorNames(page, 'sipgateIOSoftphone'),
      invalid: await page.evaluate(async () => {
        try {
          await (window as any).sipgateIOSoftphone.createSoftphone(null, { credentials: { username: '' } });
          return { name: 'nothing thrown', text: '' };
        } catch (error: any) {
          return { name: error.name, text: String(error), field: error.field };
        }
      }),
    }));
    expectUnrenamed(classNames, ['SoftphoneRegistrationError', 'SoftphoneCallError', 'MicrophonePermissionError']);
    expect(invalid.name).to.equal('ValidationError');
    expect(invalid.text).to.match(/^ValidationError: /);
  });
});
