import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as zlib from 'node:zlib';
import { expect } from 'chai';
import { TimeoutError, UnexpectedResponseError } from '../../../lib/core/errors';
import type { ResponseEvent } from '../../../lib/core/http-types';
import { nodeHttpClient, sdkRejection, TEST_CREDENTIALS } from '../../support/module-test-kit';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A real server on loopback; closed after the test. */
async function serve(handler: Handler): Promise<{ url: string; close: () => Promise<void>; hits: () => number }> {
  let hits = 0;
  const server = http.createServer((req, res) => {
    hits += 1;
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v2`,
    hits: () => hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers 200 at once, then drips one byte of a JSON body every `everyMs`, forever (until the client leaves). */
const dripping =
  (everyMs: number): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('{"items":[');
    const timer = setInterval(() => res.write(' '), everyMs);
    res.on('close', () => clearInterval(timer));
  };

describe('core: deadlines and limits over real HTTP', () => {
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('timeout is a deadline for the whole attempt: a body dripping a byte every 200 ms fails at ~timeout', async () => {
    server = await serve(dripping(200));
    const client = nodeHttpClient(TEST_CREDENTIALS, { baseUrl: server.url, timeout: 500, maxRetries: 0 });
    const started = Date.now();
    const error = await sdkRejection(client.get('/history'));
    const elapsed = Date.now() - started;
    expect(error).to.be.instanceOf(TimeoutError);
    expect(error.message).to.contain('500 ms');
    expect(elapsed).to.be.within(450, 1500);
  });

  it('deadline bounds all attempts together, waits included, and no retry starts that it would cut short', async () => {
    server = await serve(dripping(100));
    const events: ResponseEvent[] = [];
    const client = nodeHttpClient(TEST_CREDENTIALS, {
      baseUrl: server.url,
      timeout: 400,
      deadline: 1000,
      maxRetries: 10,
      retryBaseDelayMs: 50,
      retryMaxDelayMs: 50,
      onResponse: (event) => events.push(event),
    });
    const started = Date.now();
    const error = await sdkRejection(client.get('/history'));
    const elapsed = Date.now() - started;
    expect(error).to.be.instanceOf(TimeoutError);
    expect(elapsed).to.be.within(900, 2000);
    // 400 + 50 + 400 + 50 + the 100 ms that were left: three attempts, not eleven.
    expect(events.length).to.be.within(2, 4);
    expect(events.at(-1)?.retryInMs).to.equal(undefined);
  });

  it('a per-request deadline overrides the client option', async () => {
    server = await serve(dripping(100));
    const client = nodeHttpClient(TEST_CREDENTIALS, { baseUrl: server.url, timeout: 10_000, maxRetries: 3 });
    const started = Date.now();
    const error = await sdkRejection(client.get('/history', { deadline: 300 }));
    expect(error).to.be.instanceOf(TimeoutError).and.have.property('message').that.contains('deadline of 300 ms');
    expect(Date.now() - started).to.be.below(1500);
  });

  it('decodes gzip, deflate and br bodies', async () => {
    const body = JSON.stringify({ items: [{ id: 'e1' }], totalCount: 1 });
    const encoders: Record<string, (input: string) => Buffer> = {
      gzip: (input) => zlib.gzipSync(input),
      deflate: (input) => zlib.deflateSync(input),
      br: (input) => zlib.brotliCompressSync(input),
    };
    const seen: string[] = [];
    server = await serve((req, res) => {
      seen.push(String(req.headers['accept-encoding']));
      const encoding = new URL(req.url ?? '/', 'http://x').searchParams.get('encoding') ?? 'gzip';
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': encoding });
      res.end(encoders[encoding](body));
    });
    const client = nodeHttpClient(TEST_CREDENTIALS, { baseUrl: server.url, maxRetries: 0 });
    for (const encoding of Object.keys(encoders)) {
      expect(await client.get('/history', { params: { encoding } })).to.deep.equal(JSON.parse(body));
    }
    expect(seen[0]).to.match(/gzip/).and.match(/br/);
  });

  it('a 3xx is an UnexpectedResponseError and the redirect is not followed', async () => {
    server = await serve((req, res) => {
      if (req.url?.includes('elsewhere')) {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"followed":true}');
        return;
      }
      res.writeHead(302, { Location: '/v2/elsewhere' }).end();
    });
    const client = nodeHttpClient(TEST_CREDENTIALS, { baseUrl: server.url, maxRetries: 2 });
    const error = await sdkRejection(client.get('/balance'));
    expect(error).to.be.instanceOf(UnexpectedResponseError).and.include({ status: 302, retryable: false });
    expect(server.hits()).to.equal(1);
  });

  it('keeps connections alive between requests', async () => {
    const sockets = new Set<unknown>();
    server = await serve((req, res) => {
      sockets.add(req.socket);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
    const client = nodeHttpClient(TEST_CREDENTIALS, { baseUrl: server.url });
    for (let index = 0; index < 5; index += 1) await client.get('/balance');
    expect(sockets.size).to.equal(1);
  });
});
