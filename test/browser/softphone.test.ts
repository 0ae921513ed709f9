/**
 * Two softphones (the script-tag bundle, JsSIP built in) in real headless Chromium with a fake microphone,
 * registered as the sandbox's VoIP devices e0 and e1, call each other through the sandbox's SIP proxy with
 * real DTLS-SRTP audio. Chromium must start: if it cannot, this suite fails.
 */
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { createSandbox, type Sandbox } from '../../lib/sandbox';
import { endedCall, evaluate, freshCallState, openPhonePair, type PhonePair, waitFor } from '../support/softphone-page';

const E1_NUMBER = '+4921100000001';
const E0_NUMBER = '+4921100000000';

describe('softphone in headless Chromium (two phones, real audio through the sandbox)', function () {
  this.timeout(120_000);

  let sandbox: Sandbox;
  let phones: PhonePair;
  let alice: Page;
  let bob: Page;

  const log = (page: Page) => evaluate<string[]>(page, 'window.log');

  /** Resets the per-call state of both pages. */
  async function freshCall(): Promise<void> {
    await freshCallState([alice, bob]);
  }

  /** alice calls bob (e1's number) and bob answers; resolves when both see the call answered. */
  async function connectCall(): Promise<void> {
    await freshCall();
    await evaluate(alice, `dial('${E1_NUMBER}')`);
    await waitFor(bob, 'window.incoming !== undefined');
    await evaluate(bob, 'window.incoming.answer()');
    await waitFor(alice, "log.includes('out:answered')");
    await waitFor(bob, "log.includes('in:answered')");
  }

  async function hangUp(): Promise<void> {
    await evaluate(alice, "calls.out && calls.out.state !== 'ended' && calls.out.hangup(); 0");
    await waitFor(bob, 'window.ends.in !== undefined');
  }

  before(async function () {
    sandbox = await createSandbox();
    phones = await openPhonePair(sandbox);
    ({ alice, bob } = phones);
  });

  after(async function () {
    await phones?.close();
    await sandbox?.stop();
  });

  afterEach(() => {
    expect(phones.pageErrors, 'uncaught page errors').to.deep.equal([]);
  });

  it('registers both phones: the devices API shows them online with a registration', async () => {
    expect(await evaluate(alice, 'phone.registered')).to.equal(true);
    expect(await evaluate(bob, 'phone.registered')).to.equal(true);
    const e0 = sandbox.state.devices.find((d) => d.id === 'e0');
    const e1 = sandbox.state.devices.find((d) => d.id === 'e1');
    expect(e0).to.include({ online: true });
    expect(e1).to.include({ online: true });
    expect((e1?.registered as Array<{ userAgent: string }>)[0].userAgent).to.contain('sipgate-io-sdk softphone');
  });

  it('calls the other phone by number: it rings, is answered, and audio flows both ways', async () => {
    await connectCall();
    expect(await log(alice)).to.include('out:ringing');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    for (const [page, label] of [
      [alice, 'out'],
      [bob, 'in'],
    ] as const) {
      const stats = await evaluate<Record<string, number | string>>(page, `calls.${label}.stats()`);
      expect(stats.bytesSent, `${label} bytes sent`).to.be.greaterThan(1000);
      expect(stats.bytesReceived, `${label} bytes received`).to.be.greaterThan(1000);
      expect(stats.packetsReceived, `${label} packets received`).to.be.greaterThan(20);
      expect(stats.totalAudioEnergy, `${label} audio energy`).to.be.greaterThan(0);
      expect(String(stats.codec).toLowerCase()).to.equal('audio/opus');
      expect(stats.packetsLost).to.be.at.most(5);
    }
    expect(await evaluate(bob, 'calls.in.remote')).to.equal('1234567e0');
    await hangUp();
    expect(await endedCall(bob, 'in')).to.deep.include({
      cause: 'normalClearing',
      reason: 'bye',
      by: 'remote',
    });
    expect(await endedCall(alice, 'out')).to.deep.include({ cause: 'normalClearing', by: 'local' });
  });

  it('sends DTMF as SIP INFO (seen by the callee) and as RFC 4733 in the media (seen by the sender)', async () => {
    await connectCall();
    await evaluate(alice, "calls.out.sendDtmf('12#', { transport: 'info' })");
    await waitFor(bob, "log.filter((e) => e.startsWith('in:dtmf:')).length === 3");
    expect((await log(bob)).filter((e) => e.startsWith('in:dtmf:'))).to.deep.equal([
      'in:dtmf:1',
      'in:dtmf:2',
      'in:dtmf:#',
    ]);
    const tones = await evaluate<string[]>(
      alice,
      `new Promise((resolve) => {
        const sender = calls.out.session.peerConnection().getSenders().find((s) => s.track && s.track.kind === 'audio');
        const seen = [];
        sender.dtmf.addEventListener('tonechange', (e) => { if (e.tone) seen.push(e.tone); if (seen.length === 2) resolve(seen); });
        calls.out.sendDtmf('5*');
        setTimeout(() => resolve(seen), 5000);
      })`,
    );
    expect(tones).to.deep.equal(['5', '*']);
    await hangUp();
  });

  it('mutes: the muted side sends (almost) nothing, and unmute restores it', async () => {
    await connectCall();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const normal = await evaluate<number>(alice, "sendRate('out', 1000)");
    await evaluate(alice, 'calls.out.mute()');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const muted = await evaluate<number>(alice, "sendRate('out', 1000)");
    await evaluate(alice, 'calls.out.unmute()');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const restored = await evaluate<number>(alice, "sendRate('out', 1000)");
    expect(muted, `muted ${muted} B/s vs normal ${normal} B/s`).to.be.lessThan(normal / 3);
    expect(restored).to.be.greaterThan(normal / 2);
    expect(await log(alice)).to.include.members(['out:muted', 'out:unmuted']);
    await hangUp();
  });

  it('holds: the held side stops sending (re-INVITE sendonly) and resumes after unhold', async () => {
    await connectCall();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await evaluate(alice, 'calls.out.hold()');
    await waitFor(bob, "log.includes('in:held:remote')");
    await waitFor(alice, "log.includes('out:held:local')");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const held = await evaluate<number>(bob, "sendRate('in', 1000)");
    expect(await evaluate(alice, 'calls.out.held')).to.equal(true);
    await evaluate(alice, 'calls.out.unhold()');
    await waitFor(bob, "log.includes('in:resumed:remote')");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const resumed = await evaluate<number>(bob, "sendRate('in', 1000)");
    expect(held, 'send rate of the held side').to.equal(0);
    expect(resumed, 'send rate after unhold').to.be.greaterThan(500);
    await hangUp();
  });

  for (const [reason, status, expected] of [
    ['busy', 486, 'busy'],
    ['decline', 603, 'rejected'],
  ] as const) {
    it(`rejects an incoming call as ${reason}: the caller's call fails with ${expected} (SIP ${status})`, async () => {
      await freshCall();
      await evaluate(alice, `dial('${E1_NUMBER}')`);
      await waitFor(bob, 'window.incoming !== undefined');
      const failure = evaluate<Record<string, unknown>>(
        alice,
        'calls.out.connected().then(() => null, (e) => ({ name: e.name, reason: e.reason, status: e.status }))',
      );
      await evaluate(bob, `window.incoming.reject('${reason}')`);
      expect(await failure).to.deep.equal({ name: 'SoftphoneCallError', reason: expected, status });
      expect(await endedCall(alice, 'out')).to.deep.include({
        cause: 'busy',
        reason: expected,
        by: 'remote',
      });
      expect(await endedCall(bob, 'in')).to.deep.include({ reason: expected, by: 'local' });
    });
  }

  it('cancels while ringing: the callee sees the call end with cause cancel', async () => {
    await freshCall();
    await evaluate(alice, `dial('${E1_NUMBER}')`);
    await waitFor(bob, 'window.incoming !== undefined');
    await waitFor(alice, "log.includes('out:ringing')");
    await evaluate(alice, 'calls.out.hangup()');
    expect(await endedCall(bob, 'in')).to.deep.include({
      cause: 'cancel',
      reason: 'canceled',
      by: 'remote',
    });
    expect(await endedCall(alice, 'out')).to.deep.include({ cause: 'cancel', reason: 'canceled' });
  });

  it('calls an unknown number: the call fails with notFound (SIP 404)', async () => {
    await freshCall();
    await evaluate(alice, "dial('+4930999999')");
    const failure = await evaluate<Record<string, unknown>>(
      alice,
      'calls.out.connected().then(() => null, (e) => ({ name: e.name, reason: e.reason, status: e.status }))',
    );
    expect(failure).to.deep.equal({ name: 'SoftphoneCallError', reason: 'notFound', status: 404 });
    expect(await endedCall(alice, 'out')).to.deep.include({ cause: 'notFound' });
  });

  it('calls the other way round, by device id, and the callee hangs up', async () => {
    await freshCall();
    await evaluate(bob, `dial('${E0_NUMBER}')`);
    await waitFor(alice, 'window.incoming !== undefined');
    await evaluate(alice, 'window.incoming.answer()');
    await waitFor(bob, "log.includes('out:answered')");
    await evaluate(alice, 'window.incoming.hangup()');
    expect(await endedCall(bob, 'out')).to.deep.include({ cause: 'normalClearing', by: 'remote' });
  });

  it('refuses bad input with a ValidationError before anything is sent', async () => {
    const errors = await evaluate<Array<Record<string, unknown>>>(
      alice,
      `Promise.all([
        phone.call('not a number').catch((e) => ({ name: e.name, field: e.field })),
        phone.call(42).catch((e) => ({ name: e.name, field: e.field })),
        sipgateIOSoftphone.createSoftphone(null, {}).catch((e) => ({ name: e.name, field: e.field })),
        sipgateIOSoftphone.createSoftphone(null, { deviceId: 'e0' }).catch((e) => ({ name: e.name, field: e.field })),
      ])`,
    );
    expect(errors).to.deep.equal([
      { name: 'ValidationError', field: 'target' },
      { name: 'ValidationError', field: 'target' },
      { name: 'ValidationError', field: 'credentials' },
      { name: 'ValidationError', field: 'client' },
    ]);
    expect(await evaluate(alice, 'phone.calls.length')).to.equal(0);
  });

  it('fails to register with a wrong password: SoftphoneRegistrationError with status 401', async () => {
    const result = await evaluate<Record<string, unknown>>(
      alice,
      `sipgateIOSoftphone.createSoftphone(null, { credentials: {
          username: '1234567e0', password: 'wrong', sipServer: 'sipgate.de', outboundProxy: '',
          sipServerWebsocketUrl: '${sandbox.sipUrl}' } })
        .then(() => null, (e) => ({ name: e.name, status: e.status, isSdkError: e instanceof Error }))`,
    );
    expect(result).to.deep.equal({ name: 'SoftphoneRegistrationError', status: 401, isSdkError: true });
  });

  it('a dropped connection ends a running call with connectionLost; the phones reconnect and register again', async () => {
    await connectCall();
    sandbox.reset(); // closes every SIP WebSocket
    expect(await endedCall(alice, 'out')).to.deep.include({
      cause: 'congestion',
      reason: 'connectionLost',
      by: 'system',
    });
    await waitFor(bob, 'window.ends.in !== undefined');
    await waitFor(alice, "log.includes('phone:disconnected') && phone.registered", 30_000);
    await waitFor(bob, 'phone.registered', 30_000);
    expect(sandbox.state.devices.find((d) => d.id === 'e0')).to.include({ online: true });
    await connectCall();
    await hangUp();
  });

  it('closes: unregisters, and the device goes offline', async () => {
    await evaluate(bob, 'phone.close()');
    expect(await evaluate(bob, 'phone.registered')).to.equal(false);
    for (let i = 0; i < 50 && sandbox.state.devices.find((d) => d.id === 'e1')?.online; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sandbox.state.devices.find((d) => d.id === 'e1')).to.include({ online: false });
  });
});
