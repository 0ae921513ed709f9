/**
 * Sandbox HTTP behaviour: authentication, status codes for bad requests, CORS, fault injection, robustness,
 * start/stop.
 */
import { expect } from 'chai';
import { generateKeyPairSync } from 'crypto';
import * as net from 'net';
import {
  createSandbox,
  SANDBOX_BASIC_CREDENTIALS,
  SANDBOX_OAUTH_CREDENTIALS,
  SandboxOptionError,
  type Sandbox,
} from '../../../lib/sandbox';
import { rejection } from '../../support/module-test-kit';
import { api, withSandbox } from '../../support/sandbox-client';

const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;

describe('sandbox HTTP behaviour', () => {
  let sandbox: Sandbox;
  withSandbox((started) => (sandbox = started));

  describe('authentication', () => {
    it('accepts the default personal access token', async () => {
      const response = await api(sandbox, 'GET', '/authorization/userinfo');
      expect(response.status).to.equal(200);
      expect(response.json).to.include({ sub: 'w0', domain: 'sipgate.de' });
    });

    it('accepts the default username/password and OAuth bearer token', async () => {
      const viaBasic = await api(sandbox, 'GET', '/users', {
        authorization: basic(SANDBOX_BASIC_CREDENTIALS.username, SANDBOX_BASIC_CREDENTIALS.password),
      });
      const viaBearer = await api(sandbox, 'GET', '/users', {
        authorization: `Bearer ${SANDBOX_OAUTH_CREDENTIALS.token}`,
      });
      expect([viaBasic.status, viaBearer.status]).to.deep.equal([200, 200]);
    });

    it('answers 401 with a JSON error body without or with wrong credentials', async () => {
      for (const authorization of [
        null,
        basic('token-SANDBX', '00000000-0000-4000-8000-000000000000'),
        'Bearer a.b.c',
        'Digest abc',
        'Basic %%%',
      ]) {
        const response = await api(sandbox, 'GET', '/users', { authorization });
        expect(response.status, String(authorization)).to.equal(401);
        expect(response.contentType).to.match(/^application\/json/);
        expect(response.json.errors[0]).to.include({ status: 401 });
        expect(response.headers.get('www-authenticate')).to.match(/Basic/);
      }
    });

    it('accepts only the configured credentials when given', async () => {
      const own = await createSandbox({
        credentials: { tokenId: 'token-ABC123', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' },
      });
      try {
        expect((await api(own, 'GET', '/users')).status).to.equal(401);
        const response = await api(own, 'GET', '/users', {
          authorization: basic('token-ABC123', 'e68ead46-a7db-46cd-8a1a-44aed1e4e372'),
        });
        expect(response.status).to.equal(200);
      } finally {
        await own.stop();
      }
    });

    it('rejects malformed credential options with a SandboxOptionError', async () => {
      expect(
        await rejection(createSandbox({ credentials: { tokenId: 'token-ABC123', token: 'has space' } })),
      ).to.be.instanceOf(SandboxOptionError);
    });
  });

  describe('bad requests', () => {
    it('answers 400 for invalid JSON and for missing required fields', async () => {
      const broken = await api(sandbox, 'POST', '/sessions/sms', {
        rawBody: '{"smsId":',
        headers: { 'Content-Type': 'application/json' },
      });
      expect(broken.status).to.equal(400);
      expect(broken.json.errors[0].detail).to.match(/JSON/);
      const missing = await api(sandbox, 'POST', '/sessions/sms', {
        body: { smsId: 's0', recipient: '+4915799912345' },
      });
      expect(missing.status).to.equal(400);
      expect(missing.json.errors[0].detail).to.match(/message/);
      const notObject = await api(sandbox, 'POST', '/sessions/calls', { body: [1, 2] });
      expect(notObject.status).to.equal(400);
    });

    it('answers 415 for a body that is not JSON', async () => {
      const response = await api(sandbox, 'POST', '/sessions/sms', {
        rawBody: 'smsId=s0',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      expect(response.status).to.equal(415);
    });

    it('answers 404 for unknown paths, inside and outside /v2', async () => {
      expect((await api(sandbox, 'GET', '/does/not/exist')).status).to.equal(404);
      const outside = await fetch(sandbox.url.replace(/\/v2$/, '/v1/users'));
      expect(outside.status).to.equal(404);
      expect((await api(sandbox, 'GET', '/users/w99')).status).to.equal(404);
    });

    it('answers 405 with an Allow header for a wrong method on a known path', async () => {
      const response = await api(sandbox, 'PATCH', '/history/h1');
      expect(response.status).to.equal(405);
      expect(response.headers.get('allow')).to.include('GET').and.include('PUT').and.include('DELETE');
      expect((await api(sandbox, 'POST', '/calls')).status).to.equal(405);
    });

    it('answers 413 for a body above the size limit and keeps serving', async () => {
      const small = await createSandbox({ maxBodyBytes: 1024 });
      try {
        const response = await api(small, 'POST', '/contacts', { body: { scope: 'PRIVATE', name: 'x'.repeat(5000) } });
        expect(response.status).to.equal(413);
        expect((await api(small, 'GET', '/users')).status).to.equal(200);
      } finally {
        await small.stop();
      }
    });

    it('survives garbage on the socket and malformed paths', async () => {
      await new Promise<void>((resolve) => {
        const socket = net.connect(sandbox.port, '127.0.0.1', () => socket.write('\x00\x01NOT HTTP\r\n\r\n'));
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
      });
      expect((await api(sandbox, 'GET', '/users/%E0%A4%A')).status).to.equal(404);
      expect((await api(sandbox, 'GET', '/users')).status).to.equal(200);
    });
  });

  describe('robustness', () => {
    const badBodies: unknown[] = [
      null,
      'text',
      42,
      true,
      [],
      [null],
      [{}],
      {},
      { id: 5 },
      { value: 'yes', sequence: 7, url: [], note: {} },
      { smsId: 's0', recipient: 12, message: [], sendAt: 'x' },
      { faxlineId: 'f0', recipient: '+4930111', filename: 'a', base64Content: 7 },
      { caller: {}, callee: null },
      { scope: 'PRIVATE', emails: [null], numbers: [{ number: 5, type: 'x' }], addresses: [7], organization: [[1]] },
      { incomingUrl: 5, outgoingUrl: [] },
      { base64Content: '' },
      { defaultNumber: 'maybe' },
      { attended: 'no', phoneNumber: 1 },
      { value: true, announcement: 'x' },
      { deep: JSON.parse('['.repeat(200) + ']'.repeat(200)) },
    ];

    it('never answers 5xx to malformed bodies on any endpoint, and keeps serving', async () => {
      const ids: Record<string, string> = {
        userId: 'w0',
        smsId: 's0',
        callerId: '0',
        deviceId: 'e0',
        voicemailId: 'v0',
        contactId: 'ct0',
        entryId: 'h1',
        callId: 'call-x',
      };
      for (const endpoint of sandbox.endpoints) {
        const [method, template] = endpoint.split(' ');
        const path = template.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? 'x');
        for (const body of method === 'GET' ? [undefined] : badBodies) {
          const response = await api(sandbox, method, `${path}?limit=-5&offset=x&types=1&from=%ZZ&id=`, { body });
          expect(response.status, `${endpoint} with ${String(JSON.stringify(body)).slice(0, 60)}`).to.be.below(500);
        }
        sandbox.reset();
      }
      expect((await api(sandbox, 'GET', '/users')).status).to.equal(200);
    });
  });

  describe('CORS', () => {
    it('answers preflight requests for the SDK headers without credentials', async () => {
      const response = await fetch(`${sandbox.url}/sessions/sms`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://127.0.0.1:5173',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type,x-sipgate-client,x-sipgate-version',
        },
      });
      expect(response.status).to.equal(204);
      expect(response.headers.get('access-control-allow-origin')).to.equal('http://127.0.0.1:5173');
      const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
      for (const header of ['authorization', 'content-type', 'x-sipgate-client', 'x-sipgate-version'])
        expect(allowed).to.include(header);
      expect(response.headers.get('access-control-allow-methods')).to.include('DELETE');
    });

    it('adds the CORS origin to normal and error answers', async () => {
      const ok = await api(sandbox, 'GET', '/users', { headers: { Origin: 'http://localhost:8080' } });
      expect(ok.headers.get('access-control-allow-origin')).to.equal('http://localhost:8080');
      const denied = await api(sandbox, 'GET', '/users', {
        authorization: null,
        headers: { Origin: 'http://localhost:8080' },
      });
      expect(denied.headers.get('access-control-allow-origin')).to.equal('http://localhost:8080');
    });

    it('can be switched off', async () => {
      const plain = await createSandbox({ cors: false });
      try {
        const response = await api(plain, 'GET', '/users', { headers: { Origin: 'http://localhost:8080' } });
        expect(response.headers.get('access-control-allow-origin')).to.equal(null);
        expect((await fetch(`${plain.url}/users`, { method: 'OPTIONS' })).status).to.equal(401);
      } finally {
        await plain.stop();
      }
    });
  });

  describe('fault injection', () => {
    it('answers 429 with Retry-After once, then normally', async () => {
      sandbox.injectFault({ path: '/users', status: 429, retryAfterSeconds: 3 });
      const limited = await api(sandbox, 'GET', '/users');
      expect(limited.status).to.equal(429);
      expect(limited.headers.get('retry-after')).to.equal('3');
      expect((await api(sandbox, 'GET', '/users')).status).to.equal(200);
    });

    it('applies a fault the given number of times, only to the matching method', async () => {
      sandbox.injectFault({ method: 'POST', path: /^\/sessions\//, status: 503, times: 2 });
      expect((await api(sandbox, 'GET', '/users')).status).to.equal(200);
      const body = { smsId: 's0', recipient: '+4915799912345', message: 'hi' };
      expect((await api(sandbox, 'POST', '/sessions/sms', { body })).status).to.equal(503);
      expect((await api(sandbox, 'POST', '/sessions/sms', { body })).status).to.equal(503);
      expect((await api(sandbox, 'POST', '/sessions/sms', { body })).status).to.equal(204);
    });

    it('answers 500 and can be cleared', async () => {
      sandbox.injectFault({ path: '/history', status: 500, times: Infinity });
      expect((await api(sandbox, 'GET', '/history')).status).to.equal(500);
      sandbox.clearFaults();
      expect((await api(sandbox, 'GET', '/history')).status).to.equal(200);
    });

    it('drops the connection without an answer', async () => {
      sandbox.injectFault({ path: '/calls', dropConnection: true });
      expect(await rejection(api(sandbox, 'GET', '/calls'))).to.be.instanceOf(Error);
      expect((await api(sandbox, 'GET', '/calls')).status).to.equal(200);
    });

    it('delays a request by latencyMs and still answers it', async () => {
      sandbox.injectFault({ path: '/balance', latencyMs: 30 });
      const response = await api(sandbox, 'GET', '/balance');
      expect(response.status).to.equal(200);
      expect(response.json).to.have.property('currency', 'EUR');
    });

    it('rejects malformed faults', () => {
      expect(() => sandbox.injectFault({ path: 42 as unknown as string })).to.throw(TypeError);
      expect(() => sandbox.injectFault({ path: '/x', status: 1000 })).to.throw(RangeError);
    });
  });

  describe('request log', () => {
    it('records method, path with query, parsed body and status of every request, and forgets them on reset', async () => {
      await api(sandbox, 'GET', '/history?types=SMS');
      await api(sandbox, 'POST', '/sessions/sms', {
        body: { smsId: 's0', recipient: '+4915799912345', message: 'logged' },
      });
      await api(sandbox, 'GET', '/users', { authorization: null });
      sandbox.injectFault({ path: '/calls', dropConnection: true });
      await rejection(api(sandbox, 'GET', '/calls'));
      expect(sandbox.requests.map(({ method, path, status }) => `${method} ${path} ${status}`)).to.deep.equal([
        'GET /v2/history?types=SMS 200',
        'POST /v2/sessions/sms 204',
        'GET /v2/users 401',
        'GET /v2/calls dropped',
      ]);
      expect(sandbox.requests[1].body).to.deep.equal({ smsId: 's0', recipient: '+4915799912345', message: 'logged' });
      sandbox.reset();
      expect(sandbox.requests).to.deep.equal([]);
    });
  });

  describe('lifecycle', () => {
    it('listens on loopback at a free port and stops (twice is harmless)', async () => {
      const other = await createSandbox();
      expect(other.url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);
      expect(other.port).to.be.greaterThan(0).and.not.equal(sandbox.port);
      await other.stop();
      await other.stop();
      expect(await rejection(fetch(`${other.url}/users`))).to.be.instanceOf(Error);
    });

    it('signs with a given private key and shares one generated key between sandboxes otherwise', async () => {
      const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
      const own = await createSandbox({
        webhookPrivateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      });
      const other = await createSandbox();
      try {
        expect(own.publicKeyPem).to.equal(publicKey.export({ type: 'spki', format: 'pem' }).toString());
        expect(other.publicKeyPem).to.equal(sandbox.publicKeyPem);
      } finally {
        await Promise.all([own.stop(), other.stop()]);
      }
    });

    it('checks every number, switch and list among its options before listening, naming the field', async () => {
      const cases: Array<[unknown, string]> = [
        [null, 'options'],
        [{ port: 1.5 }, 'port'],
        [{ host: 7 }, 'host'],
        [{ cors: 'yes' }, 'cors'],
        [{ faxStepMs: -1 }, 'faxStepMs'],
        [{ webhookTimeoutMs: 0 }, 'webhookTimeoutMs'],
        [{ maxWebhookSteps: '20' }, 'maxWebhookSteps'],
        [{ maxBodyBytes: Number.NaN }, 'maxBodyBytes'],
        [{ outgoingCallDtmf: '1x' }, 'outgoingCallDtmf'],
        [{ failingFaxNumbers: '+4921100000000' }, 'failingFaxNumbers'],
        [{ failingFaxNumbers: ['+4921100000000', 'fax'] }, 'failingFaxNumbers[1]'],
        [{ allowedHosts: ['dev.test', ''] }, 'allowedHosts[1]'],
        [{ oauth: null }, 'oauth'],
        [{ oauth: { accessTokenLifetimeSeconds: 0 } }, 'accessTokenLifetimeSeconds'],
        [{ sip: [] }, 'sip'],
        [{ sip: { nonceTtlMs: -5 } }, 'sip.nonceTtlMs'],
      ];
      for (const [options, field] of cases) {
        const error = await rejection(createSandbox(options as Parameters<typeof createSandbox>[0]));
        expect(error, field).to.be.instanceOf(SandboxOptionError).with.property('field', field);
      }
    });

    it('checks the input of a simulated call, naming the field', () => {
      const from = '+4930123456';
      const to = '+4921100000000';
      const cases: Array<[unknown, string]> = [
        [[from, to], 'call'],
        [{ from, to, dtmf: 12 }, 'dtmf'],
        [{ from, to, direction: 'up' }, 'direction'],
        [{ from, to, user: 'w0' }, 'user'],
        [{ from, to, user: { id: 5, name: 'Ada' } }, 'user'],
      ];
      for (const [call, field] of cases) {
        expect(() => sandbox.simulateIncomingCall(call as Parameters<Sandbox['simulateIncomingCall']>[0]), field)
          .to.throw(SandboxOptionError)
          .with.property('field', field);
      }
    });

    it('rejects a bad port and bad failing fax numbers', async () => {
      expect(await rejection(createSandbox({ port: 70000 }))).to.be.instanceOf(SandboxOptionError);
      expect(await rejection(createSandbox({ failingFaxNumbers: ['not a number'] }))).to.be.instanceOf(
        SandboxOptionError,
      );
    });
  });
});
