import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import { expect } from 'chai';
import nock from 'nock';
import { NetworkError } from '../../../lib/core/errors';
import { bypassesProxy, proxyFor } from '../../../lib/core/transport/proxy';
import { TunnelAgent } from '../../../lib/core/transport/tunnel-agent';
import { nodeHttpClient, sdkRejection, TEST_CREDENTIALS } from '../../support/module-test-kit';
import { repoPath } from '../../support/paths';

const tls = {
  key: readFileSync(repoPath('test/fixtures/tls/localhost.key')),
  cert: readFileSync(repoPath('test/fixtures/tls/localhost.crt')),
};

interface Listening<T extends net.Server> {
  server: T;
  port: number;
  close(): void;
}

async function listen<T extends net.Server>(server: T): Promise<Listening<T>> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    port: (server.address() as net.AddressInfo).port,
    close: () => {
      (server as unknown as http.Server).closeAllConnections?.();
      server.close();
    },
  };
}

/** A tiny CONNECT (and forward) proxy on loopback that records what it was asked. */
async function tinyProxy(options: { refuse?: boolean } = {}) {
  const seen: Array<{ method: string; target: string; auth?: string }> = [];
  const server = http.createServer((req, res) => {
    // Forward proxy for plain http: the request line carries the absolute URL.
    seen.push({ method: req.method ?? '', target: req.url ?? '', auth: req.headers['proxy-authorization'] });
    const target = new URL(req.url ?? '');
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  server.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    seen.push({ method: 'CONNECT', target: req.url ?? '', auth: req.headers['proxy-authorization'] });
    if (options.refuse) {
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host === 'localhost' ? '127.0.0.1' : host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  return { ...(await listen(server)), seen };
}

const json = (res: http.ServerResponse, body: unknown) =>
  res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));

describe('core: proxies (Node transport)', () => {
  const saved = { ...process.env };
  beforeEach(() => {
    for (const key of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY'])
      delete process.env[key];
    nock.enableNetConnect(); // the proxies under test are on loopback; the root hook restores the block
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  describe('which requests go through which proxy', () => {
    it('uses https_proxy for https and http_proxy for http, lower case first, proxy: false disables them', () => {
      const env = { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2', HTTP_PROXY: 'proxy.local:3128' };
      expect(proxyFor(new URL('https://api.sipgate.com/v2'), undefined, env)?.host).to.equal('lower:1');
      expect(proxyFor(new URL('http://api.sipgate.com/v2'), undefined, env)?.href).to.equal('http://proxy.local:3128/');
      expect(proxyFor(new URL('https://api.sipgate.com/v2'), false, env)).to.equal(undefined);
      expect(
        proxyFor(new URL('https://api.sipgate.com/v2'), 'http://explicit:9', { ...env, NO_PROXY: '*' })?.host,
      ).to.equal('explicit:9');
      expect(() => proxyFor(new URL('https://a.test'), 'socks5://s:1', {})).to.throw(/not supported/);
    });

    it('honours NO_PROXY: *, hosts, .domains, *.domains and ports', () => {
      const url = (text: string) => new URL(text);
      expect(bypassesProxy(url('https://api.sipgate.com'), '*')).to.equal(true);
      expect(bypassesProxy(url('https://api.sipgate.com'), 'localhost, sipgate.com')).to.equal(true);
      expect(bypassesProxy(url('https://api.sipgate.com'), '.sipgate.com')).to.equal(true);
      expect(bypassesProxy(url('https://api.sipgate.com'), '*.sipgate.com')).to.equal(true);
      expect(bypassesProxy(url('https://api.sipgate.com'), 'notsipgate.com')).to.equal(false);
      expect(bypassesProxy(url('https://api.sipgate.com'), 'api.sipgate.com:8443')).to.equal(false);
      expect(bypassesProxy(url('https://api.sipgate.com'), 'api.sipgate.com:443')).to.equal(true);
      expect(bypassesProxy(url('http://127.0.0.1:3333'), '127.0.0.1')).to.equal(true);
      expect(bypassesProxy(url('https://api.sipgate.com'), '')).to.equal(false);
    });
  });

  it('HTTP_PROXY: a plain-http request goes to the proxy with the absolute URL and proxy credentials', async () => {
    const origin = await listen(http.createServer((_req, res) => json(res, { amount: 7 })));
    const proxy = await tinyProxy();
    try {
      process.env.HTTP_PROXY = `http://user:s%40cret@127.0.0.1:${proxy.port}`;
      const client = nodeHttpClient(TEST_CREDENTIALS, { baseUrl: `http://127.0.0.1:${origin.port}/v2`, maxRetries: 0 });
      expect(await client.get('/balance')).to.deep.equal({ amount: 7 });
      expect(proxy.seen).to.have.length(1);
      expect(proxy.seen[0].target).to.equal(`http://127.0.0.1:${origin.port}/v2/balance`);
      expect(proxy.seen[0].auth).to.equal(`Basic ${Buffer.from('user:s@cret').toString('base64')}`);

      process.env.NO_PROXY = '127.0.0.1';
      await client.get('/balance');
      expect(proxy.seen).to.have.length(1);
    } finally {
      origin.close();
      proxy.close();
    }
  });

  it('HTTPS_PROXY: an https request opens a CONNECT tunnel to host:443; a refusal is a NetworkError', async () => {
    const proxy = await tinyProxy({ refuse: true });
    try {
      process.env.HTTPS_PROXY = `http://127.0.0.1:${proxy.port}`;
      const client = nodeHttpClient(TEST_CREDENTIALS, { baseUrl: 'https://api.example.test/v2', maxRetries: 0 });
      const error = await sdkRejection(client.get('/balance'));
      expect(error).to.be.instanceOf(NetworkError);
      expect(error.message).to.contain('refused the tunnel').and.contain('403');
      expect(proxy.seen).to.deep.equal([{ method: 'CONNECT', target: 'api.example.test:443', auth: undefined }]);
    } finally {
      proxy.close();
    }
  });

  it('the tunnel carries TLS end to end to the origin, and its connection is reused', async () => {
    let connections = 0;
    const origin = await listen(https.createServer(tls, (_req, res) => json(res, { amount: 9 })));
    origin.server.on('secureConnection', () => (connections += 1));
    const proxy = await tinyProxy();
    try {
      const agent = new TunnelAgent(new URL(`http://127.0.0.1:${proxy.port}`), { ca: tls.cert });
      const client = nodeHttpClient(TEST_CREDENTIALS, {
        baseUrl: `https://localhost:${origin.port}/v2`,
        agent,
        maxRetries: 0,
      });
      expect(await client.get('/balance')).to.deep.equal({ amount: 9 });
      expect(await client.get('/balance')).to.deep.equal({ amount: 9 });
      expect(proxy.seen).to.deep.equal([{ method: 'CONNECT', target: `localhost:${origin.port}`, auth: undefined }]);
      expect(connections).to.equal(1);
      agent.destroy();
    } finally {
      origin.close();
      proxy.close();
    }
  });
});
