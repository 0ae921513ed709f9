import { readFileSync } from 'fs';
import { expect } from 'chai';
import nock from 'nock';
import { DEFAULT_BASE_URL } from '../../../lib/core/http-client';
import { AuthenticationError, ServerError } from '../../../lib/core/errors';
import type { RequestEvent, ResponseEvent } from '../../../lib/core/http-types';
import { webuser } from '../../support/api-fixtures';
import { mockApi, recordedRequests } from '../../support/api-mock';
import { nodeHttpClient, testClient } from '../../support/module-test-kit';
import { repoPath } from '../../support/paths';

const TOKEN_ID = 'token-ABC123';
const TOKEN = 'e68ead46-a7db-46cd-8a1a-44aed1e4e372';
const credentials = { tokenId: TOKEN_ID, token: TOKEN };
const BASIC = Buffer.from(`${TOKEN_ID}:${TOKEN}`).toString('base64');
const packageVersion = (JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { version: string }).version;

const client = testClient;

const validSms = { smsId: 's0', recipient: '+4915799912345', message: 'Hello' };

describe('core: HTTP client', () => {
  describe('base URL', () => {
    const saved = process.env.SIPGATE_BASE_URL;
    afterEach(() => {
      if (saved === undefined) delete process.env.SIPGATE_BASE_URL;
      else process.env.SIPGATE_BASE_URL = saved;
    });

    it('defaults to https://api.sipgate.com/v2', async () => {
      delete process.env.SIPGATE_BASE_URL;
      const http = nodeHttpClient(credentials);
      expect(http.baseUrl).to.equal(DEFAULT_BASE_URL).and.equal('https://api.sipgate.com/v2');
      mockApi().get('/balance').reply(200, { amount: 1, currency: 'EUR' });
      expect(await http.get('/balance')).to.deep.equal({ amount: 1, currency: 'EUR' });
    });

    it('uses the baseUrl option and drops a trailing slash', async () => {
      const scope = nock('http://127.0.0.1:9999').get('/proxy/v2/balance').reply(200, { amount: 2 });
      const http = client({ baseUrl: 'http://127.0.0.1:9999/proxy/v2/' });
      expect(http.baseUrl).to.equal('http://127.0.0.1:9999/proxy/v2');
      expect(await http.get('/balance')).to.deep.equal({ amount: 2 });
      expect(scope.isDone()).to.equal(true);
    });

    it('reads SIPGATE_BASE_URL from the environment', async () => {
      process.env.SIPGATE_BASE_URL = 'https://sandbox.example.test/v2/';
      const scope = nock('https://sandbox.example.test').get('/v2/balance').reply(200, { amount: 3 });
      const http = nodeHttpClient(credentials);
      expect(http.baseUrl).to.equal('https://sandbox.example.test/v2');
      expect(await http.get('/balance')).to.deep.equal({ amount: 3 });
      expect(scope.isDone()).to.equal(true);
    });

    it('lets the baseUrl option win over SIPGATE_BASE_URL', () => {
      process.env.SIPGATE_BASE_URL = 'https://sandbox.example.test/v2';
      expect(nodeHttpClient(credentials, { baseUrl: 'https://other.example.test/v2' }).baseUrl).to.equal(
        'https://other.example.test/v2',
      );
    });
  });

  describe('headers', () => {
    it('sends X-Sipgate-Client, X-Sipgate-Version (= package.json), Accept and Authorization on every method', async () => {
      mockApi()
        .get('/balance')
        .reply(200, {})
        .post('/sessions/sms')
        .reply(200)
        .put('/history/abc')
        .reply(200)
        .delete('/history/abc')
        .reply(204);
      const http = client();
      await http.get('/balance');
      await http.post('/sessions/sms', validSms);
      await http.put('/history/abc', { read: true });
      await http.delete('/history/abc');
      const requests = recordedRequests();
      expect(requests.map((r) => r.method)).to.deep.equal(['GET', 'POST', 'PUT', 'DELETE']);
      for (const request of requests) {
        expect(request.headers['x-sipgate-version']).to.equal(packageVersion);
        const clientInfo = JSON.parse(String(request.headers['x-sipgate-client'])) as Record<string, unknown>;
        expect(clientInfo).to.have.property('name').that.is.a('string');
        expect(clientInfo).to.have.property('type', 'node');
        expect(request.headers.accept).to.match(/^application\/json/);
        expect(request.headers.authorization).to.equal(`Basic ${BASIC}`);
      }
    });

    it('sends Content-Type application/json with a JSON body', async () => {
      mockApi().post('/sessions/sms', validSms).reply(200).put('/history/abc', { starred: true }).reply(200);
      await client().post('/sessions/sms', validSms);
      await client().put('/history/abc', { starred: true });
      for (const request of recordedRequests()) expect(request.headers['content-type']).to.match(/^application\/json/);
      expect(recordedRequests()[0].body).to.deep.equal(validSms);
    });

    it('also sends PATCH (an endpoint without module) with the same headers', async () => {
      const scope = nock('https://api.example.test')
        .patch('/v2/things/1', { a: 1 })
        .matchHeader('x-sipgate-version', packageVersion)
        .matchHeader('content-type', /application\/json/)
        .reply(200, { ok: true });
      expect(await client({ baseUrl: 'https://api.example.test/v2' }).patch('/things/1', { a: 1 })).to.deep.equal({
        ok: true,
      });
      expect(scope.isDone()).to.equal(true);
    });

    it('adds extra headers from the options and per request', async () => {
      mockApi().get('/balance').reply(200, {});
      await client({ headers: { 'X-Trace': 'a' } }).get('/balance', { headers: { 'X-Request': 'b' } });
      expect(recordedRequests()[0].headers).to.include({ 'x-trace': 'a', 'x-request': 'b' });
    });
  });

  describe('responses', () => {
    it('returns undefined for an empty body and the text for responseType text', async () => {
      mockApi()
        .delete('/history/abc')
        .reply(204)
        .get('/history/export')
        .reply(200, 'id,source\n1,+49', { 'Content-Type': 'text/csv' });
      expect(await client().delete('/history/abc')).to.equal(undefined);
      expect(await client().get('/history/export', { responseType: 'text' })).to.equal('id,source\n1,+49');
    });
  });

  describe('hooks', () => {
    it('onRequest and onResponse see every attempt, with the Authorization header redacted', async () => {
      mockApi().get('/balance').reply(503, { message: 'busy' }).get('/balance').reply(200, { amount: 5 });
      const requests: RequestEvent[] = [];
      const responses: ResponseEvent[] = [];
      await client({ onRequest: (e) => requests.push(e), onResponse: (e) => responses.push(e) }).get('/balance');
      expect(requests.map((e) => e.attempt)).to.deep.equal([0, 1]);
      for (const event of requests) {
        expect(event).to.include({ method: 'GET', url: '/balance' });
        expect(event.headers.Authorization).to.equal('[REDACTED]');
        expect(event.headers['X-Sipgate-Version']).to.equal(packageVersion);
      }
      expect(responses.map((e) => e.status)).to.deep.equal([503, 200]);
      expect(responses[0].error).to.be.instanceOf(ServerError);
      expect(responses[0].retryInMs).to.be.a('number');
      expect(responses[1].body).to.deep.equal({ amount: 5 });
      expect(responses[1].retryInMs).to.equal(undefined);
      const everything = JSON.stringify({ requests, responses });
      expect(everything).not.to.contain(TOKEN).and.not.to.contain(BASIC);
    });

    it('the hook also sees the body of a POST, redacted headers included', async () => {
      mockApi().post('/sessions/sms').reply(200);
      const requests: RequestEvent[] = [];
      await client({ onRequest: (e) => requests.push(e) }).post('/sessions/sms', validSms);
      expect(requests).to.have.length(1);
      expect(requests[0].body).to.deep.equal(validSms);
      expect(JSON.stringify(requests)).not.to.contain(BASIC);
    });
  });

  describe('getAuthenticatedWebuserId', () => {
    const userinfo = { sub: 'w7', domain: 'sipgate.de', masterSipId: '1234567', locale: 'de_DE' };

    it('returns sub of GET /authorization/userinfo and caches it', async () => {
      mockApi().get('/authorization/userinfo').reply(200, userinfo);
      const http = client();
      expect(await http.getAuthenticatedWebuserId()).to.equal('w7');
      expect(await http.getAuthenticatedWebuserId()).to.equal('w7');
      expect(await Promise.all([http.getAuthenticatedWebuserId(), http.getAuthenticatedWebuserId()])).to.deep.equal([
        'w7',
        'w7',
      ]);
      expect(recordedRequests()).to.have.length(1);
    });

    it('does not cache a failure: the next call asks again', async () => {
      mockApi().get('/authorization/userinfo').reply(401).get('/authorization/userinfo').reply(200, userinfo);
      const http = client();
      let failure: unknown;
      await http.getAuthenticatedWebuserId().catch((error: unknown) => (failure = error));
      expect(failure).to.be.instanceOf(AuthenticationError);
      expect(await http.getAuthenticatedWebuserId()).to.equal('w7');
      expect(recordedRequests()).to.have.length(2);
    });
  });

  describe('getWebUsers', () => {
    it('returns the items of GET /users', async () => {
      mockApi()
        .get('/users')
        .reply(200, { items: [webuser] });
      expect(await client().getWebUsers()).to.deep.equal([webuser]);
      expect(recordedRequests()[0]).to.include({ method: 'GET', path: '/v2/users' });
    });
  });
});
