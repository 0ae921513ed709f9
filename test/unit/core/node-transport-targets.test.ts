/**
 * The Node transport sends the request line `new URL()` would give, although it parses only unusual URLs:
 * the usual ones (the SDK's own) are split into origin and path by one pattern.
 */
import { expect } from 'chai';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeTransport } from '../../../lib/core/transport/node';

describe('Node transport request targets', () => {
  let server: http.Server;
  let port: number;
  const seen: Array<{ url: string; host: string | undefined }> = [];

  before(async () => {
    server = http.createServer((req, res) => {
      seen.push({ url: req.url ?? '', host: req.headers.host });
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const transport = createNodeTransport({ proxy: false });
  const send = (url: string) =>
    transport.request({
      method: 'GET',
      url,
      headers: {},
      maxResponseBytes: 1024,
      signal: new AbortController().signal,
    });

  const paths = [
    '/v2/sessions/calls?limit=50&types=CALL&types=SMS',
    '/v2/contacts/a%2Fb%20c',
    '/v2/a b/ü?x=ä ö&y="q"&z=\'s\'', // encoded by URL parsing
    '/v2/x/../y/./z', // dot segments resolved
    '/v2/x/%2e%2e/y', // percent-encoded dot segments too
    '/v2/{a}`b`<c>|d^e[f]',
    '/v2/x?q=/../a',
    '/v2/x\\y', // a backslash is a slash in http(s) URLs
  ];

  for (const path of paths) {
    it(`sends ${JSON.stringify(path)} as URL parsing would`, async () => {
      seen.length = 0;
      const url = `http://127.0.0.1:${port}${path}`;
      await send(url);
      const expected = new URL(url);
      expect(seen).to.deep.equal([{ url: expected.pathname + expected.search, host: `127.0.0.1:${port}` }]);
    });
  }

  it('treats an upper-case host as URL parsing does', async () => {
    seen.length = 0;
    await send(`http://LOCALHOST:${port}/v2/x`);
    expect(seen).to.deep.equal([{ url: '/v2/x', host: `localhost:${port}` }]);
  });

  it('drops a fragment and refuses a URL that is not one with the platform TypeError', async () => {
    seen.length = 0;
    await send(`http://127.0.0.1:${port}/v2/x?y=1#part`);
    expect(seen).to.deep.equal([{ url: '/v2/x?y=1', host: `127.0.0.1:${port}` }]);
    expect(() => send('http://exa mple.com/v2')).to.throw(TypeError);
  });
});
