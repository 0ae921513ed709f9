/**
 * Only who started the sandbox can use it: pages from other origins are refused (CORS included), Host names
 * other than IP addresses, localhost and allowed names are refused (DNS rebinding), random credentials can
 * replace the published ones, and webhook requests reach only the origins the settings name, so a transcript
 * cannot read another local service. All over real HTTP on loopback.
 */
import { expect } from 'chai';
import * as http from 'http';
import type { AddressInfo } from 'net';
import {
  createSandbox,
  randomSandboxCredentials,
  SANDBOX_CREDENTIALS,
  SandboxOptionError,
  type Sandbox,
} from '../../../lib/sandbox';
import { rejection } from '../../support/module-test-kit';
import { PAT_HEADER, withSandbox } from '../../support/sandbox-client';

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** node:http, because fetch will not send a Host header of our choosing. */
function raw(sandbox: Sandbox, method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<RawAnswer>((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: sandbox.port,
        method,
        path: `/v2${path}`,
        headers: { Authorization: PAT_HEADER, ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const JSON_TYPE = { 'Content-Type': 'application/json' };

/** A local HTTP service on loopback that answers every request with `answer`. */
async function localService(answer: string) {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/xml' });
      res.end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, hits, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('sandbox access: only who started it', () => {
  let sandbox: Sandbox;
  withSandbox((started) => (sandbox = started));

  describe('Origin', () => {
    it('refuses a page from another origin with 403 and no CORS headers, before anything changes', async () => {
      const settings = JSON.stringify({ incomingUrl: 'http://127.0.0.1:9/x', outgoingUrl: '' });
      const write = await raw(
        sandbox,
        'PUT',
        '/settings/sipgateio',
        { Origin: 'https://evil.example', ...JSON_TYPE },
        settings,
      );
      expect(write.status).to.equal(403);
      expect(write.headers['access-control-allow-origin']).to.equal(undefined);
      expect(sandbox.state.settings.incomingUrl).to.equal('');

      const preflight = await raw(sandbox, 'OPTIONS', '/settings/sipgateio', {
        Origin: 'https://evil.example',
        'Access-Control-Request-Method': 'PUT',
      });
      expect(preflight.status).to.equal(403);
      expect(preflight.headers['access-control-allow-origin']).to.equal(undefined);

      const opaque = await raw(sandbox, 'GET', '/users', { Origin: 'null' });
      expect(opaque.status).to.equal(403);
    });

    it('lets loopback pages in by default and a page without Origin (Node, curl) always', async () => {
      for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'http://[::1]:3000']) {
        const answer = await raw(sandbox, 'GET', '/users', { Origin: origin });
        expect(answer.status, origin).to.equal(200);
        expect(answer.headers['access-control-allow-origin']).to.equal(origin);
      }
      expect((await raw(sandbox, 'GET', '/users', {})).status).to.equal(200);
    });

    it('allows exactly the configured origins when allowedOrigins is given', async () => {
      const own = await createSandbox({ allowedOrigins: ['https://app.example:8443'] });
      try {
        const allowed = await raw(own, 'GET', '/users', { Origin: 'https://app.example:8443' });
        expect(allowed.status).to.equal(200);
        expect(allowed.headers['access-control-allow-origin']).to.equal('https://app.example:8443');
        expect((await raw(own, 'GET', '/users', { Origin: 'http://localhost:5173' })).status).to.equal(403);
        expect((await raw(own, 'GET', '/users', { Origin: 'https://app.example' })).status).to.equal(403);
      } finally {
        await own.stop();
      }
    });

    it('refuses origin options that are not origins', async () => {
      const error = await rejection(createSandbox({ allowedOrigins: ['http://localhost:5173/app'] }));
      expect(error).to.be.instanceOf(SandboxOptionError);
      expect((error as SandboxOptionError).field).to.equal('allowedOrigins[0]');
    });
  });

  describe('Host (DNS rebinding)', () => {
    it('answers 421 to a Host name it was not given, and serves IP addresses and localhost', async () => {
      const rebound = await raw(sandbox, 'GET', '/users', { Host: `attacker.example:${sandbox.port}` });
      expect(rebound.status).to.equal(421);
      expect(JSON.parse(rebound.body).errors[0].detail).to.match(/attacker\.example/);
      expect((await raw(sandbox, 'GET', '/users', { Host: 'localhost.attacker.example' })).status).to.equal(421);
      for (const host of [`127.0.0.1:${sandbox.port}`, `localhost:${sandbox.port}`, `[::1]:${sandbox.port}`])
        expect((await raw(sandbox, 'GET', '/users', { Host: host })).status, host).to.equal(200);
    });

    it('serves names listed in allowedHosts', async () => {
      const own = await createSandbox({ allowedHosts: ['sandbox.internal'] });
      try {
        expect((await raw(own, 'GET', '/users', { Host: `sandbox.internal:${own.port}` })).status).to.equal(200);
        expect((await raw(own, 'GET', '/users', { Host: `other.internal:${own.port}` })).status).to.equal(421);
      } finally {
        await own.stop();
      }
    });
  });

  describe('random credentials', () => {
    it('makes a fresh personal access token that replaces the published one', async () => {
      const first = randomSandboxCredentials();
      const second = randomSandboxCredentials();
      expect(first.tokenId).to.match(/^token-[A-Z0-9]{6}$/);
      expect(first.token).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(second.token).to.not.equal(first.token);
      const own = await createSandbox({ credentials: first });
      try {
        const basic = (c: { tokenId: string; token: string }) =>
          `Basic ${Buffer.from(`${c.tokenId}:${c.token}`).toString('base64')}`;
        expect((await raw(own, 'GET', '/users', { Authorization: basic(SANDBOX_CREDENTIALS) })).status).to.equal(401);
        expect((await raw(own, 'GET', '/users', { Authorization: basic(first) })).status).to.equal(200);
      } finally {
        await own.stop();
      }
    });
  });

  describe('webhook targets', () => {
    it('posts only to the origins the settings name: a callback URL elsewhere is not contacted', async () => {
      const secret = await localService('<private>secret of another local service</private>');
      const webhook = await localService(`<Response><Gather onData="${secret.base}/admin" maxDigits="1"/></Response>`);
      try {
        sandbox.state.settings = { incomingUrl: `${webhook.base}/in`, outgoingUrl: '', log: true, whitelist: null };
        const transcript = await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000', dtmf: '1' });
        expect(webhook.hits).to.deep.equal(['/in']);
        expect(secret.hits).to.deep.equal([]);
        const dtmfStep = transcript.steps.find((step) => step.event === 'dtmf');
        expect(dtmfStep?.error).to.match(/not sent: .* webhookOrigins/);
        expect(JSON.stringify(transcript)).to.not.include('secret of another');
        expect(JSON.stringify(sandbox.state.webhookLog)).to.not.include('secret of another');
      } finally {
        await Promise.all([secret.close(), webhook.close()]);
      }
    });

    it('posts to an origin listed in webhookOrigins', async () => {
      const other = await localService('<Response><Hangup/></Response>');
      const webhook = await localService(`<Response><Gather onData="${other.base}/data" maxDigits="1"/></Response>`);
      const own = await createSandbox({ webhookOrigins: [other.base] });
      try {
        own.state.settings = { incomingUrl: `${webhook.base}/in`, outgoingUrl: '', log: false, whitelist: null };
        await own.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000', dtmf: '1' });
        expect(other.hits).to.deep.equal(['/data']);
      } finally {
        await Promise.all([own.stop(), other.close(), webhook.close()]);
      }
    });
  });
});
