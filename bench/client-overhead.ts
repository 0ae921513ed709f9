/**
 * Per-request overhead of our HTTP client, side by side in one run, against one local node:http server:
 *   (a) ours:     createHttpClient(...).get('/history')
 *   (b) axios:    plain axios.get(url) — the floor, since our client is built on axios
 *   (c) official: the `sipgateio` 2.15 package, `sipgateIO({ username, password }).get('/history')`
 *   (d) the axios copy bundled inside `sipgateio` (0.27), bare — to separate transport cost from client code
 *
 * The official client hard-codes https://api.sipgate.com/v2 and keeps its axios instance private. Its bundled
 * axios (0.27) honours the `https_proxy` environment variable and then sends a plain-HTTP request with the
 * absolute URL to the proxy, so the local server, posing as that proxy, answers it directly. The server counts
 * such proxied requests to prove the official contestant really hit it; `https.request` is blocked for the
 * whole run so nothing can leak to the internet if the proxy were ignored.
 *
 * Each round runs every contestant once (order rotated per round, to spread drift evenly): REQUESTS requests
 * with CONCURRENCY workers, each sending its next request when the previous one is answered.
 *
 * Run: npx ts-node bench/client-overhead.ts [requests=2000] [concurrency=10] [rounds=5]
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { createHttpClient } from '../lib/core/http-client';
import { createNodeTransport } from '../lib/core/transport/node';

const REQUESTS = Number(process.argv[2] ?? 2000);
const CONCURRENCY = Number(process.argv[3] ?? 10);
const ROUNDS = Number(process.argv[4] ?? 5);
const WARMUP = 300;
/** Stop adding rounds once this much time has passed, so the run stays bounded (< 60 s). */
const TIME_BUDGET_MS = 45_000;

const USERNAME = 'bench@example.com';
const PASSWORD = 'bench-password';

const HISTORY_BODY = JSON.stringify({
  items: [1, 2, 3].map((n) => ({
    id: `entry-${n}`,
    source: '+4921100000000',
    target: '+4915799912345',
    type: 'CALL',
    direction: 'INCOMING',
    created: '2024-03-01T12:30:00Z',
    lastModified: '2024-03-01T12:31:00Z',
    read: false,
    archived: false,
    labels: [],
  })),
  totalCount: 3,
});
const USERINFO_BODY = JSON.stringify({ sub: 'w0', domain: 'sipgate.de', masterSipId: '0000000', locale: 'de_DE' });

interface ServerStats {
  direct: number;
  proxied: number;
}

function startServer(stats: ServerStats): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    // A proxied request carries the absolute URL (https://api.sipgate.com/v2/...), a direct one only the path.
    const absolute = /^https?:\/\//.test(req.url ?? '');
    if (absolute) stats.proxied += 1;
    else stats.direct += 1;
    const pathname = new URL(req.url ?? '/', 'http://local').pathname;
    const body =
      pathname === '/v2/history' ? HISTORY_BODY : pathname === '/v2/authorization/userinfo' ? USERINFO_BODY : undefined;
    res.writeHead(body ? 200 : 404, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body ?? ''),
    });
    res.end(body ?? '');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Sends `count` requests through `send`, at most `concurrency` at a time; returns the elapsed milliseconds. */
