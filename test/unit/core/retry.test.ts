import * as net from 'net';
import { expect } from 'chai';
import nock from 'nock';
import { AbortError, NetworkError, RateLimitError, ServerError, TimeoutError } from '../../../lib/core/errors';
import type { ResponseEvent } from '../../../lib/core/http-types';
import { sdkRejection, testClient } from '../../support/module-test-kit';
import { mockApi, recordedRequests } from '../../support/api-mock';

const validSms = { smsId: 's0', recipient: '+4915799912345', message: 'Hello' };

const client = testClient;

/** A loopback port nobody listens on: bind to port 0, note the port, close. */
async function closedLoopbackPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('core: retries', () => {
  describe('idempotent requests', () => {
    it('retries a GET on 503 and then succeeds', async () => {
      mockApi().get('/balance').reply(503).get('/balance').reply(200, { amount: 1 });
      expect(await client().get('/balance')).to.deep.equal({ amount: 1 });
      expect(recordedRequests()).to.have.length(2);
    });

    it('retries a GET on a network error (ECONNRESET) and then succeeds', async () => {
      mockApi()
        .get('/balance')
        .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })
        .get('/balance')
        .reply(200, { amount: 2 });
      expect(await client().get('/balance')).to.deep.equal({ amount: 2 });
      expect(recordedRequests()).to.have.length(2);
    });

    it('retries a GET on a timeout and then succeeds', async () => {
      mockApi().get('/balance').delay(300).reply(200, { amount: 0 }).get('/balance').reply(200, { amount: 3 });
      expect(await client({ timeout: 30 }).get('/balance')).to.deep.equal({ amount: 3 });
    });

    it('retries PUT and DELETE on 500', async () => {
      mockApi()
        .put('/history/a')
        .reply(500)
        .put('/history/a')
        .reply(200)
        .delete('/history/a')
        .reply(502)
        .delete('/history/a')
        .reply(204);
      await client().put('/history/a', { read: true });
      await client().delete('/history/a');
      expect(recordedRequests().map((r) => r.method)).to.deep.equal(['PUT', 'PUT', 'DELETE', 'DELETE']);
    });

    it('does not retry a 4xx other than 429', async () => {
      mockApi().get('/balance').reply(404).get('/balance').reply(200, {});
      const error = await sdkRejection(client().get('/balance'));
      expect(error.status).to.equal(404);
      expect(error.retryable).to.equal(false);
      expect(recordedRequests()).to.have.length(1);
    });

    it('respects maxRetries from the options (3 → 4 attempts) and per request (0 → 1 attempt)', async () => {
      mockApi().get('/balance').times(4).reply(503);
      const error = await sdkRejection(client({ maxRetries: 3 }).get('/balance'));
      expect(error).to.be.instanceOf(ServerError).and.include({ status: 503, retryable: true });
      expect(recordedRequests()).to.have.length(4);

      mockApi().get('/voicemails').times(2).reply(503);
      await sdkRejection(client({ maxRetries: 3 }).get('/voicemails', { maxRetries: 0 }));
      expect(recordedRequests().filter((r) => r.path === '/v2/voicemails')).to.have.length(1);
    });

    it('uses the default of 2 retries (3 attempts)', async () => {
      mockApi().get('/balance').times(4).reply(500);
      await sdkRejection(client().get('/balance'));
      expect(recordedRequests()).to.have.length(3);
    });
  });

  describe('Retry-After', () => {
    it('waits the 1 s of Retry-After: 1 on a 429 (seen through onResponse.retryInMs)', async () => {
      mockApi().get('/balance').reply(429, '', { 'Retry-After': '1' }).get('/balance').reply(200, {});
      const controller = new AbortController();
      const events: ResponseEvent[] = [];
      // Stop during the wait: the decision is what counts, not sleeping through it.
      const http = client({
        onResponse: (e) => {
          events.push(e);
          if (e.retryInMs !== undefined) controller.abort();
        },
      });
      const error = await sdkRejection(http.get('/balance', { signal: controller.signal }));
      expect(events[0].status).to.equal(429);
      expect(events[0].error).to.be.instanceOf(RateLimitError);
      expect(events[0].error?.retryAfterMs).to.equal(1000);
      expect(events[0].retryInMs).to.equal(1000);
      expect(error).to.be.instanceOf(AbortError);
      expect(recordedRequests()).to.have.length(1);
    });

    it('reads Retry-After as an HTTP date', async () => {
      const inTwoSeconds = new Date(Date.now() + 2500).toUTCString();
      mockApi().get('/balance').reply(503, '', { 'Retry-After': inTwoSeconds });
      const controller = new AbortController();
      let retryInMs: number | undefined;
      const http = client({
        onResponse: (e) => {
          retryInMs = e.retryInMs;
          controller.abort();
        },
      });
      await sdkRejection(http.get('/balance', { signal: controller.signal }));
      expect(retryInMs).to.be.within(500, 2500);
    });

    it('caps Retry-After at retryMaxDelayMs, then retries and succeeds', async () => {
      mockApi().get('/balance').reply(429, '', { 'Retry-After': '3600' }).get('/balance').reply(200, { amount: 9 });
      const waits: Array<number | undefined> = [];
      const http = client({ retryMaxDelayMs: 5, onResponse: (e) => waits.push(e.retryInMs) });
      expect(await http.get('/balance')).to.deep.equal({ amount: 9 });
      expect(waits).to.deep.equal([5, undefined]);
    });
  });

  describe('POST that creates something is never sent twice', () => {
    for (const status of [500, 503]) {
      it(`sends it exactly once on ${status}`, async () => {
        const scope = mockApi().post('/sessions/sms').times(3).reply(status, '', { 'Retry-After': '0' });
        const error = await sdkRejection(client({ maxRetries: 5 }).post('/sessions/sms', validSms));
        expect(error.status).to.equal(status);
        expect(error.retryable).to.equal(false);
        expect(recordedRequests()).to.have.length(1);
        expect(scope.pendingMocks()).to.have.length(1); // 2 of the 3 allowed replies unused
      });
    }

    it('retries it after a 429 (the server did not process it), waiting Retry-After, and marks it retryable', async () => {
      mockApi().post('/sessions/sms').reply(429, '', { 'Retry-After': '0.05' }).post('/sessions/sms').reply(204);
      const events: ResponseEvent[] = [];
      await client({ onResponse: (e) => events.push(e) }).post('/sessions/sms', validSms);
      expect(recordedRequests()).to.have.length(2);
      expect(events[0].error).to.be.instanceOf(RateLimitError).and.include({ status: 429, retryable: true });
      expect(events[0].retryInMs).to.equal(50);
      expect(events[1].status).to.equal(204);
    });

    it('gives up on a POST after the retries of repeated 429s, with a retryable RateLimitError', async () => {
      mockApi().post('/sessions/sms').times(3).reply(429, '', { 'Retry-After': '0' });
      const error = await sdkRejection(client({ maxRetries: 2 }).post('/sessions/sms', validSms));
      expect(error).to.be.instanceOf(RateLimitError).and.include({ status: 429, retryable: true });
      expect(recordedRequests()).to.have.length(3);
    });

    it('sends it exactly once on a timeout', async () => {
      mockApi().post('/sessions/sms').times(3).delay(300).reply(200);
      const error = await sdkRejection(client({ timeout: 30, maxRetries: 5 }).post('/sessions/sms', validSms));
      expect(error).to.be.instanceOf(TimeoutError);
      expect(error.retryable).to.equal(false);
      expect(recordedRequests()).to.have.length(1);
    });

    it('sends it exactly once on ECONNRESET (the request may have arrived)', async () => {
      mockApi().post('/sessions/sms').times(3).replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
      const error = await sdkRejection(client({ maxRetries: 5 }).post('/sessions/sms', validSms));
      expect(error).to.be.instanceOf(NetworkError).and.include({ retryable: false, requestNotSent: false });
      expect(recordedRequests()).to.have.length(1);
    });

    it('also PATCH is not retried on 503', async () => {
      const scope = nock('https://api.example.test').patch('/v2/x').times(2).reply(503);
      await sdkRejection(client({ baseUrl: 'https://api.example.test/v2' }).patch('/x', {}));
      expect(scope.pendingMocks()).to.have.length(1);
    });

    it('retries a POST the caller declared idempotent', async () => {
      mockApi().post('/sessions/sms').reply(503).post('/sessions/sms').reply(200);
      await client().post('/sessions/sms', validSms, { idempotent: true });
      expect(recordedRequests()).to.have.length(2);
    });

    it('retries a POST whose connection was refused, and it arrives once', async () => {
      mockApi()
        .post('/sessions/sms')
        .replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' })
        .post('/sessions/sms')
        .reply(200, { ok: true });
      const events: ResponseEvent[] = [];
      expect(await client({ onResponse: (e) => events.push(e) }).post('/sessions/sms', validSms)).to.deep.equal({
        ok: true,
      });
      expect(events[0].error).to.be.instanceOf(NetworkError).and.include({ requestNotSent: true, retryable: true });
      expect(events.map((e) => e.status)).to.deep.equal([undefined, 200]);
    });

    it('retries a POST against a really closed loopback port, then fails with requestNotSent', async () => {
      const port = await closedLoopbackPort();
      const events: ResponseEvent[] = [];
      const http = client({ baseUrl: `http://127.0.0.1:${port}/v2`, maxRetries: 2, onResponse: (e) => events.push(e) });
      const error = await sdkRejection(http.post('/sessions/sms', validSms));
      expect(error).to.be.instanceOf(NetworkError).and.include({ requestNotSent: true, retryable: true });
      expect(events).to.have.length(3);
      expect(events.slice(0, 2).every((e) => typeof e.retryInMs === 'number')).to.equal(true);
    });
  });

  describe('cancellation and timeouts', () => {
    it('an AbortSignal aborts a request in flight: AbortError, no further attempt', async () => {
      const scope = mockApi().get('/balance').delay(2000).reply(200, {}).get('/balance').reply(200, {});
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 20);
      const error = await sdkRejection(client().get('/balance', { signal: controller.signal }));
      expect(error).to.be.instanceOf(AbortError).and.include({ retryable: false, method: 'GET', path: '/balance' });
      expect(recordedRequests()).to.have.length(1);
      expect(scope.pendingMocks()).to.have.length(1);
    });

    it('an AbortSignal aborts the backoff wait: AbortError, no further attempt', async () => {
      const scope = mockApi().get('/balance').reply(503).get('/balance').reply(200, {});
      const controller = new AbortController();
      const http = client({
        retryBaseDelayMs: 60_000,
        onResponse: (e) => e.retryInMs !== undefined && controller.abort(),
      });
      const error = await sdkRejection(http.get('/balance', { signal: controller.signal }));
      expect(error).to.be.instanceOf(AbortError);
      expect(recordedRequests()).to.have.length(1);
      expect(scope.pendingMocks()).to.have.length(1);
    });

    it('an already aborted signal sends nothing', async () => {
      const scope = mockApi().get('/balance').reply(200, {});
      const error = await sdkRejection(client().get('/balance', { signal: AbortSignal.abort() }));
      expect(error).to.be.instanceOf(AbortError);
      expect(scope.isDone()).to.equal(false);
    });

    it('a response slower than the timeout gives TimeoutError (per client and per request)', async () => {
      mockApi().get('/balance').times(2).delay(500).reply(200, {});
      const byClient = await sdkRejection(client({ timeout: 20, maxRetries: 0 }).get('/balance'));
      expect(byClient).to.be.instanceOf(TimeoutError).and.include({ method: 'GET', path: '/balance', retryable: true });
      const byRequest = await sdkRejection(client({ maxRetries: 0 }).get('/balance', { timeout: 20 }));
      expect(byRequest).to.be.instanceOf(TimeoutError);
    });
  });
});
