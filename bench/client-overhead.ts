/**
 * REST request cost as users feel it, with the server and every client in separate processes (one client process
 * per contender, so no contender's garbage or JIT state touches another's), at two body sizes:
 *   small: GET /authorization/userinfo through the low-level client (`client.get`) — most sipgate calls are this size
 *   page:  a 50-entry history page through the history module (`history.fetchAll({}, { limit: 50 })`)
 * Contenders: ours (dist/index.cjs, so run `npm run build` first), the official `sipgateio` 2.15 package, and raw
 * node:http with a keep-alive agent plus JSON.parse (the floor).
 *
 * The official client hard-codes https://api.sipgate.com/v2; its bundled axios 0.27 honours `https_proxy` and then
 * sends the request in plain HTTP with the absolute URL to the "proxy", which is our local server. The server
 * counts such requests to prove the official contender really reached it, and refuses anything else.
 *
 * Rounds are interleaved: every round runs every contender once per size, the order rotated per round. Per round
 * each client process reports wall time and its own CPU time (process.cpuUsage), so CPU per request excludes the
 * server. Printed: req/s and CPU µs per request (all rounds together), then the ratios against the targets.
 *
 * Run: npx ts-node bench/client-overhead.ts [requests-per-round=1000] [concurrency=10] [rounds=5]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const REQUESTS = Number(process.argv[2] ?? 1000);
const CONCURRENCY = Number(process.argv[3] ?? 10);
const ROUNDS = Number(process.argv[4] ?? 5);
const WARMUP = 300;
/** Stop adding rounds after this long, so the run stays bounded. */
const TIME_BUDGET_MS = 150_000;
const ROOT = path.join(__dirname, '..');
const OURS = path.join(ROOT, 'dist', 'index.cjs');

/** The server: answers userinfo and a 50-entry history page, directly or as the official client's "proxy". */
const SERVER_SCRIPT = `
const http = require('node:http');
const entry = (n) => ({
  id: 'entry-' + n, source: '+4921100000000', target: '+4915799912345', sourceAlias: 'Ada Lovelace',
  targetAlias: '', type: 'CALL', created: '2024-03-01T12:30:00Z', lastModified: '2024-03-01T12:31:00Z',
  direction: 'INCOMING', incoming: true, status: 'PICKUP', connectionIds: ['p0'], read: false, archived: false,
  note: '', endpoints: [{ type: 'ROUTED', endpoint: { extension: 'p0', type: 'PHONELINE' } }], starred: false,
  labels: [], callId: 'call-' + n, recordings: [], duration: 42, callStatus: 'SUCCESS',
});
const bodies = {
  '/v2/authorization/userinfo': JSON.stringify({ sub: 'w0', domain: 'sipgate.de', masterSipId: '0000000', locale: 'de_DE' }),
  '/v2/history': JSON.stringify({ items: Array.from({ length: 50 }, (_, n) => entry(n)), totalCount: 500 }),
};
const stats = { direct: 0, proxied: 0 };
const server = http.createServer((req, res) => {
  if (/^https?:\\/\\//.test(req.url)) stats.proxied += 1; else stats.direct += 1;
  const body = bodies[new URL(req.url, 'http://local').pathname];
  res.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body || '') });
  res.end(body || '');
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port, sizes: Object.fromEntries(Object.entries(bodies).map(([k, v]) => [k, v.length])) }));
process.on('message', (m) => { if (m === 'stats') process.send({ stats }); });
`;

/** A client process: builds its contender once, then runs rounds on request and reports wall and CPU time. */
const CLIENT_SCRIPT = `
const http = require('node:http');
const { ROLE, PORT, OURS } = process.env;
const base = 'http://127.0.0.1:' + PORT + '/v2';
const credentials = { username: 'bench@example.com', password: 'bench-password' };
let calls;
if (ROLE === 'ours') {
  const { sipgateIO } = require(OURS);
  const client = sipgateIO(credentials, { baseUrl: base, maxRetries: 0, proxy: false });
  calls = { small: () => client.get('/authorization/userinfo'), page: () => client.history.fetchAll({}, { limit: 50 }) };
} else if (ROLE === 'official') {
  process.env.https_proxy = process.env.HTTPS_PROXY = 'http://127.0.0.1:' + PORT;
  require('node:https').request = () => { throw new Error('https request blocked: the proxy was ignored'); };
  const { sipgateIO, createHistoryModule } = require('sipgateio');
  const client = sipgateIO(credentials);
  const history = createHistoryModule(client);
  calls = { small: () => client.get('/authorization/userinfo'), page: () => history.fetchAll({}, { limit: 50 }) };
} else {
  const agent = new http.Agent({ keepAlive: true });
  const authorization = 'Basic ' + Buffer.from(credentials.username + ':' + credentials.password).toString('base64');
  const get = (url) => new Promise((resolve, reject) => {
    http.get(url, { agent, headers: { Authorization: authorization, Accept: 'application/json' } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      res.on('error', reject);
    }).on('error', reject);
  });
  calls = { small: () => get(base + '/authorization/userinfo'), page: () => get(base + '/history?limit=50') };
}
async function drive(send, count, concurrency) {
  let issued = 0;
  const worker = async () => { while (issued < count) { issued += 1; await send(); } };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
process.on('message', async ({ size, count, concurrency }) => {
  try {
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    await drive(calls[size], count, concurrency);
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    const used = process.cpuUsage(cpu);
    process.send({ wallMs, cpuMs: (used.user + used.system) / 1000 });
  } catch (error) {
    process.send({ error: String(error && error.stack || error) });
  }
});
process.send({ ready: true });
`;

