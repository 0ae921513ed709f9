/**
 * What loading the package costs a user until the first answer: fresh `node` processes that (a) load nothing,
 * (b) load our built dist/index.cjs, (c) load the official `sipgateio`; (b) and (c) then create a client and send
 * one request (GET /authorization/userinfo) to a local server in this process. Measured in the child: time of
 * require() alone, time to the first answer (require + client + request), and RSS / heap after a full GC once
 * the answer is in. Rounds alternate the order so drift (caches, CPU frequency) hits all three alike; medians.
 *
 * The official client hard-codes https://api.sipgate.com/v2: its bundled axios 0.27 honours `https_proxy` and sends
 * the request in plain HTTP with the absolute URL to the local server, which answers it.
 *
 * Run: npx ts-node bench/load-cost.ts [rounds]   (after `npm run build`)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const OURS = path.join(ROOT, 'dist', 'index.cjs');
const OFFICIAL = require.resolve('sipgateio', { paths: [ROOT] });
const ROUNDS = Number(process.argv[2] ?? 15);
const TARGET_FIRST_ANSWER = 4; // official/ours
const TARGET_RSS = 0.5; // ours/official (cost over bare node)

/** Runs in the child. */
const CHILD_SCRIPT = `
const { LOAD_TARGET: target, VARIANT: variant, PORT: port } = process.env;
const credentials = { username: 'bench@example.com', password: 'bench-password' };
const started = process.hrtime.bigint();
const since = () => Number(process.hrtime.bigint() - started) / 1e6;
(async () => {
  let loadMs = 0;
  if (target) {
    const sdk = require(target);
    loadMs = since();
    const client = variant === 'ours'
      ? sdk.sipgateIO(credentials, { baseUrl: 'http://127.0.0.1:' + port + '/v2', proxy: false })
      : sdk.sipgateIO(credentials);
    const info = await client.get('/authorization/userinfo');
    if (!info || info.sub !== 'w0') throw new Error('unexpected answer ' + JSON.stringify(info));
  }
  const firstAnswerMs = since();
  global.gc();
  const m = process.memoryUsage();
  process.stdout.write(JSON.stringify({ loadMs, firstAnswerMs, rss: m.rss, heapUsed: m.heapUsed }));
  process.exit(0);
})().catch((error) => { console.error(error); process.exit(1); });
`;

interface Sample {
  loadMs: number;
  firstAnswerMs: number;
  rss: number;
  heapUsed: number;
}

type Variant = 'bare' | 'ours' | 'official';
const TARGETS: Record<Variant, string> = { bare: '', ours: OURS, official: OFFICIAL };

function runOnce(variant: Variant, port: number): Promise<Sample> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', LOAD_TARGET: TARGETS[variant], VARIANT: variant };
  env.PORT = String(port);
  if (variant === 'official') env.https_proxy = `http://127.0.0.1:${port}`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '-e', CHILD_SCRIPT], { env, cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`${variant} child failed (${code}): ${stderr}`));
      else resolve(JSON.parse(stdout) as Sample);
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function medians(samples: Sample[]): Sample {
  return {
    loadMs: median(samples.map((s) => s.loadMs)),
    firstAnswerMs: median(samples.map((s) => s.firstAnswerMs)),
    rss: median(samples.map((s) => s.rss)),
    heapUsed: median(samples.map((s) => s.heapUsed)),
  };
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  if (!existsSync(OURS)) throw new Error(`${OURS} is missing: run "npm run build" first`);
  const userinfo = JSON.stringify({ sub: 'w0', domain: 'sipgate.de', masterSipId: '0000000', locale: 'de_DE' });
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(userinfo) });
    res.end(userinfo);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const samples: Record<Variant, Sample[]> = { bare: [], ours: [], official: [] };
  const orders: Variant[][] = [
    ['bare', 'ours', 'official'],
    ['official', 'ours', 'bare'],
    ['ours', 'bare', 'official'],
  ];
  await runOnce('ours', port); // warm the file system cache once for each, unmeasured
  await runOnce('official', port);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const variant of orders[round % orders.length]) samples[variant].push(await runOnce(variant, port));
  }
  server.close();
  const m = { bare: medians(samples.bare), ours: medians(samples.ours), official: medians(samples.official) };

  console.log(`Load cost until the first answer, fresh node ${process.version} processes, median of ${ROUNDS} rounds`);
  console.log('');
  console.log('variant    require()    first answer   RSS after      heap after (post-GC)');
  for (const variant of ['bare', 'ours', 'official'] as Variant[]) {
    const s = m[variant];
    console.log(
      `${variant.padEnd(10)} ${ms(s.loadMs).padEnd(12)} ${ms(s.firstAnswerMs).padEnd(14)} ${mb(s.rss).padEnd(14)} ${mb(s.heapUsed)}`,
    );
  }
  const rssOurs = m.ours.rss - m.bare.rss;
  const rssOfficial = m.official.rss - m.bare.rss;
  const firstAnswer = m.official.firstAnswerMs / m.ours.firstAnswerMs;
  const rss = rssOurs / rssOfficial;
  console.log('');
  console.log(`RSS over bare node: ours ${mb(rssOurs)}, official ${mb(rssOfficial)}`);
  console.log(
    `time to first answer official/ours = ${firstAnswer.toFixed(2)} (target >= ${TARGET_FIRST_ANSWER}: ${firstAnswer >= TARGET_FIRST_ANSWER ? 'met' : 'MISSED'}); ` +
      `require() official/ours = ${(m.official.loadMs / m.ours.loadMs).toFixed(2)}; ` +
      `RSS over bare ours/official = ${rss.toFixed(2)} (target <= ${TARGET_RSS}: ${rss <= TARGET_RSS ? 'met' : 'MISSED'})`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
