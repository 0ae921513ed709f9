/**
 * Webhook server benchmark. Contenders, each in its own child process, measured in the same interleaved
 * rounds (order rotated every round, no best-of), with fresh processes, warmed up, in every round:
 *   ours            createWebhookModule().createServer, signature check off
 *   bare            node:http + URLSearchParams answering the same XML with Content-Length
 *   official        sipgateio 2.15.1's server
 *   ours-signed     ours, verifying X-Sipgate-Signature (RSA-4096)
 *   bare-signed     bare + node:crypto verify of the same signature
 * NEW_CALL answered with a Gather, at 1 and at 50 connections. The figure that counts is server
 * CPU per request (user + system of the server process / answered requests): on a shared machine
 * it is steadier than req/s. Each round runs ours right next to its bare counterpart, the two taking
 * turns in short slices over connections that stay open, so noise from the host hits both alike; the
 * target is judged on the median of the per-round ratios, printed next to the ratio of all rounds'
 * totals. Then N events sent under load must reach our handler exactly N times.
 *
 * Ours is the built package (dist/index.cjs), as users run it: `npm run build` first.
 *
 *   npx ts-node bench/webhook-server.ts   (WEBHOOK_BENCH_SECONDS=2, WEBHOOK_BENCH_ROUNDS=8 and
 *   WEBHOOK_BENCH_SLICES=8 by default)
 */
import type * as Sdk from '../lib/index';
import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { KeepAliveLoad, postRequest } from './support/keep-alive-load';

type Kind = 'ours' | 'bare' | 'official' | 'ours-signed' | 'bare-signed';

const CONNECTION_LEVELS = [1, 50];
const SECONDS = Number(process.env.WEBHOOK_BENCH_SECONDS ?? 2);
const WARMUP_SECONDS = 2;
const ROUNDS = Number(process.env.WEBHOOK_BENCH_ROUNDS ?? 8);
const SLICES = Number(process.env.WEBHOOK_BENCH_SLICES ?? 8);
const EXACT_N = 20_000;
const ADDRESS = 'http://127.0.0.1/';
const GATHER_XML = `<?xml version="1.0" encoding="utf-8"?>\n<Response><Gather maxDigits="1" timeout="2000" onData="${ADDRESS}"/></Response>`;
const BODY =
  'event=newCall&from=492111234567&to=4915791234567&direction=in&callId=123456&origCallId=&xcid=abc' +
  '&user%5B%5D=Alice&user%5B%5D=Bob&userId%5B%5D=w0&userId%5B%5D=w1&fullUserId%5B%5D=1234567w0&fullUserId%5B%5D=1234567w1';
const SPEC = join(__dirname, '..', 'spec');
const OURS = join(__dirname, '..', 'dist', 'index.cjs');
const vector = JSON.parse(readFileSync(join(SPEC, 'webhook-signature-testvector.json'), 'utf8')) as {
  body: string;
  signature_base64: string;
};

const CONTENDERS: Array<[Kind, string]> = [
  ['ours', 'ours (sipgate-io-sdk)'],
  ['bare', 'bare node:http + URLSearchParams'],
  ['official', 'official sipgateio 2.15.1'],
  ['ours-signed', 'ours, RSA-4096 signature verified'],
  ['bare-signed', 'bare + node:crypto verify'],
];

// ------------------------------------------------------------------ children

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The bare contender: what a hand-written server needs at least (read, parse, optionally verify, answer). */
async function bareServer(signed: boolean, count: () => void): Promise<number> {
  const key = createPublicKey(readFileSync(join(SPEC, 'webhook-pubkey.pem'), 'utf8'));
  const server = createHttpServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (chunk: Buffer) => parts.push(chunk));
    req.on('end', () => {
      const raw = parts.length === 1 ? parts[0] : Buffer.concat(parts);
      if (signed) {
        const signature = Buffer.from(String(req.headers['x-sipgate-signature']), 'base64');
        if (!verify('sha256', raw, key, signature)) {
          res.writeHead(403, { 'content-length': '0' });
          res.end();
          return;
        }
      }
      const fields = new URLSearchParams(raw.toString('utf8'));
      if (fields.get('event') === 'newCall') count();
      res.writeHead(200, {
        'content-type': 'application/xml',
        'content-length': String(Buffer.byteLength(GATHER_XML)),
      });
      res.end(GATHER_XML);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function serve(kind: Kind): Promise<void> {
  let handled = 0;
  const count = () => void handled++;
  let port: number;
  if (kind === 'ours' || kind === 'ours-signed') {
    // The built package, as users run it (ts-node's per-file CommonJS of lib/ costs more per request).
    const { createWebhookModule, WebhookResponse } = require(OURS) as typeof Sdk;
    const server = await createWebhookModule().createServer({
      port: 0,
      hostname: '127.0.0.1',
      serverAddress: ADDRESS,
      skipSignatureVerification: kind === 'ours',
    });
    server.onNewCall(() => {
      handled++;
      return WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 2000 });
    });
    port = server.port;
  } else if (kind === 'official') {
    const official = require('sipgateio');
    port = await freePort();
    // serverAddress must match Host + path, or the official server logs an error on every request.
    const server = await official.createWebhookModule().createServer({
      port,
      hostname: '127.0.0.1',
      serverAddress: `http://127.0.0.1:${port}/`,
      skipSignatureVerification: true, // also skips its X-Forwarded-For origin check
    });
    server.onNewCall(() => {
      handled++;
      return official.WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 2000 });
    });
  } else {
    port = await bareServer(kind === 'bare-signed', count);
  }
  process.on('message', (message) => {
    if (message === 'count') process.send!({ count: handled });
    // Server CPU time (user + system, µs): a load-independent cost measure on a shared machine.
    if (message === 'cpu') {
      const usage = process.cpuUsage();
      process.send!({ cpu: usage.user + usage.system });
    }
    if (message === 'reset') {
      handled = 0;
      process.send!({ count: handled });
    }
    if (message === 'exit') process.exit(0);
  });
  process.send!({ port });
}