type Size = 'small' | 'page';
const SIZES: Size[] = ['small', 'page'];
const CONTENDERS = ['ours', 'official', 'node:http'] as const;
type Contender = (typeof CONTENDERS)[number];

function start(script: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['-e', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_PATH: path.join(ROOT, 'node_modules'), ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`child exited (${code})`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      const failure = (message as { error?: string }).error;
      if (failure) reject(new Error(failure));
      else resolve(message as T);
    });
  });
}

interface Totals {
  wallMs: number;
  cpuMs: number;
  requests: number;
}

async function main(): Promise<void> {
  if (!existsSync(OURS)) throw new Error(`${OURS} is missing: run "npm run build" first`);
  const server = start(SERVER_SCRIPT, {});
  const { port, sizes } = await nextMessage<{ port: number; sizes: Record<string, number> }>(server);
  const clients = new Map<Contender, ChildProcess>();
  for (const contender of CONTENDERS) {
    const child = start(CLIENT_SCRIPT, { ROLE: contender, PORT: String(port), OURS });
    await nextMessage(child);
    clients.set(contender, child);
  }
  const run = async (contender: Contender, size: Size, count: number) => {
    const child = clients.get(contender)!;
    const reply = nextMessage<{ wallMs: number; cpuMs: number }>(child);
    child.send({ size, count, concurrency: CONCURRENCY });
    return reply;
  };

  const started = Date.now();
  for (const size of SIZES) for (const contender of CONTENDERS) await run(contender, size, WARMUP);
  const totals = new Map<string, Totals>();
  let rounds = 0;
  for (let round = 0; round < ROUNDS && Date.now() - started < TIME_BUDGET_MS; round += 1) {
    for (const size of SIZES) {
      for (let index = 0; index < CONTENDERS.length; index += 1) {
        const contender = CONTENDERS[(round + index) % CONTENDERS.length];
        const count = size === 'small' ? REQUESTS : Math.ceil(REQUESTS / 2);
        const { wallMs, cpuMs } = await run(contender, size, count);
        const key = `${size} ${contender}`;
        const sum = totals.get(key) ?? { wallMs: 0, cpuMs: 0, requests: 0 };
        totals.set(key, { wallMs: sum.wallMs + wallMs, cpuMs: sum.cpuMs + cpuMs, requests: sum.requests + count });
      }
    }
    rounds += 1;
  }
  server.send('stats');
  const { stats } = await nextMessage<{ stats: { direct: number; proxied: number } }>(server);

  console.log(
    `client overhead: node ${process.version}; server and each client in its own process; concurrency ${CONCURRENCY}; ` +
      `${rounds} interleaved rounds of ${REQUESTS} (small) / ${Math.ceil(REQUESTS / 2)} (page) requests each`,
  );
  console.log(
    `small = GET /authorization/userinfo via client.get (${sizes['/v2/authorization/userinfo']} B); ` +
      `page = history.fetchAll({}, { limit: 50 }) (${(sizes['/v2/history'] / 1024).toFixed(1)} KB)`,
  );
  const rate = (t: Totals) => (t.requests / t.wallMs) * 1000;
  const cpuPerRequest = (t: Totals) => (t.cpuMs / t.requests) * 1000;
  for (const size of SIZES) {
    console.log('');
    console.log(`${size.padEnd(6)} contender     req/s   client CPU µs/req`);
    for (const contender of CONTENDERS) {
      const t = totals.get(`${size} ${contender}`)!;
      console.log(
        `       ${contender.padEnd(10)} ${rate(t).toFixed(0).padStart(8)}   ${cpuPerRequest(t).toFixed(0).padStart(17)}`,
      );
    }
    const ours = totals.get(`${size} ours`)!;
    const official = totals.get(`${size} official`)!;
    const raw = totals.get(`${size} node:http`)!;
    const target = size === 'small' ? 1.5 : 2.0;
    const speed = rate(ours) / rate(official);
    const cpu = cpuPerRequest(ours) / cpuPerRequest(raw);
    console.log(
      `${size}: req/s ours/official = ${speed.toFixed(2)} (target >= ${target.toFixed(1)}: ${speed >= target ? 'met' : 'MISSED'}); ` +
        `CPU/request ours/node:http = ${cpu.toFixed(2)} (target <= 1.3: ${cpu <= 1.3 ? 'met' : 'MISSED'}); ` +
        `CPU/request official/ours = ${(cpuPerRequest(official) / cpuPerRequest(ours)).toFixed(2)}`,
    );
  }
  console.log('');
  console.log(
    `server saw ${stats.direct} direct and ${stats.proxied} proxied (official) requests; ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const child of [server, ...clients.values()]) child.kill();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
