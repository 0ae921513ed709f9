/**
 * The sandbox's SIP side tied to REST and webhooks, driven by Node test phones: calls through the proxy drive
 * newCall/answer/hangup webhooks and show in GET /calls; click-to-dial rings the registered phone first and
 * then the callee (another phone, or a simulated line); RTCM hangUp/hold/DTMF reach the phones as BYE,
 * re-INVITE and INFO; a re-INVITE the sandbox inserts into a proxied dialog does not break the peer's CSeqs.
 */
import { expect } from 'chai';
import { createSandbox, SANDBOX_SIP_PASSWORD, SandboxOptionError, type Sandbox } from '../../../lib/sandbox';
import { getHeader, type SipMessage } from '../../../lib/sandbox/sip/message';
import { api, PAT_HEADER } from '../../support/sandbox-client';
import {
  BROWSER_LIKE_OFFER,
  connectWs,
  digestAnswer,
  register,
  sipRequest,
  sipResponse,
  type WsTestClient,
} from '../../support/sip-client';
import { startSubscribingReceiver, type Received, type Receiver } from '../../support/webhook-receiver';

const E0 = '1234567e0';
const E1 = '1234567e1';
const E1_NUMBER = '+4921100000001';
const OUTSIDE = '+4930123456';

const callIdOf = (m: SipMessage) => getHeader(m, 'call-id');

/** A request inside a dialog: From and To given whole (with their tags). */
function inDialog(method: string, uri: string, from: string, to: string, callId: string, cseq: number, route?: string) {
  return [
    `${method} ${uri} SIP/2.0`,
    `Via: SIP/2.0/WSS phone.invalid;branch=z9hG4bK${method}${cseq}${callId}`,
    'Max-Forwards: 70',
    `From: ${from}`,
    `To: ${to}`,
    `Call-ID: ${callId}`,
    `CSeq: ${cseq} ${method}`,
    ...(route ? [`Route: ${route}`] : []),
    'Content-Length: 0',
    '',
    '',
  ].join('\r\n');
}
const cseqNumber = (m: SipMessage) => Number((getHeader(m, 'cseq') ?? '').split(' ')[0]);