async function drive(send: () => Promise<unknown>, count: number, concurrency: number): Promise<number> {
  let issued = 0;
  const worker = async (): Promise<void> => {
    while (issued < count) {
      issued += 1;
      await send();
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return Number(process.hrtime.bigint() - started) / 1e6;
}

interface Contestant {
  name: string;
  send: () => Promise<unknown>;
  totalMs: number;
  totalRequests: number;
  perRound: number[];
}

function blockInternet(): void {
  // Everything in this benchmark is plain HTTP on loopback; an https request would mean the proxy was ignored.
  const blocked = (): never => {
    throw new Error('client-overhead bench: an https request was attempted (would reach the internet); blocked');
  };
  (https as { request: unknown }).request = blocked;
  (https as { get: unknown }).get = blocked;
}

async function officialContestant(port: number, stats: ServerStats): Promise<(() => Promise<unknown>) | string> {
  // Only https_proxy: our client and plain axios call http://127.0.0.1 and must not be proxied.
  for (const key of ['http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY']) delete process.env[key];
  process.env.https_proxy = `http://127.0.0.1:${port}`;
  process.env.HTTPS_PROXY = process.env.https_proxy;
  try {
    const { sipgateIO } = require('sipgateio') as {
      sipgateIO: (c: { username: string; password: string }) => { get(url: string): Promise<unknown> };
    };
    const official = sipgateIO({ username: USERNAME, password: PASSWORD });
    const before = stats.proxied;
    const probe = (await official.get('/history')) as { items?: unknown[] };
    if (stats.proxied !== before + 1 || !Array.isArray(probe?.items))
      return 'the probe request did not reach the local server';
    return () => official.get('/history');
  } catch (error) {
    return `could not be pointed at the local server: ${(error as Error).message}`;
  }
}

interface LegacyAxios {
  VERSION?: string;
  create(config: object): { get(url: string): Promise<{ data: unknown }> };
}

function bundledAxiosOfOfficial(): LegacyAxios | undefined {
  try {
    const officialEntry = require.resolve('sipgateio');

    const legacy = require(require.resolve('axios', { paths: [officialEntry] })) as LegacyAxios & {
      default?: LegacyAxios;
    };
    const resolved = legacy.default ?? legacy;
    return resolved;
  } catch {
    return undefined;
  }
}

const rate = (c: Contestant): number => (c.totalRequests / c.totalMs) * 1000;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  blockInternet();
  const stats: ServerStats = { direct: 0, proxied: 0 };
  const server = await startServer(stats);
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/v2`;
  const benchStarted = Date.now();

  const ours = createHttpClient(
    { username: USERNAME, password: PASSWORD },
    { baseUrl, maxRetries: 0 },
    createNodeTransport(),
  );
  const basic = `Basic ${Buffer.from(`${USERNAME}:${PASSWORD}`).toString('base64')}`;
  const keepAlive = new http.Agent({ keepAlive: true });
  const plainGet = (): Promise<unknown> =>
    new Promise((resolve, reject) => {
      http
        .get(
          `${baseUrl}/history`,
          { agent: keepAlive, headers: { Authorization: basic, Accept: 'application/json' } },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => resolve(JSON.parse(text)));
          },
        )
        .on('error', reject);
    });

  const contestants: Contestant[] = [
    { name: 'ours', send: () => ours.get('/history'), totalMs: 0, totalRequests: 0, perRound: [] },
    {
      name: 'node:http',
      send: plainGet,
      totalMs: 0,
      totalRequests: 0,
      perRound: [],
    },
  ];
  // The official package bundles its own, older axios: measuring it bare tells its transport cost from its own code.
  const bundledAxios = bundledAxiosOfOfficial();
  if (bundledAxios) {
    const legacy = bundledAxios.create({
      baseURL: baseUrl,
      headers: { Authorization: basic, Accept: 'application/json' },
    });
    contestants.push({
      name: `axios ${bundledAxios.VERSION ?? '(official)'}`,
      send: () => legacy.get('/history').then((r) => r.data),
      totalMs: 0,
      totalRequests: 0,
      perRound: [],
    });
  }
  const official = await officialContestant(port, stats);
  if (typeof official === 'string') {
    console.log(`official sipgateio: not measured, ${official}`);
  } else {
    contestants.push({ name: 'official', send: official, totalMs: 0, totalRequests: 0, perRound: [] });
  }

  console.log(`client overhead: node ${process.version}, GET /v2/history on 127.0.0.1:${port}`);
  console.log(`${REQUESTS} requests x ${ROUNDS} rounds per contestant, concurrency ${CONCURRENCY}, warm-up ${WARMUP}`);
  for (const c of contestants) await drive(c.send, WARMUP, CONCURRENCY);

  let rounds = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    if (Date.now() - benchStarted > TIME_BUDGET_MS) {
      console.log(`(time budget reached after ${rounds} rounds)`);
      break;
    }
    for (let i = 0; i < contestants.length; i += 1) {
      const c = contestants[(round + i) % contestants.length];
      const ms = await drive(c.send, REQUESTS, CONCURRENCY);
      c.totalMs += ms;
      c.totalRequests += REQUESTS;
      c.perRound.push((REQUESTS / ms) * 1000);
    }
    rounds += 1;
  }

  console.log('');
  console.log('contestant   req/s (all rounds)   median round   per round');
  for (const c of contestants) {
    const rounds = c.perRound.map((r) => r.toFixed(0)).join(' ');
    console.log(
      `${c.name.padEnd(12)} ${rate(c).toFixed(0).padStart(18)}   ${median(c.perRound).toFixed(0).padStart(12)}   ${rounds}`,
    );
  }
  const [oursC, axiosC] = contestants;
  const officialC = contestants.find((c) => c.name === 'official');
  const legacyC = contestants.find((c) => c.name.startsWith('axios ') && c !== axiosC);
  console.log('');
  console.log(`ours/axios    = ${(rate(oursC) / rate(axiosC)).toFixed(3)}  (1.0 = no overhead over plain axios)`);
  if (officialC) console.log(`ours/official = ${(rate(oursC) / rate(officialC)).toFixed(3)}  (> 1 = ours is faster)`);
  else console.log('ours/official = n/a (official client not measured)');
  if (legacyC)
    console.log(
      `axios/${legacyC.name} = ${(rate(axiosC) / rate(legacyC)).toFixed(3)}  (transport cost of axios 1.x vs the official's bundled axios)`,
    );
  console.log(
    `server saw ${stats.direct} direct and ${stats.proxied} proxied (official) requests; ${((Date.now() - benchStarted) / 1000).toFixed(1)} s`,
  );

  server.closeAllConnections();
  server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
