/**
 * Webhook server benchmark: our server, the official `sipgateio` server and a bare
 * node:http server, each in its own child process, under the same autocannon load
 * (50 connections, NEW_CALL answered with a Gather). Prints req/s, p99 and ratios,
 * then checks that N events sent under load reach our handler exactly N times.
 *
 *   npx ts-node bench/webhook-server.ts            (WEBHOOK_BENCH_SECONDS=3, WEBHOOK_BENCH_ROUNDS=2 by default)
 */
import type * as WebhookLib from '../lib/webhook';
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { join } from 'node:path';

const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  '2xx': number;
}

type Kind = 'ours' | 'ours-signed' | 'official' | 'bare';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.WEBHOOK_BENCH_SECONDS ?? 3);
const WARMUP_SECONDS = 1;
const ROUNDS = Number(process.env.WEBHOOK_BENCH_ROUNDS ?? 2);
const EXACT_N = 20_000;
const BODY =
  'event=newCall&from=492111234567&to=4915791234567&direction=in&callId=123456&origCallId=&xcid=abc' +
  '&user%5B%5D=Alice&user%5B%5D=Bob&userId%5B%5D=w0&userId%5B%5D=w1&fullUserId%5B%5D=1234567w0&fullUserId%5B%5D=1234567w1';
const vector = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'shared', 'sipgate-api', 'webhook-signature-testvector.json'), 'utf8'),
) as { body: string; signature_base64: string };

// ------------------------------------------------------------------ children

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function serve(kind: Kind): Promise<void> {
  let handled = 0;
  let port: number;
  if (kind === 'ours' || kind === 'ours-signed') {
    const { createWebhookModule, WebhookResponse } = require('../lib/webhook') as typeof WebhookLib;
    const server = await createWebhookModule().createServer({
      port: 0,
      hostname: '127.0.0.1',
      serverAddress: 'http://127.0.0.1/',
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
    const xml =
      '<?xml version="1.0" encoding="utf-8"?>\n<Response><Gather onData="http://127.0.0.1/" maxDigits="1" timeout="2000"/></Response>';
    const server = createHttpServer((req, res) => {
      const parts: Buffer[] = [];
      req.on('data', (chunk: Buffer) => parts.push(chunk));
      req.on('end', () => {
        const fields = new URLSearchParams(Buffer.concat(parts).toString('utf8'));
        if (fields.get('event') === 'newCall') handled++;
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(xml);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
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
  process: ChildProcess;
  port: number;
  ask(message: string): Promise<Record<string, number>>;
}

function startChild(kind: Kind): Promise<Child> {
  const child = fork(__filename, ['serve', kind], { execArgv: ['-r', 'ts-node/register'], stdio: 'inherit' });
  const ask = (message: string) =>
    new Promise<Record<string, number>>((resolve) => {
      child.once('message', (reply) => resolve(reply as Record<string, number>));
      child.send(message);
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${kind} server exited early (${code})`)));
    child.once('message', (msg) => resolve({ process: child, port: (msg as { port: number }).port, ask }));
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

function load(
  port: number,
  body: string,
  headers: Record<string, string>,
  extra: Record<string, unknown>,
): Promise<AutocannonResult> {
  return autocannon({
    url: `http://127.0.0.1:${port}/`,
    method: 'POST',
    connections: CONNECTIONS,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
    timeout: 10,
    ...extra,
  });
}

interface Row {
  name: string;
  rps: number;
  /** Server CPU µs spent per answered request during the measured run. */
  cpuPerRequest: number;
  p99: number;
  failed: number;
}

async function measure(kind: Kind, name: string): Promise<Row> {
  const child = await startChild(kind);
  try {
    const signed = kind === 'ours-signed';
    const body = signed ? vector.body : BODY;
    const headers: Record<string, string> = signed ? { 'x-sipgate-signature': vector.signature_base64 } : {};
    await load(child.port, body, headers, { duration: WARMUP_SECONDS });
    const before = (await child.ask('cpu')).cpu;
    const result = await load(child.port, body, headers, { duration: SECONDS });
    const cpu = (await child.ask('cpu')).cpu - before;
    return {
      name,
      rps: result.requests.average,
      p99: result.latency.p99,
      cpuPerRequest: cpu / Math.max(1, result['2xx']),
      failed: result.non2xx + result.errors + result.timeouts,
    };
  } finally {
    await stopChild(child);
  }
}

async function exactlyOnce(): Promise<boolean> {
  const child = await startChild('ours');
  try {
    await child.ask('reset');
    const result = await load(child.port, BODY, {}, { amount: EXACT_N });
    const { count } = await child.ask('count');
    const ok = count === EXACT_N && result['2xx'] === EXACT_N;
    console.log(
      `\nexactly-once: sent ${EXACT_N} NEW_CALL events with ${CONNECTIONS} connections -> ${result['2xx']} x 200, handler ran ${count} times: ${ok ? 'OK' : 'MISMATCH'}`,
    );
    return ok;
  } finally {
    await stopChild(child);
  }
}

async function main(): Promise<void> {
  console.log(
    `webhook server benchmark: ${CONNECTIONS} connections, ${SECONDS}s per server (+${WARMUP_SECONDS}s warm-up), best of ${ROUNDS} interleaved rounds, NEW_CALL -> Gather, node ${process.version}\n`,
  );
  // Two interleaved rounds, best of each: the machine may be shared, and interleaving spreads that noise evenly.
  const servers: [Kind, string][] = [
    ['ours', 'ours (sipgate-io-sdk)'],
    ['official', 'official sipgateio 2.15.1'],
    ['bare', 'bare node:http + URLSearchParams'],
    ['ours-signed', 'ours, RSA-4096 signature verified'],
  ];
  const rows: Row[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, [kind, name]] of servers.entries()) {
      const row = await measure(kind, name);
      const best = rows[index];
      if (best === undefined) rows[index] = row;
      else {
        const failed = row.failed + best.failed;
        const cpuPerRequest = Math.min(row.cpuPerRequest, best.cpuPerRequest);
        rows[index] = { ...(row.rps > best.rps ? row : best), failed, cpuPerRequest };
      }
    }
  }
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(36)} ${row.rps.toFixed(0).padStart(8)} req/s   p99 ${String(row.p99).padStart(4)} ms   ` +
        `server CPU ${row.cpuPerRequest.toFixed(1).padStart(6)} µs/req   failed ${row.failed}`,
    );
  }
  const [ours, official, bare] = rows;
  const vsOfficial = ours.rps / official.rps;
  const vsBare = ours.rps / bare.rps;
  console.log(
    `\nratio ours/official: ${vsOfficial.toFixed(2)}x (target >= 4)   ${vsOfficial >= 4 ? 'MET' : 'NOT MET'}`,
  );
  console.log(`ratio ours/bare:     ${vsBare.toFixed(2)}x (target >= 0.75) ${vsBare >= 0.75 ? 'MET' : 'NOT MET'}`);
  // Load generator and servers share the CPUs; per-request server CPU is the steadier comparison.
  console.log(
    `CPU per request: official/ours ${(official.cpuPerRequest / ours.cpuPerRequest).toFixed(2)}x cheaper, ` +
      `bare/ours ${(bare.cpuPerRequest / ours.cpuPerRequest).toFixed(2)} (1.00 = as cheap as bare)`,
  );
  const once = await exactlyOnce();
  if (!once || rows.some((row) => row.failed > 0 && row.name.startsWith('ours'))) process.exitCode = 1;
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