interface Child {
  kind: Kind;
  process: ChildProcess;
  port: number;
  ask(message: string): Promise<Record<string, number>>;
}

/**
 * With two or more cores (and Linux's taskset), the servers run on core 1 and this process, which generates the
 * load, on core 0: they no longer take turns on the same core, which made single rounds swing by half.
 */
const PINNED = cpus().length >= 2 && pinToCore(process.pid, 0);

function pinToCore(pid: number, core: number): boolean {
  try {
    execFileSync('taskset', ['-a', '-p', '-c', String(core), String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function startChild(kind: Kind): Promise<Child> {
  const child = fork(__filename, ['serve', kind], { execArgv: ['-r', 'ts-node/register'], stdio: 'inherit' });
  if (PINNED && child.pid !== undefined) pinToCore(child.pid, 1);
  const ask = (message: string) =>
    new Promise<Record<string, number>>((resolve) => {
      child.once('message', (reply) => resolve(reply as Record<string, number>));
      child.send(message);
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${kind} server exited early (${code})`)));
    child.once('message', (msg) => resolve({ kind, process: child, port: (msg as { port: number }).port, ask }));
  });
}

function stopChild(child: Child): Promise<void> {
  return new Promise((resolve) => {
    child.process.removeAllListeners('exit');
    child.process.once('exit', () => resolve());
    child.process.send('exit');
  });
}

// ------------------------------------------------------------------ load

const FORM_HEADERS = { 'content-type': 'application/x-www-form-urlencoded' };
const PLAIN_REQUEST = postRequest('/', FORM_HEADERS, BODY);
const SIGNED_REQUEST = postRequest(
  '/',
  { ...FORM_HEADERS, 'x-sipgate-signature': vector.signature_base64 },
  vector.body,
);

function loadFor(child: Child, connections: number): KeepAliveLoad {
  const signed = child.kind === 'ours-signed' || child.kind === 'bare-signed';
  return new KeepAliveLoad(child.port, connections, signed ? SIGNED_REQUEST : PLAIN_REQUEST);
}

interface Totals {
  requests: number;
  cpu: number;
  seconds: number;
  failed: number;
  latencies: number[];
  /** CPU µs per request of each round. */
  perRound: number[];
}

/**
 * One round of a group (ours and its bare counterpart, or official alone): each contender gets SLICES short slices
 * of load, alternating A B B A …, so a drift of the shared host hits both members of a pair alike. The connections
 * stay open across slices (and are reopened, unmeasured, if a server closed them while the other groups ran).
 */
async function measureRound(group: Contender[], totals: Map<Kind, Totals>): Promise<void> {
  for (const { load } of group) await load.prepare();
  const round = new Map(group.map(({ child }) => [child.kind, { cpu: 0, requests: 0 }]));
  for (let slice = 0; slice < SLICES; slice++) {
    for (const { child, load } of slice % 2 === 0 ? group : [...group].reverse()) {
      const before = (await child.ask('cpu')).cpu;
      const result = await load.run((SECONDS * 1000) / SLICES);
      const cpu = (await child.ask('cpu')).cpu - before;
      const t = totals.get(child.kind)!;
      t.cpu += cpu;
      t.requests += result.ok;
      t.seconds += result.seconds;
      t.failed += result.failed;
      for (const latency of result.latencies) t.latencies.push(latency);
      round.get(child.kind)!.cpu += cpu;
      round.get(child.kind)!.requests += result.ok;
    }
  }
  for (const { child } of group) {
    const { cpu, requests } = round.get(child.kind)!;
    totals.get(child.kind)!.perRound.push(cpu / Math.max(1, requests));
  }
}

interface Contender {
  child: Child;
  load: KeepAliveLoad;
}

/** The contenders measured back to back in a round: ours next to its bare counterpart. */
const GROUPS: Kind[][] = [['ours', 'bare'], ['ours-signed', 'bare-signed'], ['official']];

async function exactlyOnce(): Promise<boolean> {
  const child = await startChild('ours');
  const load = loadFor(child, 50);
  try {
    await child.ask('reset');
    await load.prepare();
    const result = await load.run(60_000, EXACT_N);
    const { count } = await child.ask('count');
    const ok = count === EXACT_N && result.ok === EXACT_N;
    console.log(
      `\nexactly-once: sent ${EXACT_N} NEW_CALL events with 50 connections -> ${result.ok} x 2xx, handler ran ${count} times: ${ok ? 'OK' : 'MISMATCH'}`,
    );
    return ok;
  } finally {
    load.close();
    await stopChild(child);
  }
}

/**
 * Fresh server processes for one group and round, connected and warmed up. A new process every round, because how
 * V8 happens to optimise one process (which functions end up polymorphic, say) lasts as long as the process: a
 * single process per contender would be one sample of that, repeated.
 */
async function startGroup(kinds: Kind[], connections: number): Promise<Contender[]> {
  const group: Contender[] = [];
  for (const kind of kinds) {
    const child = await startChild(kind);
    const load = loadFor(child, connections);
    group.push({ child, load });
    await load.prepare();
    await load.run(WARMUP_SECONDS * 1000);
  }
  return group;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? 0;

async function main(): Promise<void> {
  if (!existsSync(OURS)) throw new Error(`${OURS} is missing: run "npm run build" first`);
  console.log(
    `webhook server benchmark: ${ROUNDS} interleaved rounds x ${SECONDS}s per contender and connection level ` +
      `in ${SLICES} alternating slices (after ${WARMUP_SECONDS}s warm-up each), NEW_CALL -> Gather, node ${process.version}; ` +
      `${PINNED ? 'servers on core 1, load generator on core 0' : 'processes not pinned to cores'}\n`,
  );
  let failedOurs = false;
  for (const connections of CONNECTION_LEVELS) {
    const totals = new Map<Kind, Totals>(
      CONTENDERS.map(([kind]) => [kind, { requests: 0, cpu: 0, seconds: 0, failed: 0, latencies: [], perRound: [] }]),
    );
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the groups, and alternate which of a pair goes first.
      for (let g = 0; g < GROUPS.length; g++) {
        const group = await startGroup(GROUPS[(g + round) % GROUPS.length], connections);
        try {
          await measureRound(round % 2 === 0 ? group : [...group].reverse(), totals);
        } finally {
          for (const { child, load } of group) {
            load.close();
            await stopChild(child);
          }
        }
      }
    }
    console.log(`--- ${connections} connection${connections === 1 ? '' : 's'}`);
    const cpuPerRequest = (kind: Kind) => totals.get(kind)!.cpu / Math.max(1, totals.get(kind)!.requests);
    for (const [kind, name] of CONTENDERS) {
      const t = totals.get(kind)!;
      if (t.failed > 0 && kind.startsWith('ours')) failedOurs = true;
      console.log(
        `${name.padEnd(36)} ${(t.requests / t.seconds).toFixed(0).padStart(7)} req/s   ` +
          `p99 ${percentile(t.latencies, 0.99).toFixed(2).padStart(6)} ms   ` +
          `server CPU ${cpuPerRequest(kind).toFixed(1).padStart(6)} µs/req   failed ${t.failed}`,
      );
    }
    const pairedMedian = (a: Kind, b: Kind) =>
      median(totals.get(a)!.perRound.map((value, round) => value / totals.get(b)!.perRound[round]));
    const plain = pairedMedian('ours', 'bare');
    const plainTotals = cpuPerRequest('ours') / cpuPerRequest('bare');
    const perRound = totals
      .get('ours')!
      .perRound.map((value, round) => (value / totals.get('bare')!.perRound[round]).toFixed(2))
      .join(' ');
    console.log(
      `CPU per request ours/bare: median of rounds ${plain.toFixed(2)}x (target <= 1.10) ${plain <= 1.1 ? 'MET' : 'NOT MET'}; ` +
        `all rounds' totals ${plainTotals.toFixed(2)}x; per round ${perRound}\n` +
        `signed ours/bare: median of rounds ${pairedMedian('ours-signed', 'bare-signed').toFixed(2)}x   ` +
        `official/ours: ${(cpuPerRequest('official') / cpuPerRequest('ours')).toFixed(2)}x\n`,
    );
  }
  const once = await exactlyOnce();
  if (!once || failedOurs) process.exitCode = 1;
}

if (process.argv[2] === 'serve') {
  serve(process.argv[3] as Kind).catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