describe('sandbox SIP calls tied to RTCM and webhooks', function () {
  this.timeout(20_000);
  let sandbox: Sandbox;
  let receiver: Receiver;
  const clients: WsTestClient[] = [];
  /** What the webhook server answers to newCall, inside its Response. */
  let newCallActions = '';

  async function phone(username: string, contactUser: string): Promise<WsTestClient> {
    const client = await connectWs(sandbox.sipUrl);
    clients.push(client);
    expect((await register(client, username, SANDBOX_SIP_PASSWORD, { contactUser })).status).to.equal(200);
    return client;
  }

  /** POST /sessions/calls from e0 with e0's phone as the device (click-to-dial); its callId. */
  async function clickToDial(callee: string): Promise<string> {
    const started = await api(sandbox, 'POST', '/sessions/calls', { body: { caller: 'e0', deviceId: 'e0', callee } });
    expect(started.status).to.equal(200);
    return started.json.sessionId as string;
  }

  /** Click-to-dial from alice's phone (e0) to bob's (e1): alice answers with a browser-like offer; bob's INVITE. */
  async function clickToDialBetweenPhones() {
    const alice = await phone(E0, 'alice');
    const bob = await phone(E1, 'bob');
    const callId = await clickToDial(E1_NUMBER);
    const invite = await alice.next((m) => m.method === 'INVITE');
    alice.send(
      sipResponse(invite, 200, 'OK', { toTag: 'a1', contact: 'sip:alice@c.invalid', body: BROWSER_LIKE_OFFER }),
    );
    const bobInvite = await bob.next((m) => m.method === 'INVITE');
    return { alice, bob, callId, invite, bobInvite };
  }

  /** The events of one call, in order, once `count` of them arrived. */
  async function events(callId: string, count: number): Promise<Received[]> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const mine = receiver.received.filter((r) => r.fields.get('callId') === callId);
      if (mine.length >= count || Date.now() > deadline) return mine;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  before(async () => {
    sandbox = await createSandbox({ sip: { ringTimeoutMs: 1500 } });
    receiver = await startSubscribingReceiver(sandbox.publicKeyPem, () => newCallActions);
  });
  after(async () => {
    await sandbox.stop();
    await receiver.close();
  });
  beforeEach(async () => {
    newCallActions = '';
    sandbox.reset();
    receiver.received.length = 0;
    const put = await api(sandbox, 'PUT', '/settings/sipgateio', {
      body: { incomingUrl: `${receiver.base}/in`, outgoingUrl: `${receiver.base}/new`, log: false },
    });
    expect(put.status).to.equal(204);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });

  /** bob (who answered with tag bobtag) ends the call alice started. */
  function bobSendsBye(bob: WsTestClient, incoming: SipMessage, route: string, cseq: number): void {
    const bobSide = `${getHeader(incoming, 'to')};tag=bobtag`;
    const aliceSide = getHeader(incoming, 'from') ?? '';
    const uri = 'sip:alice@client.invalid;transport=ws';
    bob.send(inDialog('BYE', uri, bobSide, aliceSide, callIdOf(incoming) ?? '', cseq, route));
  }

  /** alice (e0) calls bob (e1) by number through the proxy and bob answers; returns what both saw. */
  async function proxiedCall(alice: WsTestClient, bob: WsTestClient, sipCallId: string) {
    const options = {
      from: `sip:${E0}@sipgate.de`,
      to: `sip:${E1_NUMBER}@sipgate.de`,
      callId: sipCallId,
      headers: ['Contact: <sip:alice@client.invalid;transport=ws>'],
    };
    alice.send(sipRequest('INVITE', `sip:${E1_NUMBER}@sipgate.de`, { ...options, branch: 'z9hG4bKone' }));
    const challenge = await alice.next((m) => callIdOf(m) === sipCallId);
    const auth = digestAnswer(
      getHeader(challenge, 'proxy-authenticate') ?? '',
      'INVITE',
      `sip:${E1_NUMBER}@sipgate.de`,
      E0,
      SANDBOX_SIP_PASSWORD,
    );
    alice.send(
      sipRequest('INVITE', `sip:${E1_NUMBER}@sipgate.de`, {
        ...options,
        cseq: 2,
        headers: [...options.headers, `Proxy-Authorization: ${auth}`],
        body: BROWSER_LIKE_OFFER,
      }),
    );
    const incoming = await bob.next((m) => m.method === 'INVITE');
    bob.send(sipResponse(incoming, 180, 'Ringing', { toTag: 'bobtag' }));
    bob.send(
      sipResponse(incoming, 200, 'OK', {
        toTag: 'bobtag',
        contact: 'sip:bob@client.invalid;transport=ws',
        body: BROWSER_LIKE_OFFER.replace('a=setup:actpass', 'a=setup:active'),
      }),
    );
    const ok = await alice.next((m) => m.status === 200 && callIdOf(m) === sipCallId);
    const route = getHeader(ok, 'record-route') ?? '';
    const call = (await api(sandbox, 'GET', '/calls')).json.data[0];
    return { incoming, ok, route, callId: call.callId as string };
  }

  it('a call between two phones becomes an RTCM call with newCall, answer and hangup webhooks', async () => {
    const alice = await phone(E0, 'alice');
    const bob = await phone(E1, 'bob');
    const { incoming, route, callId } = await proxiedCall(alice, bob, 'p2p-1');
    expect(callId).to.match(/^call-/);
    const [newCall, answer] = await events(callId, 2);
    expect(Object.fromEntries(newCall.fields)).to.include({
      event: 'newCall',
      direction: 'out',
      from: '4921100000000',
      to: '4921100000001',
      'userId[]': 'w0',
    });
    expect(newCall.signatureValid && answer.signatureValid).to.equal(true);
    expect(Object.fromEntries(answer.fields)).to.include({ event: 'answer', answeringNumber: '4921100000001' });

    // bob hangs up: the BYE reaches alice and the hangup webhook says normalClearing.
    bobSendsBye(bob, incoming, route, 7);
    const bye = await alice.next((m) => m.method === 'BYE');
    expect(cseqNumber(bye)).to.equal(7);
    const hangup = (await events(callId, 3))[2];
    expect(Object.fromEntries(hangup.fields)).to.include({ event: 'hangup', cause: 'normalClearing' });
    expect((await api(sandbox, 'GET', '/calls')).json.data).to.deep.equal([]);
  });

  it('DTMF a phone sends as SIP INFO answers a Gather of the newCall answer with a dtmf webhook', async () => {
    const alice = await phone(E0, 'alice');
    const bob = await phone(E1, 'bob');
    newCallActions = `<Gather onData="${receiver.base}/dtmf" maxDigits="2" timeout="3000"/>`;
    const { ok, route, callId } = await proxiedCall(alice, bob, 'p2p-dtmf');
    await events(callId, 2);
    const aliceSide = getHeader(ok, 'from') ?? '';
    const bobSide = getHeader(ok, 'to') ?? '';
    for (const [cseq, tone] of [
      [3, '4'],
      [4, '#'],
    ] as const) {
      const info = inDialog('INFO', 'sip:bob@client.invalid;transport=ws', aliceSide, bobSide, 'p2p-dtmf', cseq, route)
        .replace('Content-Length: 0', 'Content-Type: application/dtmf-relay\r\nContent-Length: 24')
        .concat(`Signal=${tone}\r\nDuration=100\r\n`);
      alice.send(info);
      expect((await bob.next((m) => m.method === 'INFO')).body).to.contain(`Signal=${tone}`);
    }
    const dtmf = (await events(callId, 3))[2];
    expect(dtmf.path).to.equal('/dtmf');
    expect(Object.fromEntries(dtmf.fields)).to.include({ event: 'dtmf', dtmf: '4#', callId });
  });

  it('RTCM hold re-INVITEs both phones (sendonly, then sendrecv) and later requests keep their CSeq order', async () => {
    const alice = await phone(E0, 'alice');
    const bob = await phone(E1, 'bob');
    const { incoming, route, callId } = await proxiedCall(alice, bob, 'p2p-2');
    for (const [value, direction] of [
      [true, 'a=sendonly'],
      [false, 'a=sendrecv'],
    ] as const) {
      expect((await api(sandbox, 'PUT', `/calls/${callId}/hold`, { body: { value } })).status).to.equal(204);
      for (const client of [alice, bob]) {
        const reinvite = await client.next(
          (m) => m.method === 'INVITE' && getHeader(m, 'to')?.includes('tag=') === true,
        );
        expect(reinvite.body).to.contain(direction);
        client.send(sipResponse(reinvite, 200, 'OK', { body: BROWSER_LIKE_OFFER }));
        expect((await client.next((m) => m.method === 'ACK')).uri).to.match(/^sip:(alice|bob)@/);
      }
    }
    // bob's own BYE (his CSeq 1) reaches alice above the two CSeqs the sandbox used in his name.
    bobSendsBye(bob, incoming, route, 1);
    const bye = await alice.next((m) => m.method === 'BYE');
    expect(cseqNumber(bye)).to.equal(3);
    alice.send(sipResponse(bye, 200, 'OK'));
    const byeOk = await bob.next((m) => m.status === 200 && (getHeader(m, 'cseq') ?? '').endsWith('BYE'));
    expect(cseqNumber(byeOk)).to.equal(1);
  });

  it('click-to-dial rings the registered phone first, then a line outside the account answers', async () => {
    const alice = await phone(E0, 'alice');
    const callId = await clickToDial(OUTSIDE);
    const invite = await alice.next((m) => m.method === 'INVITE');
    expect(invite.body).to.equal('');
    expect(invite.uri).to.equal('sip:alice@client.invalid;transport=ws');
    expect(getHeader(invite, 'from')).to.contain(`sip:${OUTSIDE}@sipgate.de`);
    alice.send(sipResponse(invite, 180, 'Ringing', { toTag: 'a1' }));
    alice.send(
      sipResponse(invite, 200, 'OK', {
        toTag: 'a1',
        contact: 'sip:alice@client.invalid;transport=ws',
        body: BROWSER_LIKE_OFFER,
      }),
    );
    const ack = await alice.next((m) => m.method === 'ACK');
    expect(ack.body).to.contain('a=mid:0').and.contain('a=fingerprint:sha-256').and.contain('opus/48000');
    const [newCall, answer] = await events(callId, 2);
    expect(Object.fromEntries(newCall.fields)).to.include({ event: 'newCall', to: OUTSIDE.slice(1), 'userId[]': 'w0' });
    expect(Object.fromEntries(answer.fields)).to.include({ event: 'answer', answeringNumber: OUTSIDE.slice(1) });

    // DTMF and hangUp over RTCM reach the phone.
    expect((await api(sandbox, 'POST', `/calls/${callId}/dtmf`, { body: { sequence: '4#' } })).status).to.equal(204);
    const tones = [await alice.next((m) => m.method === 'INFO'), await alice.next((m) => m.method === 'INFO')];
    expect(tones.map((m) => m.body)).to.deep.equal(['Signal=4\r\nDuration=160\r\n', 'Signal=#\r\nDuration=160\r\n']);
    expect((await api(sandbox, 'DELETE', `/calls/${callId}`)).status).to.equal(204);
    const bye = await alice.next((m) => m.method === 'BYE');
    alice.send(sipResponse(bye, 200, 'OK'));
    const hangup = (await events(callId, 3))[2];
    expect(Object.fromEntries(hangup.fields)).to.include({ event: 'hangup', cause: 'normalClearing' });
  });

  it('click-to-dial to a number of another registered phone hands the first phone’s offer to it', async () => {
    const { alice, bob, callId, invite, bobInvite } = await clickToDialBetweenPhones();
    expect(bobInvite.body).to.equal(BROWSER_LIKE_OFFER);
    expect(getHeader(bobInvite, 'from')).to.contain('sip:+4921100000000@');
    expect((await events(callId, 1)).length).to.equal(1); // newCall only: bob has not answered
    const bobAnswer = BROWSER_LIKE_OFFER.replace('actpass', 'active').replace('abcd', 'wxyz');
    bob.send(sipResponse(bobInvite, 200, 'OK', { toTag: 'b1', contact: 'sip:bob@c.invalid', body: bobAnswer }));
    expect((await bob.next((m) => m.method === 'ACK')).body).to.equal('');
    expect((await alice.next((m) => m.method === 'ACK')).body).to.equal(bobAnswer);
    expect((await events(callId, 2))[1].fields.get('event')).to.equal('answer');

    // alice hangs up: bob gets a BYE from the sandbox.
    const aliceSide = `${getHeader(invite, 'to')};tag=a1`;
    alice.send(inDialog('BYE', 'sip:sandbox@x', aliceSide, getHeader(invite, 'from') ?? '', callIdOf(invite) ?? '', 5));
    expect((await alice.next((m) => m.status === 200)).status).to.equal(200);
    await bob.next((m) => m.method === 'BYE');
    expect((await events(callId, 3))[2].fields.get('cause')).to.equal('normalClearing');
  });

  it('click-to-dial: when the second phone is busy, the first one gets its ACK and a BYE whose Reason says 486', async () => {
    const { alice, bob, callId, bobInvite } = await clickToDialBetweenPhones();
    bob.send(sipResponse(bobInvite, 486, 'Busy Here', { toTag: 'b1' }));
    expect((await alice.next((m) => m.method === 'ACK')).body).to.contain('a=mid:0');
    const bye = await alice.next((m) => m.method === 'BYE');
    expect(getHeader(bye, 'reason')).to.equal('SIP;cause=486;text="Busy Here"');
    expect((await events(callId, 2))[1].fields.get('cause')).to.equal('busy');
  });

  it('click-to-dial the phone refuses (busy) ends with a busy hangup and a missed history entry', async () => {
    const alice = await phone(E0, 'alice');
    const callId = await clickToDial(OUTSIDE);
    const invite = await alice.next((m) => m.method === 'INVITE');
    alice.send(sipResponse(invite, 486, 'Busy Here', { toTag: 'a1' }));
    expect((await alice.next((m) => m.method === 'ACK')).uri).to.equal(invite.uri);
    const hangup = (await events(callId, 2))[1];
    expect(Object.fromEntries(hangup.fields)).to.include({ event: 'hangup', cause: 'busy' });
    const entry = sandbox.state.history.find((h) => h.callId === callId);
    expect(entry).to.include({ direction: 'MISSED_OUTGOING', callStatus: 'BUSY' });
  });

  it('RTCM hangUp while the phone rings sends CANCEL; without a registered phone the webhook model runs', async () => {
    const alice = await phone(E0, 'alice');
    const callId = await clickToDial(OUTSIDE);
    const invite = await alice.next((m) => m.method === 'INVITE');
    await api(sandbox, 'DELETE', `/calls/${callId}`);
    const cancel = await alice.next((m) => m.method === 'CANCEL');
    expect(getHeader(cancel, 'via')).to.equal(getHeader(invite, 'via'));

    alice.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sandbox.state.devices.find((d) => d.id === 'e0')).to.include({ online: false });
    const transcript = await sandbox.waitForCall(await clickToDial(OUTSIDE));
    expect(transcript?.outcome).to.equal('active'); // the webhook-only model answered it
  });

  it('an outside line calls a registered phone (callPhone): newCall direction in, answer with the user, hangup', async () => {
    const bob = await phone(E1, 'bob');
    const callId = sandbox.callPhone({ from: OUTSIDE, to: 'e1' });
    const invite = await bob.next((m) => m.method === 'INVITE');
    expect(invite.body).to.equal('');
    expect(getHeader(invite, 'from')).to.contain(`sip:${OUTSIDE}@sipgate.de`);
    expect((await api(sandbox, 'GET', '/calls')).json.data[0]).to.include({ callId });
    bob.send(sipResponse(invite, 200, 'OK', { toTag: 'b1', contact: 'sip:bob@c.invalid', body: BROWSER_LIKE_OFFER }));
    expect((await bob.next((m) => m.method === 'ACK')).body).to.contain('a=setup:active');
    const [newCall, answer] = await events(callId, 2);
    expect(newCall.path).to.equal('/in');
    expect(Object.fromEntries(newCall.fields)).to.include({
      direction: 'in',
      from: OUTSIDE.slice(1),
      to: E1_NUMBER.slice(1),
      'userId[]': 'w1',
    });
    expect(Object.fromEntries(answer.fields)).to.include({ event: 'answer', direction: 'in', userId: 'w1' });
    expect(answer.fields.get('user')).to.be.a('string').and.not.equal('');
    const bobSide = `${getHeader(invite, 'to')};tag=b1`;
    bob.send(inDialog('BYE', 'sip:sandbox@x', bobSide, getHeader(invite, 'from') ?? '', callIdOf(invite) ?? '', 2));
    expect((await bob.next((m) => m.status === 200)).status).to.equal(200);
    expect((await events(callId, 3))[2].fields.get('cause')).to.equal('normalClearing');
    expect(sandbox.state.history.find((h) => h.callId === callId)).to.include({ direction: 'INCOMING' });
  });

  it('callPhone follows the answer to newCall: Reject ends the call without ringing the phone', async () => {
    const bob = await phone(E1, 'bob');
    newCallActions = '<Reject reason="busy"/>';
    const callId = sandbox.callPhone({ from: OUTSIDE, to: 'e1' });
    const hangup = (await events(callId, 2))[1];
    expect(Object.fromEntries(hangup.fields)).to.include({ event: 'hangup', cause: 'busy' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bob.received.filter((r) => r.message?.method === 'INVITE')).to.deep.equal([]);
    expect(sandbox.state.history.find((h) => h.callId === callId)).to.include({ direction: 'MISSED_INCOMING' });
  });

  it('callPhone follows the answer to newCall: a Gather gets the digits, then the phone rings', async () => {
    const bob = await phone(E1, 'bob');
    newCallActions = `<Gather onData="${receiver.base}/dtmf" maxDigits="1"/>`;
    const callId = sandbox.callPhone({ from: OUTSIDE, to: 'e1', dtmf: '7' });
    const invite = await bob.next((m) => m.method === 'INVITE');
    const [, dtmf] = await events(callId, 2);
    expect(Object.fromEntries(dtmf.fields)).to.include({ event: 'dtmf', dtmf: '7' });
    bob.send(sipResponse(invite, 486, 'Busy Here', { toTag: 'b1' }));
    expect((await events(callId, 3))[2].fields.get('cause')).to.equal('busy');
  });

  it('a phone that does not answer in time gets a CANCEL, the call ends with noAnswer as a missed call', async () => {
    const bob = await phone(E1, 'bob');
    const callId = sandbox.callPhone({ from: 'anonymous', to: E1_NUMBER });
    const invite = await bob.next((m) => m.method === 'INVITE');
    bob.send(sipResponse(invite, 180, 'Ringing', { toTag: 'b1' }));
    const cancel = await bob.next((m) => m.method === 'CANCEL', 5000);
    bob.send(sipResponse(cancel, 200, 'OK', { toTag: 'b1' }));
    bob.send(sipResponse(invite, 487, 'Request Terminated', { toTag: 'b1' }));
    await bob.next((m) => m.method === 'ACK');
    expect((await events(callId, 2))[1].fields.get('cause')).to.equal('noAnswer');
    expect(sandbox.state.history.find((h) => h.callId === callId)).to.include({ direction: 'MISSED_INCOMING' });
  });

  it('callPhone refuses a target that is not a registered phone, in process and over the control API', async () => {
    expect(() => sandbox.callPhone({ from: OUTSIDE, to: 'e9' }))
      .to.throw(SandboxOptionError)
      .with.property('field', 'to');
    expect(() => sandbox.callPhone({ from: OUTSIDE, to: 'e1' })).to.throw(/no phone is registered as device e1/);
    expect(() => sandbox.callPhone({ from: 'nobody', to: 'e1' }))
      .to.throw(SandboxOptionError)
      .with.property('field', 'from');
    const refused = await controlApi('POST', '/phone-calls', { from: OUTSIDE, to: 'e1' });
    expect(refused.status).to.equal(400);
    const bob = await phone(E1, 'bob');
    const rung = await controlApi('POST', '/phone-calls', { from: OUTSIDE, to: '1234567e1' });
    expect(rung.status).to.equal(200);
    expect((await bob.next((m) => m.method === 'INVITE')).body).to.equal('');
    expect((await api(sandbox, 'GET', '/calls')).json.data[0].callId).to.equal(rung.json.callId);
  });

  async function controlApi(method: string, path: string, body: unknown) {
    const response = await fetch(`${sandbox.url.replace(/\/v2$/, '/_sandbox')}${path}`, {
      method,
      headers: { Authorization: PAT_HEADER, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: await response.json() };
  }
});
