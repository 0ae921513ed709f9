/**
 * The sandbox's SIP registrar and proxy over a real WebSocket on the sandbox's port, driven by a Node test
 * party: registration with digest auth, device online/registered, routing of INVITE/CANCEL/ACK/BYE between
 * two registered devices, and the error answers to bad input.
 */
import { expect } from 'chai';
import {
  createSandbox,
  SANDBOX_CREDENTIALS,
  SANDBOX_SIP_PASSWORD,
  SandboxOptionError,
  type Sandbox,
} from '../../../lib/sandbox';
import { getHeader, getHeaders, headerParam, type SipMessage } from '../../../lib/sandbox/sip/message';
import { OPCODE } from '../../../lib/sandbox/sip/websocket-frames';
import { connectWs, digestAnswer, register, sipRequest, type WsTestClient } from '../../support/sip-client';

const E0 = '1234567e0';
const E1 = '1234567e1';

async function api(sandbox: Sandbox, method: string, path: string): Promise<{ status: number; json: any }> {
  const auth = Buffer.from(`${SANDBOX_CREDENTIALS.tokenId}:${SANDBOX_CREDENTIALS.token}`).toString('base64');
  const response = await fetch(`${sandbox.url}${path}`, { method, headers: { Authorization: `Basic ${auth}` } });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

const callIdOf = (m: SipMessage) => getHeader(m, 'call-id');

describe('sandbox SIP registrar and proxy (SIP over WebSocket)', function () {
  this.timeout(15_000);
  let sandbox: Sandbox;
  const clients: WsTestClient[] = [];

  async function connect(): Promise<WsTestClient> {
    const client = await connectWs(sandbox.sipUrl);
    clients.push(client);
    return client;
  }

  beforeEach(async () => {
    sandbox = await createSandbox({ sip: { maxExpiresSeconds: 120 } });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await sandbox.stop();
  });

  describe('WebSocket handshake', () => {
    it('serves ws://host:port/sip on the API port and the devices point at it', async () => {
      expect(sandbox.sipUrl).to.equal(`ws://127.0.0.1:${sandbox.port}/sip`);
      const device = await api(sandbox, 'GET', '/devices/e0');
      expect(device.json.credentials).to.include({ username: E0, sipServerWebsocketUrl: sandbox.sipUrl });
      const w1 = await api(sandbox, 'GET', '/w1/devices');
      expect(w1.json.items.map((d: { id: string }) => d.id)).to.deep.equal(['e1']);
    });

    it('refuses an upgrade without the sip subprotocol (400) and on another path (404)', async () => {
      const noSip = await connectWs(sandbox.sipUrl, 'chat').catch((e) => e);
      expect(noSip.status).to.equal(400);
      const otherPath = await connectWs(sandbox.sipUrl.replace('/sip', '/other')).catch((e) => e);
      expect(otherPath.status).to.equal(404);
      const oldVersion = await connectWs(sandbox.sipUrl, 'sip', { 'Sec-WebSocket-Version': '8' }).catch((e) => e);
      expect(oldVersion.status).to.equal(426);
    });

    it('closes with 1009 on an oversize frame and with 1002 on an unmasked frame; the sandbox stays up', async () => {
      const big = await connect();
      big.sendRaw(Buffer.alloc(70 * 1024, 0x41));
      expect(await big.waitClosed()).to.equal(1009);
      const unmasked = await connect();
      unmasked.socket.write(Buffer.from([0x81, 0x02, 0x68, 0x69]));
      expect(await unmasked.waitClosed()).to.equal(1002);
      expect((await api(sandbox, 'GET', '/devices/e0')).status).to.equal(200);
    });

    it('closes with 1007 on a text message that is not UTF-8, and 1008 on garbage that is not SIP', async () => {
      const badUtf8 = await connect();
      badUtf8.sendRaw(Buffer.from([0xc3, 0x28]));
      expect(await badUtf8.waitClosed()).to.equal(1007);
      const garbage = await connect();
      garbage.send('hello there\r\n\r\n');
      expect(await garbage.waitClosed()).to.equal(1008);
    });

    it('reassembles a fragmented message and answers pings', async () => {
      const client = await connect();
      const text = sipRequest('OPTIONS', 'sip:sipgate.de', { from: `sip:${E0}@sipgate.de`, to: 'sip:sipgate.de' });
      const bytes = Buffer.from(text);
      client.sendRaw(bytes.subarray(0, 20), OPCODE.text, false);
      client.sendRaw(bytes.subarray(20), OPCODE.continuation, true);
      const answer = await client.next();
      expect(answer.status).to.equal(200);
      expect(getHeader(answer, 'allow')).to.contain('INVITE');
    });
  });

  describe('registration', () => {
    it('challenges with 401 (qop=auth), registers with the device password and grants at most the maximum expiry', async () => {
      const client = await connect();
      const ok = await register(client, E0, SANDBOX_SIP_PASSWORD, { expires: 600 });
      expect(ok.status).to.equal(200);
      expect(headerParam(getHeader(ok, 'contact'), 'expires')).to.equal('120');
      const device = await api(sandbox, 'GET', '/devices/e0');
      expect(device.json.online).to.equal(true);
      expect(device.json.registered).to.have.length(1);
      expect(device.json.registered[0].ip).to.equal('127.0.0.1');
    });

    it('grants a short expiry when configured so, and the device goes offline when it is not refreshed', async () => {
      const short = await createSandbox({ sip: { maxExpiresSeconds: 1 } });
      try {
        const client = await connectWs(short.sipUrl);
        clients.push(client);
        const ok = await register(client, E0, SANDBOX_SIP_PASSWORD, { expires: 600 });
        expect(headerParam(getHeader(ok, 'contact'), 'expires')).to.equal('1');
        expect(short.state.devices[0].online).to.equal(true);
        for (let i = 0; i < 60 && short.state.devices[0].online; i++) await new Promise((r) => setTimeout(r, 50));
        expect((await api(short, 'GET', '/devices/e0')).json).to.include({ online: false });
        expect(short.sipRequests.map((r) => r.method)).to.deep.equal(['REGISTER', 'REGISTER']);
      } finally {
        await short.stop();
      }
      for (const sip of [{ maxExpiresSeconds: 0 }, { ringTimeoutMs: 0.5 }])
        await createSandbox({ sip }).then(
          () => expect.fail('accepted'),
          (error) => expect(error).to.be.instanceOf(SandboxOptionError),
        );
    });

    it('removes the registration when the socket closes', async () => {
      const client = await connect();
      expect((await register(client, E0, SANDBOX_SIP_PASSWORD)).status).to.equal(200);
      client.close();
      for (let i = 0; i < 50 && sandbox.state.devices[0].online; i++) await new Promise((r) => setTimeout(r, 20));
      const device = await api(sandbox, 'GET', '/devices/e0');
      expect(device.json).to.include({ online: false });
      expect(device.json.registered).to.deep.equal([]);
    });

    it('unregisters with expires=0', async () => {
      const client = await connect();
      await register(client, E0, SANDBOX_SIP_PASSWORD);
      const done = await register(client, E0, SANDBOX_SIP_PASSWORD, { expires: 0 });
      expect(done.status).to.equal(200);
      expect(sandbox.state.devices[0].online).to.equal(false);
    });

    it('answers a wrong password with a new 401 and a too-short expiry with 423 Min-Expires', async () => {
      const client = await connect();
      expect((await register(client, E0, 'wrong')).status).to.equal(401);
      const brief = await register(client, E0, SANDBOX_SIP_PASSWORD, { expires: 5 });
      expect(brief.status).to.equal(423);
      expect(getHeader(brief, 'min-expires')).to.equal('10');
    });

    it('forbids registering another device with valid credentials of this one (403)', async () => {
      const client = await connect();
      const aor = `sip:${E1}@sipgate.de`;
      client.send(
        sipRequest('REGISTER', 'sip:sipgate.de', {
          from: aor,
          to: aor,
          callId: 'x1',
          headers: ['Contact: <sip:a@b.invalid>'],
        }),
      );
      const challenge = await client.next();
      const authorization = digestAnswer(
        getHeader(challenge, 'www-authenticate') ?? '',
        'REGISTER',
        'sip:sipgate.de',
        E0,
        SANDBOX_SIP_PASSWORD,
      );
      client.send(
        sipRequest('REGISTER', 'sip:sipgate.de', {
          from: aor,
          to: aor,
          callId: 'x1',
          cseq: 2,
          headers: ['Contact: <sip:a@b.invalid>', `Authorization: ${authorization}`],
        }),
      );
      expect((await client.next()).status).to.equal(403);
    });

    it('resetPassword takes effect: the old password fails, the new one from the API works', async () => {
      expect((await api(sandbox, 'POST', '/devices/e0/credentials/password')).status).to.equal(204);
      const client = await connect();
      expect((await register(client, E0, SANDBOX_SIP_PASSWORD)).status).to.equal(401);
      const { password } = (await api(sandbox, 'GET', '/devices/e0')).json.credentials;
      expect(password).to.not.equal(SANDBOX_SIP_PASSWORD);
      expect((await register(client, E0, password)).status).to.equal(200);
    });

    it('a device created through the API can register with the credentials it was given', async () => {
      const created = await api(sandbox, 'POST', '/w0/devices/register');
      expect(created.status).to.equal(200);
      const { username, password, sipServerWebsocketUrl } = created.json.credentials;
      expect(sipServerWebsocketUrl).to.equal(sandbox.sipUrl);
      const client = await connect();
      expect((await register(client, username, password)).status).to.equal(200);
    });

    it('closes the socket after a flood of failed authentications', async () => {
      const client = await connect();
      for (let i = 0; i < 11; i++) {
        const answer = await register(client, E0, `wrong${i}`, { callId: `flood${i}` });
        expect(answer.status).to.be.oneOf([401, 403]);
      }
      expect(await client.waitClosed()).to.equal(1008);
    });
  });

  describe('routing calls', () => {
    async function twoPhones(): Promise<{ alice: WsTestClient; bob: WsTestClient }> {
      const alice = await connect();
      const bob = await connect();
      expect((await register(alice, E0, SANDBOX_SIP_PASSWORD, { contactUser: 'alice' })).status).to.equal(200);
      expect((await register(bob, E1, SANDBOX_SIP_PASSWORD, { contactUser: 'bob' })).status).to.equal(200);
      return { alice, bob };
    }

    /** Sends an INVITE from alice to `target`, answering the 407, and returns the call's id and branch. */
    async function invite(
      alice: WsTestClient,
      target: string,
      callId: string,
    ): Promise<{ branch: string; auth: string }> {
      const options = {
        from: `sip:${E0}@sipgate.de`,
        to: `sip:${target}@sipgate.de`,
        callId,
        headers: ['Contact: <sip:alice@client.invalid;transport=ws>'],
      };
      alice.send(sipRequest('INVITE', `sip:${target}@sipgate.de`, { ...options, branch: 'z9hG4bKfirst' }));
      const challenge = await alice.next((m) => callIdOf(m) === callId);
      expect(challenge.status).to.equal(407);
      alice.send(
        sipRequest('ACK', `sip:${target}@sipgate.de`, {
          ...options,
          branch: 'z9hG4bKfirst',
          toTag: headerParam(getHeader(challenge, 'to'), 'tag'),
        }),
      );
      const auth = digestAnswer(
        getHeader(challenge, 'proxy-authenticate') ?? '',
        'INVITE',
        `sip:${target}@sipgate.de`,
        E0,
        SANDBOX_SIP_PASSWORD,
      );
      const branch = `z9hG4bK${callId}`;
      alice.send(
        sipRequest('INVITE', `sip:${target}@sipgate.de`, {
          ...options,
          cseq: 2,
          branch,
          headers: [...options.headers, `Proxy-Authorization: ${auth}`],
          body: 'v=0\r\n',
        }),
      );
      return { branch, auth };
    }

    it('routes an authenticated INVITE by number to the callee, responses back, and BYE along the Record-Route', async () => {
      const { alice, bob } = await twoPhones();
      await invite(alice, '+4921100000001', 'call-1');
      const incoming = await bob.next((m) => m.method === 'INVITE');
      expect(incoming.uri).to.equal('sip:bob@client.invalid;transport=ws');
      expect(getHeader(incoming, 'proxy-authorization')).to.equal(undefined);
      expect(getHeader(incoming, 'max-forwards')).to.equal('69');
      expect(getHeaders(incoming, 'via')).to.have.length(2);
      const recordRoute = getHeader(incoming, 'record-route') ?? '';
      expect(recordRoute).to.contain(`@127.0.0.1:${sandbox.port};transport=ws;lr`);
      expect(incoming.body).to.equal('v=0\r\n');

      // The callee answers: 180 and 200 go back to alice with the proxy's Via removed.
      const answer = (status: number, reason: string) =>
        [
          `SIP/2.0 ${status} ${reason}`,
          ...getHeaders(incoming, 'via').map((v) => `Via: ${v}`),
          `Record-Route: ${recordRoute}`,
          `From: ${getHeader(incoming, 'from')}`,
          `To: ${getHeader(incoming, 'to')};tag=bobtag`,
          `Call-ID: ${getHeader(incoming, 'call-id')}`,
          `CSeq: ${getHeader(incoming, 'cseq')}`,
          'Contact: <sip:bob@client.invalid;transport=ws>',
          'Content-Length: 0',
          '',
          '',
        ].join('\r\n');
      bob.send(answer(180, 'Ringing'));
      const ringing = await alice.next((m) => m.status === 180);
      expect(getHeaders(ringing, 'via')).to.have.length(1);
      bob.send(answer(200, 'OK'));
      await alice.next((m) => m.status === 200 && callIdOf(m) === 'call-1');

      // ACK and BYE from alice carry the Route and reach bob.
      const inDialog = (method: string, cseq: number) =>
        sipRequest(method, 'sip:bob@client.invalid;transport=ws', {
          from: `sip:${E0}@sipgate.de`,
          to: 'sip:+4921100000001@sipgate.de',
          toTag: 'bobtag',
          callId: 'call-1',
          cseq,
          headers: [`Route: ${recordRoute}`],
        });
      alice.send(inDialog('ACK', 2));
      expect((await bob.next((m) => m.method === 'ACK')).uri).to.equal('sip:bob@client.invalid;transport=ws');
      alice.send(inDialog('BYE', 3));
      const bye = await bob.next((m) => m.method === 'BYE');
      expect(getHeader(bye, 'route')).to.equal(undefined);
    });

    it('sends a CANCEL on the same branch as its INVITE, so the callee can match it', async () => {
      const { alice, bob } = await twoPhones();
      const { branch } = await invite(alice, E1, 'call-2');
      const incoming = await bob.next((m) => m.method === 'INVITE');
      alice.send(
        sipRequest('CANCEL', `sip:${E1}@sipgate.de`, {
          from: `sip:${E0}@sipgate.de`,
          to: `sip:${E1}@sipgate.de`,
          callId: 'call-2',
          cseq: 2,
          branch,
        }),
      );
      const cancel = await bob.next((m) => m.method === 'CANCEL');
      expect(headerParam(getHeader(cancel, 'via'), 'branch')).to.equal(
        headerParam(getHeader(incoming, 'via'), 'branch'),
      );
    });

    it('answers 404 for an unknown number, 480 for a known device that is not registered', async () => {
      const alice = await connect();
      await register(alice, E0, SANDBOX_SIP_PASSWORD, { contactUser: 'alice' });
      await invite(alice, '+4930999999', 'call-3');
      expect((await alice.next((m) => callIdOf(m) === 'call-3' && m.status !== 407)).status).to.equal(404);
      await invite(alice, 'e1', 'call-4');
      expect((await alice.next((m) => callIdOf(m) === 'call-4' && m.status !== 407)).status).to.equal(480);
    });

    it('answers an INVITE with a wrong digest with a new 407, never forwarding it', async () => {
      const { alice, bob } = await twoPhones();
      alice.send(
        sipRequest('INVITE', `sip:${E1}@sipgate.de`, {
          from: `sip:${E0}@sipgate.de`,
          to: `sip:${E1}@sipgate.de`,
          callId: 'call-5',
          headers: [
            `Proxy-Authorization: Digest username="${E0}", realm="sipgate.de", nonce="x.y", uri="sip:${E1}@sipgate.de", response="00"`,
          ],
        }),
      );
      expect((await alice.next((m) => callIdOf(m) === 'call-5')).status).to.equal(407);
      expect(bob.received.filter((r) => r.message?.method === 'INVITE')).to.deep.equal([]);
    });

    it('answers Max-Forwards: 0 with 483 and an unknown method with 501 and Allow', async () => {
      const { alice } = await twoPhones();
      const base = { from: `sip:${E0}@sipgate.de`, to: `sip:${E1}@sipgate.de` };
      alice.send(
        sipRequest('INVITE', `sip:${E1}@sipgate.de`, { ...base, callId: 'mf' }).replace(
          'Max-Forwards: 70',
          'Max-Forwards: 0',
        ),
      );
      expect((await alice.next((m) => callIdOf(m) === 'mf')).status).to.equal(483);
      alice.send(sipRequest('FROBNICATE', `sip:${E1}@sipgate.de`, { ...base, callId: 'frob' }));
      const unknown = await alice.next((m) => callIdOf(m) === 'frob');
      expect(unknown.status).to.equal(501);
      expect(getHeader(unknown, 'allow')).to.contain('INVITE');
    });

    it('answers 400 to a request whose CSeq method differs from its method', async () => {
      const { alice } = await twoPhones();
      alice.send(
        sipRequest('OPTIONS', 'sip:sipgate.de', {
          from: `sip:${E0}@sipgate.de`,
          to: 'sip:sipgate.de',
          callId: 'cs',
        }).replace('CSeq: 1 OPTIONS', 'CSeq: 1 INVITE'),
      );
      expect((await alice.next((m) => callIdOf(m) === 'cs')).status).to.equal(400);
    });
  });
});
