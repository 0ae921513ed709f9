/**
 * Softphone figures, in one run:
 * 1. Sizes: bundle/sipgate-io-softphone.min.js (JsSIP built in) next to the main bundle, and proof that the main
 *    bundle carries no softphone code (no JsSIP, no createSoftphone) and did not grow because of it.
 * 2. Timings in real headless Chromium with a fake microphone against the sandbox, over several runs: register
 *    (createSoftphone until registered), call set-up (phone.call until answered, the callee answering at once)
 *    and first audio (answered until the caller's getStats shows received RTP bytes).
 *
 * Run: npm run bench:softphone [-- --runs 5]   (after `npm run build`)
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { createSandbox, SANDBOX_CREDENTIALS } from '../lib/sandbox';
import { FAKE_MEDIA_ARGS, launchChromium, serveFiles } from '../test/support/browser';
import { SOFTPHONE_TEST_PAGE } from '../test/support/softphone-page';

const ROOT = path.join(__dirname, '..');
const runsIndex = process.argv.indexOf('--runs');
const RUNS = runsIndex > 0 ? Number(process.argv[runsIndex + 1]) : 5;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = (code: Buffer) => ({ min: code.length, gzip: gzipSync(code, { level: 9 }).length });

/** The main bundle as committed on `ref`, when git has it. */
function committedMainBundle(ref: string): Buffer | undefined {
  try {
    return execFileSync('git', ['show', `${ref}:bundle/sipgate-io.min.js`], { cwd: ROOT, maxBuffer: 1 << 26 });
  } catch {
    return undefined;
  }
}

async function sizeReport(): Promise<void> {
  const softphone = await fs.readFile(path.join(ROOT, 'bundle', 'sipgate-io-softphone.min.js'));
  const main = await fs.readFile(path.join(ROOT, 'bundle', 'sipgate-io.min.js'));
  const s = sizes(softphone);
  const m = sizes(main);
  console.log('bundle sizes (minified / gzip -9):');
  console.log(`  sipgate-io-softphone.min.js  ${kb(s.min)} / ${kb(s.gzip)}  (JsSIP included)`);
  console.log(`  sipgate-io.min.js            ${kb(m.min)} / ${kb(m.gzip)}`);
  console.log(`  softphone / main (gzip)      ${(s.gzip / m.gzip).toFixed(2)}x`);
  const text = main.toString('utf8');
  const markers = ['JsSIP', 'createSoftphone', 'RTCPeerConnection', 'SoftphoneCallError', 'sdp-transform'];
  const found = markers.filter((marker) => text.includes(marker));
  console.log(`  softphone code in the main bundle: ${found.length === 0 ? 'none' : found.join(', ')}`);
  const base = process.env.BENCH_BASE_REF;
  const before = base ? committedMainBundle(base) : undefined;
  if (before) {
    const b = sizes(before);
    console.log(
      `  main bundle vs ${base}: ${kb(b.gzip)} -> ${kb(m.gzip)} gzip (${(m.gzip / b.gzip).toFixed(3)}x; only REST changes count here)`,
    );
  }
}

interface Timing {
  registerMs: number;
  setupMs: number;
  firstAudioMs: number;
}

async function oneRun(open: () => Promise<[Page, Page]>, baseUrl: string): Promise<Timing> {
  const [caller, callee] = await open();
  const register = (page: Page, deviceId: string) =>
    page.evaluate(
      async ([url, credentials, id]) => {
        const started = performance.now();
        await (window as any).start(url, credentials, id);
        return performance.now() - started;
      },
      [baseUrl, SANDBOX_CREDENTIALS, deviceId] as const,
    );
  const [registerMs] = await Promise.all([register(caller, 'e0'), register(callee, 'e1')]);
  await callee.evaluate(() => (window as any).phone.on('incoming', (call: any) => call.answer()));
  const { setupMs, firstAudioMs } = await caller.evaluate(async () => {
    const w = window as any;
    const started = performance.now();
    const call = await w.phone.call('+4921100000001');
    await call.connected();
    const answered = performance.now();
    for (;;) {
      const stats = await call.stats();
      if (stats.bytesReceived > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const audio = performance.now();
    call.hangup();
    await w.phone.close();
    return { setupMs: answered - started, firstAudioMs: audio - answered };
  });
  await callee.evaluate(() => (window as any).phone.close());
  return { registerMs, setupMs, firstAudioMs };
}

function summary(label: string, values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `  ${label.padEnd(13)} median ${median.toFixed(0).padStart(5)} ms   min ${sorted[0].toFixed(0).padStart(5)} ms   max ${sorted[sorted.length - 1].toFixed(0).padStart(5)} ms`;
}

async function timingReport(): Promise<void> {
  const read = (name: string) => fs.readFile(path.join(ROOT, 'bundle', name), 'utf8');
  const sandbox = await createSandbox();
  const pages = await serveFiles({
    '/': { type: 'text/html; charset=utf-8', body: SOFTPHONE_TEST_PAGE },
    '/sipgate-io.min.js': { type: 'text/javascript', body: await read('sipgate-io.min.js') },
    '/sipgate-io-softphone.min.js': { type: 'text/javascript', body: await read('sipgate-io-softphone.min.js') },
  });
  const chromium = await launchChromium(FAKE_MEDIA_ARGS);
  const timings: Timing[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const contexts = await Promise.all(
        [0, 1].map(() => chromium.browser.newContext({ permissions: ['microphone'] })),
      );
      const open = async () => {
        const opened = await Promise.all(contexts.map((context) => context.newPage()));
        await Promise.all(opened.map((page) => page.goto(`${pages.url}/`)));
        return opened as [Page, Page];
      };
      timings.push(await oneRun(open, sandbox.url));
      await Promise.all(contexts.map((context) => context.close()));
    }
  } finally {
    await chromium.close();
    await pages.close();
    await sandbox.stop();
  }
  console.log(`softphone timings in headless Chromium against the sandbox (${RUNS} runs, fresh pages each):`);
  console.log(
    summary(
      'register',
      timings.map((t) => t.registerMs),
    ),
  );
  console.log(
    summary(
      'call set-up',
      timings.map((t) => t.setupMs),
    ),
  );
  console.log(
    summary(
      'first audio',
      timings.map((t) => t.firstAudioMs),
    ),
  );
}

async function main(): Promise<void> {
  await sizeReport();
  await timingReport();
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
