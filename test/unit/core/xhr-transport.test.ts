/**
 * The XMLHttpRequest transport with jsdom's XMLHttpRequest (the one a jest jsdom suite has), against a
 * local server on the page's own origin, and the browser entry's choice between fetch and XHR.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { JSDOM, VirtualConsole } from 'jsdom';
import nock from 'nock';
import { sipgateIO } from '../../../lib/browser';
import {
  AbortError,
  NetworkError,
  NotFoundError,
  TimeoutError,
  UnexpectedResponseError,
} from '../../../lib/core/errors';
import { createHttpClient } from '../../../lib/core/http-client';
import { TransportError, type TransportRequest } from '../../../lib/core/transport/types';
import { createXhrTransport } from '../../../lib/core/transport/xhr';
import { rejection, sdkRejection, TEST_CREDENTIALS } from '../../support/module-test-kit';

describe('core: XMLHttpRequest transport (jsdom, no fetch)', () => {
  let server: http.Server;
  let origin: string;
  let dom: JSDOM;
  const seen: Array<{ method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }> = [];

  before(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body });
        const url = req.url ?? '';
        if (url.endsWith('/drip')) {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.write('[');
          const timer = setInterval(() => res.write(' '), 50);
          res.on('close', () => clearInterval(timer));
        } else if (url.endsWith('/moved')) {
          res.writeHead(301, { Location: '/v2/balance' }).end();
        } else if (url.endsWith('/announced-huge')) {
          res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 40 * 1024 * 1024 });
          res.write('"xxxx');
        } else if (url.endsWith('/streamed')) {
          // No Content-Length, 2000 characters in 4000 bytes: the cap counts UTF-8 bytes, not characters.
          res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
          let chunks = 0;
          const timer = setInterval(() => {
            res.write('ü'.repeat(200));
            chunks += 1;
            if (chunks === 10) {
              clearInterval(timer);
              res.end();
            }
          }, 5);
          res.on('close', () => clearInterval(timer));
        } else if (url.endsWith('/missing')) {
          res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"message":"nope"}');
        } else {
          res.writeHead(200, { 'Content-Type': 'application/json', 'X-Extra': 'yes' });
          res.end(JSON.stringify({ amount: 3, text: 'Grüße 👋', echo: body }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // A silent console: jsdom would print the refused connection of the last test.
    dom = new JSDOM('', { url: `${origin}/`, virtualConsole: new VirtualConsole() });
  });
  after(() => {
    dom.window.close();
    server.closeAllConnections();
    server.close();
  });

  const Xhr = () => dom.window.XMLHttpRequest as unknown as new () => XMLHttpRequest;
  const client = (options = {}) =>
    createHttpClient(
      TEST_CREDENTIALS,
      { baseUrl: `${origin}/v2`, maxRetries: 0, ...options },
      createXhrTransport(Xhr()),
    );
  const transportRequest = (path: string, maxResponseBytes: number, signal = new AbortController().signal) =>
    createXhrTransport(Xhr()).request({
      method: 'GET',
      url: `${origin}${path}`,
      headers: {},
      signal,
      maxResponseBytes,
    });

  it('sends method, headers and JSON body, and returns the JSON with UTF-8 intact', async () => {
    const answer = await client().post('/echo', { message: 'hällo ✓' });
    expect(answer).to.deep.include({ amount: 3, text: 'Grüße 👋' });
    const request = seen.at(-1);
    expect(request?.method).to.equal('POST');
    expect(request?.headers.authorization).to.match(/^Basic /);
    expect(request?.headers['content-type']).to.equal('application/json');
    expect(request?.headers['x-sipgate-version']).to.be.a('string');
    expect(request?.headers['user-agent']).to.contain('jsdom');
    expect(JSON.parse(request?.body ?? '')).to.deep.equal({ message: 'hällo ✓' });
  });

  it('hands response headers to the client by name', async () => {
    const response = await transportRequest('/v2/balance', 1000);
    expect(response.status).to.equal(200);
    expect(response.header('x-extra')).to.equal('yes');
    expect(response.header('x-absent')).to.equal(undefined);
  });

  it('holds the per-attempt deadline while the body drips (TimeoutError)', async () => {
    const started = Date.now();
    expect(await sdkRejection(client({ timeout: 300 }).get('/drip'))).to.be.instanceOf(TimeoutError);
    expect(Date.now() - started).to.be.within(250, 2000);
  });

  it("stops at once when the caller's AbortSignal fires (AbortError)", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await sdkRejection(client().get('/drip', { signal: controller.signal }));
    expect(error).to.be.instanceOf(AbortError);
  });

  it('refuses an already aborted signal without sending', async () => {
    const count = seen.length;
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(transportRequest('/v2/balance', 1000, controller.signal));
    expect(error).to.be.instanceOf(TransportError).and.include({ code: 'ERR_ABORTED' });
    expect(seen.length).to.equal(count);
  });

  it('reports a followed redirect as an unexpected answer, never as success', async () => {
    expect(await sdkRejection(client().get('/moved'))).to.be.instanceOf(UnexpectedResponseError);
  });

  it('maps HTTP errors like the other transports (404 -> NotFoundError)', async () => {
    expect(await sdkRejection(client().get('/missing'))).to.be.instanceOf(NotFoundError);
  });

  it('refuses a body announced beyond the cap without reading it', async () => {
    const error = await sdkRejection(client().get('/announced-huge'));
    expect(error).to.be.instanceOf(NetworkError).and.include({ retryable: false });
    expect(error.message).to.contain('exceeds');
  });

  it('stops a body without Content-Length once its UTF-8 bytes pass the cap', async () => {
    expect((await transportRequest('/streamed', 4000)).body).to.equal('ü'.repeat(2000));
    const error = await rejection(transportRequest('/streamed', 3999));
    expect(error).to.be.instanceOf(TransportError).and.include({ code: 'ERR_BODY_TOO_LARGE' });
  });

  it('fails with a typed network error when nothing listens', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const request: TransportRequest = {
      method: 'GET',
      url: `http://127.0.0.1:${port}/v2/balance`,
      headers: {},
      signal: new AbortController().signal,
      maxResponseBytes: 1000,
    };
    const error = await rejection(createXhrTransport(Xhr()).request(request));
    expect(error).to.be.instanceOf(TransportError).and.include({ code: 'ERR_NETWORK' });
  });
});

describe('browser entry: fetch where there is one, else XMLHttpRequest (jest jsdom has no fetch)', () => {
  let dom: JSDOM;
  const savedFetch = globalThis.fetch;
  const global = globalThis as { fetch?: unknown; XMLHttpRequest?: unknown };

  beforeEach(() => {
    // A cross-origin page, as in jest's jsdom environment (http://localhost): the API must answer CORS.
    dom = new JSDOM('', { url: 'http://localhost/' });
  });
  afterEach(() => {
    global.fetch = savedFetch;
    delete global.XMLHttpRequest;
    dom.window.close();
    nock.cleanAll();
  });

  const corsScope = () =>
    nock('https://api.sipgate.com')
      .defaultReplyHeaders({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*' })
      .options(/.*/)
      .reply(204)
      .get('/v2/balance')
      .reply(200, { amount: 1234, currency: 'EUR' });

  it('sends through XMLHttpRequest when the runtime has no fetch, so nock sees the request', async () => {
    global.fetch = undefined;
    global.XMLHttpRequest = dom.window.XMLHttpRequest;
    let userAgent: string | undefined;
    const scope = corsScope();
    scope.on('request', (req: { headers: Record<string, string> }) => (userAgent ??= req.headers['user-agent']));
    expect(await sipgateIO(TEST_CREDENTIALS).get('/balance')).to.deep.equal({ amount: 1234, currency: 'EUR' });
    expect(userAgent).to.contain('jsdom');
    scope.done();
  });

  it('keeps fetch where it exists, even with XMLHttpRequest present', async () => {
    global.XMLHttpRequest = dom.window.XMLHttpRequest;
    const calls: string[] = [];
    global.fetch = (input: string) => {
      calls.push(input);
      return Promise.resolve(new Response('{"amount":1,"currency":"EUR"}', { status: 200 }));
    };
    await sipgateIO(TEST_CREDENTIALS).get('/balance');
    expect(calls).to.deep.equal(['https://api.sipgate.com/v2/balance']);
  });

  it('fails with a typed error when there is neither fetch nor XMLHttpRequest', async () => {
    global.fetch = undefined;
    const error = await sdkRejection(sipgateIO(TEST_CREDENTIALS, { maxRetries: 0 }).get('/balance'));
    expect(error).to.be.instanceOf(NetworkError).and.include({ retryable: false });
  });
});
