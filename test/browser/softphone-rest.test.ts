/**
 * The browser softphone and the REST/webhook side of the sandbox together, in real headless Chromium with a
 * fake microphone: REST click-to-dial rings a page, an outside line can call a page, calls of pages drive signed webhooks, RTCM hangUp/hold
 * reach the pages as BYE and re-INVITE, and a phone keeps its registration alive when the registrar grants
 * only a few seconds. Chromium must start: if it cannot, this suite fails.
 */
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { createSandbox, type Sandbox } from '../../lib/sandbox';
import { api } from '../support/sandbox-client';
import { endedCall, evaluate, freshCallState, openPhonePair, type PhonePair, waitFor } from '../support/softphone-page';
import { startSubscribingReceiver, type Receiver } from '../support/webhook-receiver';

const E1_NUMBER = '+4921100000001';
const OUTSIDE = '+4930123456';
/** The registrar grants this many seconds, so the phones must refresh their registration every few seconds. */
const GRANTED_SECONDS = 6;

describe('softphone with REST click-to-dial, webhooks and RTCM (headless Chromium, sandbox SIP side)', function () {
  this.timeout(120_000);

  let sandbox: Sandbox;
  let receiver: Receiver;
  let phones: PhonePair;
  let alice: Page;
  let bob: Page;
  /** What the webhook server answers to newCall, inside its Response. */
  let newCallActions = '';

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function freshCall(actions = ''): Promise<void> {
    newCallActions = actions;
    receiver.received.length = 0;
    await freshCallState([alice, bob]);
  }

  /** The webhook events of one call (event names), once `count` of them arrived. */
  async function webhookEvents(callId: string, count: number): Promise<Array<Record<string, string>>> {
    for (let i = 0; i < 250; i++) {
      const mine = receiver.received.filter((r) => r.fields.get('callId') === callId);
      if (mine.length >= count) {
        expect(mine.every((r) => r.signatureValid)).to.equal(true);
        return mine.map((r) => Object.fromEntries(r.fields));
      }
      await sleep(20);
    }
    throw new Error(
      `fewer than ${count} webhooks for ${callId}: ${JSON.stringify(receiver.received.map((r) => r.body))}`,
    );
  }

  async function clickToDial(callee: string): Promise<string> {
    const started = await api(sandbox, 'POST', '/sessions/calls', { body: { caller: 'e0', deviceId: 'e0', callee } });
    expect(started.status).to.equal(200);
    return started.json.sessionId as string;
  }

  before(async function () {
    sandbox = await createSandbox({ sip: { maxExpiresSeconds: GRANTED_SECONDS } });
    receiver = await startSubscribingReceiver(sandbox.publicKeyPem, () => newCallActions);
    const put = await api(sandbox, 'PUT', '/settings/sipgateio', {
      body: { incomingUrl: `${receiver.base}/in`, outgoingUrl: `${receiver.base}/new`, log: false },
    });
    expect(put.status).to.equal(204);
    phones = await openPhonePair(sandbox);
    ({ alice, bob } = phones);
  });

  after(async function () {
    await phones?.close();
    await sandbox?.stop();
    await receiver?.close();
  });

  afterEach(() => {
    expect(phones.pageErrors, 'uncaught page errors').to.deep.equal([]);
  });

  it('REST click-to-dial rings the page; it answers; RTCM hold/unhold re-INVITE it; RTCM hangUp ends it', async () => {
    await freshCall();
    const callId = await clickToDial(OUTSIDE);
    await waitFor(alice, 'window.incoming !== undefined');
    expect(await evaluate(alice, 'window.incoming.remote')).to.equal(OUTSIDE);
    await evaluate(alice, 'window.incoming.answer()');
    await waitFor(alice, "log.includes('in:answered')");
    const [newCall, answer] = await webhookEvents(callId, 2);
    expect(newCall).to.include({ event: 'newCall', direction: 'out', to: OUTSIDE.slice(1), 'userId[]': 'w0' });
    expect(answer).to.include({ event: 'answer', answeringNumber: OUTSIDE.slice(1) });

    expect((await api(sandbox, 'PUT', `/calls/${callId}/hold`, { body: { value: true } })).status).to.equal(204);
    await waitFor(alice, "log.includes('in:held:remote')");
    expect((await api(sandbox, 'PUT', `/calls/${callId}/hold`, { body: { value: false } })).status).to.equal(204);
    await waitFor(alice, "log.includes('in:resumed:remote')");

    expect((await api(sandbox, 'DELETE', `/calls/${callId}`)).status).to.equal(204);
    expect(await endedCall(alice, 'in')).to.deep.include({
      cause: 'normalClearing',
      reason: 'bye',
      by: 'remote',
    });
    expect((await webhookEvents(callId, 3))[2]).to.include({ event: 'hangup', cause: 'normalClearing', callId });
  });

  it('click-to-dial to the other page: it rings second, and audio flows between the two pages', async () => {
    await freshCall();
    const callId = await clickToDial(E1_NUMBER);
    await waitFor(alice, 'window.incoming !== undefined');
    expect(await evaluate(bob, 'window.incoming')).to.equal(undefined); // the caller's own phone rings first
    await evaluate(alice, 'window.incoming.answer()');
    await waitFor(bob, 'window.incoming !== undefined');
    expect(await evaluate(bob, 'window.incoming.remote')).to.equal('+4921100000000');
    await evaluate(bob, 'window.incoming.answer()');
    await waitFor(alice, "log.includes('in:answered')");
    await waitFor(bob, "log.includes('in:answered')");
    expect((await webhookEvents(callId, 2))[1]).to.include({ event: 'answer', answeringNumber: E1_NUMBER.slice(1) });
    await sleep(2000);
    for (const page of [alice, bob]) {
      const stats = await evaluate<Record<string, number>>(page, 'calls.in.stats()');
      expect(stats.bytesReceived).to.be.greaterThan(1000);
      expect(stats.totalAudioEnergy).to.be.greaterThan(0);
    }
    // The first page hangs up: the sandbox ends the other leg with a BYE.
    await evaluate(alice, 'calls.in.hangup()');
    expect(await endedCall(bob, 'in')).to.deep.include({ cause: 'normalClearing', by: 'remote' });
    expect((await webhookEvents(callId, 3))[2]).to.include({ event: 'hangup', cause: 'normalClearing' });
  });

  it('click-to-dial to the other page, which is busy: the first page’s call ends with cause busy', async () => {
    await freshCall();
    const callId = await clickToDial(E1_NUMBER);
    await waitFor(alice, 'window.incoming !== undefined');
    await evaluate(alice, 'window.incoming.answer()');
    await waitFor(bob, 'window.incoming !== undefined');
    await evaluate(bob, "window.incoming.reject('busy')");
    expect(await endedCall(alice, 'in')).to.deep.include({ cause: 'busy', reason: 'busy', by: 'remote' });
    expect((await webhookEvents(callId, 2))[1]).to.include({ event: 'hangup', cause: 'busy' });
  });

  it('a call one page places to the other drives newCall/answer/dtmf/hangup webhooks with the RTCM callId', async () => {
    await freshCall(`<Gather onData="${receiver.base}/dtmf" maxDigits="2" timeout="5000"/>`);
    await evaluate(alice, `dial('${E1_NUMBER}')`);
    await waitFor(bob, 'window.incoming !== undefined');
    const calls = (await api(sandbox, 'GET', '/calls')).json.data as Array<{ callId: string }>;
    expect(calls).to.have.length(1);
    const callId = calls[0].callId;
    await evaluate(bob, 'window.incoming.answer()');
    await waitFor(alice, "log.includes('out:answered')");
    const [newCall, answer] = await webhookEvents(callId, 2);
    expect(newCall).to.include({
      event: 'newCall',
      direction: 'out',
      from: '4921100000000',
      to: '4921100000001',
      'userId[]': 'w0',
      'fullUserId[]': '1234567w0',
    });
    expect(answer).to.include({ event: 'answer', callId, answeringNumber: '4921100000001', userId: 'w0' });
    await evaluate(alice, "calls.out.sendDtmf('7#', { transport: 'info' })");
    expect((await webhookEvents(callId, 3))[2]).to.include({ event: 'dtmf', dtmf: '7#', callId });

    // RTCM hold reaches both pages of a call the sandbox only proxies; then RTCM hangUp ends both.
    expect((await api(sandbox, 'PUT', `/calls/${callId}/hold`, { body: { value: true } })).status).to.equal(204);
    await waitFor(alice, "log.includes('out:held:remote')");
    await waitFor(bob, "log.includes('in:held:remote')");
    expect((await api(sandbox, 'PUT', `/calls/${callId}/hold`, { body: { value: false } })).status).to.equal(204);
    await waitFor(alice, "log.includes('out:resumed:remote')");
    await waitFor(bob, "log.includes('in:resumed:remote')");
    expect((await api(sandbox, 'DELETE', `/calls/${callId}`)).status).to.equal(204);
    for (const [page, label] of [
      [alice, 'out'],
      [bob, 'in'],
    ] as const) {
      expect(await endedCall(page, label)).to.deep.include({ cause: 'normalClearing', by: 'remote' });
    }
    expect((await webhookEvents(callId, 4))[3]).to.include({ event: 'hangup', cause: 'normalClearing' });
  });

  it('an outside line calls a page (sandbox.callPhone): it rings, answers, and the webhooks say direction in', async () => {
    await freshCall();
    const callId = sandbox.callPhone({ from: OUTSIDE, to: 'e1' });
    await waitFor(bob, 'window.incoming !== undefined');
    expect(await evaluate(bob, 'window.incoming.remote')).to.equal(OUTSIDE);
    await evaluate(bob, 'window.incoming.answer()');
    await waitFor(bob, "log.includes('in:answered')");
    const [newCall, answer] = await webhookEvents(callId, 2);
    expect(newCall).to.include({ event: 'newCall', direction: 'in', from: OUTSIDE.slice(1), 'userId[]': 'w1' });
    expect(answer).to.include({ event: 'answer', direction: 'in', answeringNumber: E1_NUMBER.slice(1) });
    await evaluate(bob, 'calls.in.hangup()');
    expect((await webhookEvents(callId, 3))[2]).to.include({ event: 'hangup', cause: 'normalClearing' });
  });

  it('a page that declines a call it placed to: the hangup webhook carries cause busy', async () => {
    await freshCall();
    await evaluate(alice, `dial('${E1_NUMBER}')`);
    await waitFor(bob, 'window.incoming !== undefined');
    const callId = ((await api(sandbox, 'GET', '/calls')).json.data as Array<{ callId: string }>)[0].callId;
    await evaluate(bob, "window.incoming.reject('busy')");
    await waitFor(alice, 'window.ends.out !== undefined');
    expect((await webhookEvents(callId, 2))[1]).to.include({ event: 'hangup', cause: 'busy' });
  });

  it(`re-registers before a ${GRANTED_SECONDS} s binding expires: never offline, and still reachable after twice that`, async () => {
    const username = '1234567e1';
    const since = Date.now();
    for (let elapsed = 0; elapsed < 2 * GRANTED_SECONDS * 1000 + 1000; elapsed = Date.now() - since) {
      const device = (await api(sandbox, 'GET', '/devices/e1')).json;
      expect(device.online, `e1 online after ${elapsed} ms`).to.equal(true);
      await sleep(250);
    }
    const refreshes = sandbox.sipRequests
      .filter((r) => r.method === 'REGISTER' && r.from === username)
      .map((r) => Date.parse(r.at))
      .filter((at) => at >= since - GRANTED_SECONDS * 1000);
    // Each refresh is a challenge round (two REGISTERs); at least two refreshes fell into the window.
    const rounds = refreshes.filter((at, i) => i === 0 || at - refreshes[i - 1] > 1000);
    expect(rounds.length, 'refresh rounds').to.be.at.least(2);
    for (let i = 1; i < rounds.length; i++) expect(rounds[i] - rounds[i - 1]).to.be.lessThan(GRANTED_SECONDS * 1000);

    await freshCall();
    await evaluate(alice, `dial('${E1_NUMBER}')`);
    await waitFor(bob, 'window.incoming !== undefined');
    await evaluate(alice, 'calls.out.hangup()');
    await waitFor(bob, 'window.ends.in !== undefined');
  });
});
