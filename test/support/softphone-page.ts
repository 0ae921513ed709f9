/**
 * A page with the main bundle and the softphone bundle that exposes small helpers (start, dial, watch, sendRate)
 * and logs every phone and call event into window.log: the softphone browser tests and bench/softphone.ts drive it.
 */
import { promises as fs } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SANDBOX_CREDENTIALS, type Sandbox } from '../../lib/sandbox';
import { FAKE_MEDIA_ARGS, launchChromium, serveFiles, type StaticServer } from './browser';
import { repoPath } from './paths';

export const SOFTPHONE_TEST_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>softphone test</title></head>
<body>
<script src="/sipgate-io.min.js"></script>
<script src="/sipgate-io-softphone.min.js"></script>
<script>
  window.log = [];
  window.start = async (baseUrl, credentials, deviceId) => {
    const client = sipgateIO.sipgateIO(credentials, { baseUrl });
    const phone = await sipgateIOSoftphone.createSoftphone(client, { deviceId });
    window.phone = phone;
    for (const name of ['connecting', 'connected', 'disconnected', 'registered', 'unregistered'])
      phone.on(name, () => log.push('phone:' + name));
    phone.on('incoming', (call) => {
      window.incoming = call;
      watch(call, 'in');
    });
    return phone.username;
  };
  window.watch = (call, label) => {
    window.calls = window.calls || {};
    window.calls[label] = call;
    for (const name of ['ringing', 'answered', 'muted', 'unmuted'])
      call.on(name, () => log.push(label + ':' + name));
    call.on('held', (e) => log.push(label + ':held:' + e.by));
    call.on('resumed', (e) => log.push(label + ':resumed:' + e.by));
    call.on('dtmf', (e) => log.push(label + ':dtmf:' + e.tone));
    call.on('ended', (e) => {
      window.ends = window.ends || {};
      window.ends[label] = { cause: e.cause, reason: e.reason, by: e.by, status: e.status,
        error: e.error && { name: e.error.name, reason: e.error.reason, status: e.error.status } };
      log.push(label + ':ended:' + e.reason);
    });
  };
  window.dial = async (target) => {
    const call = await phone.call(target);
    watch(call, 'out');
    return call.state;
  };
  window.sendRate = async (label, ms) => {
    const before = await calls[label].stats();
    await new Promise((r) => setTimeout(r, ms));
    const after = await calls[label].stats();
    return ((after.bytesSent - before.bytesSent) * 1000) / ms;
  };
</script>
</body></html>`;

/** Opens the test page in a fresh browser context with the microphone allowed and starts a phone as `deviceId`. */
export async function openSoftphonePage(
  browser: Browser,
  pageUrl: string,
  sandbox: Sandbox,
  deviceId: string,
  pageErrors: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ permissions: ['microphone'] });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${deviceId}: ${error.message}`));
  await page.goto(pageUrl);
  await page.evaluate(([baseUrl, credentials, id]) => (window as any).start(baseUrl, credentials, id), [
    sandbox.url,
    SANDBOX_CREDENTIALS,
    deviceId,
  ] as const);
  return { context, page };
}

/** Serves the test page with the built main and softphone bundles on a loopback origin of its own. */
export async function serveSoftphoneTestPage(): Promise<StaticServer> {
  const read = (name: string) =>
    fs.readFile(repoPath('bundle', name), 'utf8').catch(() => {
      throw new Error(`bundle/${name} is missing: run "npm run build" first`);
    });
  const [main, softphone] = await Promise.all([read('sipgate-io.min.js'), read('sipgate-io-softphone.min.js')]);
  return serveFiles({
    '/': { type: 'text/html; charset=utf-8', body: SOFTPHONE_TEST_PAGE },
    '/sipgate-io.min.js': { type: 'text/javascript; charset=utf-8', body: main },
    '/sipgate-io-softphone.min.js': { type: 'text/javascript; charset=utf-8', body: softphone },
  });
}

/** The two phones of the softphone browser tests: e0 (alice) and e1 (bob), each in a browser context of its own. */
export interface PhonePair {
  alice: Page;
  bob: Page;
  /** Uncaught errors of either page; a test's afterEach expects none. */
  pageErrors: string[];
  /** Closes the pages, Chromium and the page server. */
  close(): Promise<void>;
}

/** Serves the test page, starts Chromium with a fake microphone and opens e0 and e1 on `sandbox`. */
export async function openPhonePair(sandbox: Sandbox): Promise<PhonePair> {
  const pageErrors: string[] = [];
  const contexts: BrowserContext[] = [];
  const pageServer = await serveSoftphoneTestPage();
  const chromium = await launchChromium(FAKE_MEDIA_ARGS).catch(async (error: unknown) => {
    await pageServer.close();
    throw error;
  });
  const close = async (): Promise<void> => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await chromium.close();
    await pageServer.close();
  };
  const open = async (deviceId: string): Promise<Page> => {
    const { context, page } = await openSoftphonePage(
      chromium.browser,
      `${pageServer.url}/`,
      sandbox,
      deviceId,
      pageErrors,
    );
    contexts.push(context);
    return page;
  };
  try {
    const [alice, bob] = await Promise.all([open('e0'), open('e1')]);
    return { alice, bob, pageErrors, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export const evaluate = <T>(page: Page, script: string): Promise<T> => page.evaluate(script) as Promise<T>;

export const waitFor = (page: Page, script: string, timeout = 15_000) =>
  page.waitForFunction(script, undefined, { timeout });

/** Forgets the pages' per-call state (log, ended calls, calls, the incoming call) before the next call. */
export async function freshCallState(pages: Page[]): Promise<void> {
  for (const page of pages)
    await evaluate(page, 'window.log = []; window.ends = {}; window.calls = {}; window.incoming = undefined; 0');
}

/** How the page's incoming or outgoing call ended ({ cause, reason, by }), once it has. */
export async function endedCall(page: Page, side: 'in' | 'out'): Promise<Record<string, unknown>> {
  await waitFor(page, `window.ends.${side} !== undefined`);
  return evaluate(page, `window.ends.${side}`);
}
