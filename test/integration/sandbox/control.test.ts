/**
 * The sandbox's control API under /_sandbox: the webhook signing key, calls played over HTTP (with a real SDK
 * webhook server that verifies signatures), transcripts, reset; authentication, bad input and isolation from
 * the fault injection of the sipgate API.
 */
import { expect } from 'chai';
import { generateKeyPairSync } from 'crypto';
import * as http from 'http';
import type { AddressInfo } from 'net';
import { createWebhookHandler, WebhookResponse } from '../../../lib';
import {
  SANDBOX_BASIC_CREDENTIALS,
  SANDBOX_NUMBERS,
  SANDBOX_OAUTH_CREDENTIALS,
  type CallTranscript,
  type Sandbox,
} from '../../../lib/sandbox';
import { api, PAT_HEADER, withSandbox } from '../../support/sandbox-client';

interface ControlResponse {
  status: number;
  json: any;
  headers: Headers;
}

async function control(
  sandbox: Sandbox,
  method: string,
  path: string,
  init: { body?: unknown; rawBody?: string; authorization?: string | null } = {},
): Promise<ControlResponse> {
  const headers: Record<string, string> = {};
  if (init.authorization !== null) headers.Authorization = init.authorization ?? PAT_HEADER;
  let body = init.rawBody;
  if (init.body !== undefined) body = JSON.stringify(init.body);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${sandbox.url.replace(/\/v2$/, '')}/_sandbox${path}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, json: text === '' ? undefined : JSON.parse(text), headers: response.headers };
}

