import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { UnexpectedResponseError, NetworkError, TimeoutError } from '../../../lib/core/errors';
import { createHttpClient } from '../../../lib/core/http-client';
import { createFetchTransport } from '../../../lib/core/transport/fetch';
import { utf8Decode, utf8Encode } from '../../../lib/core/utf8';
import { sdkRejection, TEST_CREDENTIALS } from '../../support/module-test-kit';

describe('core: fetch transport (browsers, edge runtimes)', () => {
  let server: http.Server;
  let baseUrl: string;
  const seen: http.IncomingHttpHeaders[] = [];
  before(async () => {
    server = http.createServer((req, res) => {
      seen.push(req.headers);
      if (req.url?.endsWith('/drip')) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('[');
        const timer = setInterval(() => res.write(' '), 100);
        res.on('close', () => clearInterval(timer));
        return;
      }
      if (req.url?.endsWith('/moved')) {
        res.writeHead(301, { Location: '/v2/balance' }).end();
        return;
      }
      if (req.url?.endsWith('/huge')) {
        // Announces 40 MB; the client must refuse on the announcement instead of reading it.
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 40 * 1024 * 1024 });
        res.write('"xxxx');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"amount":3,"text":"Grüße 👋"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const client = (options = {}) =>
    createHttpClient(TEST_CREDENTIALS, { baseUrl, maxRetries: 0, ...options }, createFetchTransport());

  it('sends the request with auth and statistics headers and returns the JSON (UTF-8 intact)', async () => {
    expect(await client().get('/balance')).to.deep.equal({ amount: 3, text: 'Grüße 👋' });
    const headers = seen.at(-1) ?? {};
    expect(headers.authorization).to.match(/^Basic /);
    expect(headers['x-sipgate-version']).to.be.a('string');
  });

  it('holds the per-attempt deadline while the body drips', async () => {
    const started = Date.now();
    expect(await sdkRejection(client({ timeout: 400 }).get('/drip'))).to.be.instanceOf(TimeoutError);
    expect(Date.now() - started).to.be.within(350, 1500);
  });

  it('does not follow a redirect: it is an UnexpectedResponseError', async () => {
    const error = await sdkRejection(client().get('/moved'));
    expect(error).to.be.instanceOf(UnexpectedResponseError);
  });

  it('refuses a body announced beyond 32 MB without reading it', async () => {
    const error = await sdkRejection(client().get('/huge'));
    expect(error).to.be.instanceOf(NetworkError).and.include({ retryable: false });
    expect(error.message).to.contain('exceeds');
  });

  it('fails with a typed error when the runtime has no fetch', async () => {
    const saved = globalThis.fetch;
    (globalThis as { fetch?: unknown }).fetch = undefined;
    try {
      const error = await sdkRejection(client().get('/balance'));
      expect(error).to.be.instanceOf(NetworkError).and.have.property('message').that.contains('no fetch');
    } finally {
      globalThis.fetch = saved;
    }
  });
});

describe('core: UTF-8 without TextEncoder/TextDecoder (jsdom lacks them)', () => {
  it('encodes and decodes like the platform codec, surrogate pairs and invalid bytes included', () => {
    const samples = ['', 'plain', 'Grüße', '€ 100', '👋🏽 emoji', 'a\u0000b', '\ud800 lone'];
    const savedEncoder = globalThis.TextEncoder;
    const savedDecoder = globalThis.TextDecoder;
    const expected = samples.map((text) => Array.from(new savedEncoder().encode(text)));
    const invalid = Uint8Array.from([0x61, 0xff, 0xc3, 0x28, 0x62]);
    const expectedInvalid = new savedDecoder().decode(invalid);
    (globalThis as { TextEncoder?: unknown }).TextEncoder = undefined;
    (globalThis as { TextDecoder?: unknown }).TextDecoder = undefined;
    try {
      expect(samples.map((text) => Array.from(utf8Encode(text)))).to.deep.equal(expected);
      expect(
        samples.slice(0, 6).map((text) => utf8Decode(Uint8Array.from(expected[samples.indexOf(text)]))),
      ).to.deep.equal(samples.slice(0, 6));
      expect(utf8Decode(invalid)).to.equal(expectedInvalid);
    } finally {
      globalThis.TextEncoder = savedEncoder;
      globalThis.TextDecoder = savedDecoder;
    }
  });
});