/** An IVR on the SDK's node handler (gather 1 digit; 1 → redirect, 2 → voicemail, else hang up), on a free port. */
async function startIvr(publicKey: string) {
  const digits: string[] = [];
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const serverAddress = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const listener = createWebhookHandler({ serverAddress, publicKey });
  listener.onNewCall(() => WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 2000 }));
  listener.onData((event) => {
    digits.push(event.dtmf);
    if (event.dtmf === '1') return WebhookResponse.redirectCall({ numbers: ['+4921100000001'] });
    return event.dtmf === '2' ? WebhookResponse.sendToVoicemail() : WebhookResponse.hangUpCall();
  });
  // Subscribing makes the server ask for the answer and hangup events too, so every event kind is verified.
  listener.onAnswer(() => undefined);
  listener.onHangUp(() => undefined);
  server.on('request', listener);
  return {
    serverAddress,
    digits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('sandbox control API (/_sandbox)', () => {
  let sandbox: Sandbox;
  withSandbox((started) => (sandbox = started));

  describe('GET /_sandbox/public-key', () => {
    it('answers the PEM key the sandbox signs webhooks with', async () => {
      const response = await control(sandbox, 'GET', '/public-key');
      expect(response.status).to.equal(200);
      expect(response.json).to.deep.equal({ publicKeyPem: sandbox.publicKeyPem });
      expect(response.json.publicKeyPem).to.match(/^-----BEGIN PUBLIC KEY-----/);
    });

    it('accepts every credential the API accepts and nothing else', async () => {
      const basic = `Basic ${Buffer.from(`${SANDBOX_BASIC_CREDENTIALS.username}:${SANDBOX_BASIC_CREDENTIALS.password}`).toString('base64')}`;
      expect((await control(sandbox, 'GET', '/public-key', { authorization: basic })).status).to.equal(200);
      expect(
        (await control(sandbox, 'GET', '/public-key', { authorization: `Bearer ${SANDBOX_OAUTH_CREDENTIALS.token}` }))
          .status,
      ).to.equal(200);
      const anonymous = await control(sandbox, 'GET', '/public-key', { authorization: null });
      expect(anonymous.status).to.equal(401);
      expect(anonymous.json).to.not.have.property('publicKeyPem');
      expect(
        (await control(sandbox, 'GET', '/public-key', { authorization: 'Basic d3Jvbmc6d3Jvbmc=' })).status,
      ).to.equal(401);
    });
  });

  describe('POST /_sandbox/calls', () => {
    it('plays an incoming call against a webhook server that verifies signatures with the served key', async () => {
      const { json } = await control(sandbox, 'GET', '/public-key');
      const ivr = await startIvr(json.publicKeyPem);
      try {
        await api(sandbox, 'PUT', '/settings/sipgateio', {
          body: { incomingUrl: ivr.serverAddress, outgoingUrl: '', log: false, whitelist: null },
        });
        const response = await control(sandbox, 'POST', '/calls', {
          body: { from: '+4930123456', to: SANDBOX_NUMBERS.landline, dtmf: '1' },
        });
        expect(response.status).to.equal(200);
        const transcript = response.json as CallTranscript;
        expect(transcript).to.include({
          direction: 'in',
          from: '+4930123456',
          to: SANDBOX_NUMBERS.landline,
          outcome: 'answered',
          answeringNumber: '+4921100000001',
        });
        expect(transcript.steps.map((step) => `${step.event} ${step.status}`)).to.deep.equal([
          'newCall 200',
          'dtmf 200',
          'answer 200',
          'hangup 200',
        ]);
        expect(ivr.digits).to.deep.equal(['1']);
        // The transcript is the one the sandbox keeps, also readable in process.
        expect(sandbox.getTranscript(transcript.callId)?.outcome).to.equal('answered');
      } finally {
        await ivr.close();
      }
    });

    it('passes other digits through (2 reaches the voicemail)', async () => {
      const ivr = await startIvr(sandbox.publicKeyPem);
      try {
        sandbox.state.settings.incomingUrl = ivr.serverAddress;
        const { status, json } = await control(sandbox, 'POST', '/calls', {
          body: { from: 'anonymous', to: SANDBOX_NUMBERS.landline, dtmf: '2' },
        });
        expect(status).to.equal(200);
        expect(json.outcome).to.equal('voicemail');
        expect(ivr.digits).to.deep.equal(['2']);
      } finally {
        await ivr.close();
      }
    });

    it('a webhook server with another key refuses the events (the signature check is real)', async () => {
      const { publicKey } = generateKeyPairSync('rsa', {
        modulusLength: 2048,
        publicKeyEncoding: { type: 'spki', format: 'pem' },
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      });
      const ivr = await startIvr(publicKey);
      try {
        sandbox.state.settings.incomingUrl = ivr.serverAddress;
        const { json } = await control(sandbox, 'POST', '/calls', {
          body: { from: '+4930123456', to: SANDBOX_NUMBERS.landline, dtmf: '1' },
        });
        expect(json.steps[0].event).to.equal('newCall');
        expect(json.steps[0].status).to.be.within(400, 499);
        // Like sipgate, the call then rings as if there were no webhook: no menu, no redirect.
        expect(json.steps.map((step: { event: string }) => step.event)).to.not.include('dtmf');
        expect(json.answeringNumber).to.not.equal('+4921100000001');
        expect(ivr.digits).to.deep.equal([]);
      } finally {
        await ivr.close();
      }
    });

    it('answers 400 naming the problem for bad bodies, and keeps serving', async () => {
      const cases: Array<[{ body?: unknown; rawBody?: string }, RegExp]> = [
        [{ body: ['+4930123456'] }, /JSON object/],
        [{ body: 'call me' }, /JSON object/],
        [{}, /JSON object/],
        [{ rawBody: '{"from": ' }, /not valid JSON/],
        [{ body: { from: '+4930123456' } }, /to/],
        [{ body: { from: 42, to: SANDBOX_NUMBERS.landline } }, /from/],
        [{ body: { from: '+4930123456', to: SANDBOX_NUMBERS.landline, dtmf: '1x' } }, /dtmf/],
        [{ body: { from: '+4930123456', to: SANDBOX_NUMBERS.landline, direction: 'sideways' } }, /direction/],
      ];
      for (const [init, detail] of cases) {
        const response = await control(sandbox, 'POST', '/calls', init);
        expect(response.status, JSON.stringify(init)).to.equal(400);
        expect(response.json.errors[0].detail, JSON.stringify(init)).to.match(detail);
      }
      expect(sandbox.transcripts).to.deep.equal([]);
      expect((await control(sandbox, 'GET', '/public-key')).status).to.equal(200);
    });

    it('records a call without webhook when no incoming URL is set', async () => {
      const { status, json } = await control(sandbox, 'POST', '/calls', {
        body: { from: '+4930123456', to: SANDBOX_NUMBERS.landline },
      });
      expect(status).to.equal(200);
      expect(json.steps).to.deep.equal([]);
    });
  });

  describe('GET /_sandbox/calls/{callId}', () => {
    it('returns the transcript of an API-initiated call once its webhook exchange is done', async () => {
      const ivr = await startIvr(sandbox.publicKeyPem);
      try {
        sandbox.state.settings.outgoingUrl = ivr.serverAddress;
        const started = await api(sandbox, 'POST', '/sessions/calls', {
          body: { deviceId: 'e0', caller: 'e0', callee: '+4921165432' },
        });
        expect(started.status).to.equal(200);
        const { status, json } = await control(sandbox, 'GET', `/calls/${encodeURIComponent(started.json.sessionId)}`);
        expect(status).to.equal(200);
        expect(json).to.include({ callId: started.json.sessionId, direction: 'out', to: '+4921165432' });
        expect(json.steps[0]).to.include({ event: 'newCall', status: 200 });
      } finally {
        await ivr.close();
      }
    });

    it('answers 404 for an unknown call', async () => {
      const response = await control(sandbox, 'GET', '/calls/no-such-call');
      expect(response.status).to.equal(404);
      expect(response.json.errors[0].detail).to.contain('no-such-call');
    });
  });

  describe('routing', () => {
    it('POST /_sandbox/reset restores the seed data', async () => {
      await api(sandbox, 'PUT', '/settings/sipgateio', {
        body: { incomingUrl: 'http://127.0.0.1:9/x', outgoingUrl: '', log: false, whitelist: null },
      });
      const response = await control(sandbox, 'POST', '/reset');
      expect(response.status).to.equal(204);
      expect((await api(sandbox, 'GET', '/settings/sipgateio')).json.incomingUrl).to.not.equal('http://127.0.0.1:9/x');
    });

    it('answers 405 with Allow for a wrong method and 404 for unknown control paths', async () => {
      const wrong = await control(sandbox, 'GET', '/reset');
      expect(wrong.status).to.equal(405);
      expect(wrong.headers.get('allow')).to.equal('POST');
      expect((await control(sandbox, 'GET', '/nothing-here')).status).to.equal(404);
      expect((await control(sandbox, 'GET', '')).status).to.equal(404);
    });

    it('keeps working while faults are injected into the API, and is not listed among the API endpoints', async () => {
      sandbox.injectFault({ path: /.*/, status: 503, times: Infinity });
      expect((await api(sandbox, 'GET', '/users')).status).to.equal(503);
      expect((await control(sandbox, 'GET', '/public-key')).status).to.equal(200);
      expect(sandbox.endpoints.filter((endpoint) => endpoint.includes('_sandbox'))).to.deep.equal([]);
    });
  });
});
