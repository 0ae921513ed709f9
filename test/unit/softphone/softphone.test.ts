/**
 * The softphone's own logic without a browser: a fake SIP stack (the adapter seam) and fake media. Real audio,
 * JsSIP and the sandbox's proxy are covered by test/browser/softphone.test.ts.
 */
import { expect } from 'chai';
import { ValidationError } from '../../../lib/core/errors';
import { HangUpCause } from '../../../lib/webhook/types';
import type { CallMediaHooks, SoftphoneCall } from '../../../lib/softphone/call';
import { callEnd } from '../../../lib/softphone/causes';
import { jsSipStack, reasonStatus } from '../../../lib/softphone/jssip-adapter';
import { createSoftphone, startSoftphone, type Softphone } from '../../../lib/softphone/softphone';
import {
  MicrophonePermissionError,
  SoftphoneCallError,
  SoftphoneRegistrationError,
} from '../../../lib/softphone/errors';
import type {
  SipSession,
  SipSessionEvents,
  SipUserAgent,
  SipUserAgentConfig,
  SipUserAgentEvents,
} from '../../../lib/softphone/sip-stack';
import { readCallStats } from '../../../lib/softphone/stats';
import { validateDialTarget, validateDtmf } from '../../../lib/softphone/validators';
import { mockApi } from '../../support/api-mock';
import { rejection, testClient } from '../../support/module-test-kit';

/** on/fire over a stack's typed events; `fire` plays the stack. */
class FakeEmitter<Events> {
  readonly listeners = new Map<keyof Events, Array<(payload: never) => void>>();
  on<K extends keyof Events>(event: K, listener: (payload: Events[K]) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as (payload: never) => void]);
  }
  fire<K extends keyof Events>(event: K, payload: Events[K]) {
    for (const listener of this.listeners.get(event) ?? []) (listener as (payload: Events[K]) => void)(payload);
  }
}

class FakeSession extends FakeEmitter<SipSessionEvents> implements SipSession {
  readonly actions: string[] = [];
  constructor(
    readonly direction: 'incoming' | 'outgoing',
    readonly remoteUser = '1234567e1',
  ) {
    super();
  }
  answer() {
    this.actions.push('answer');
  }
  terminate(status?: number) {
    this.actions.push(`terminate:${status ?? ''}`);
  }
  setMuted(muted: boolean) {
    this.actions.push(muted ? 'mute' : 'unmute');
  }
  hold() {
    this.actions.push('hold');
    return true;
  }
  unhold() {
    this.actions.push('unhold');
    return true;
  }
  sendDtmf(tones: string, transport: string) {
    this.actions.push(`dtmf:${tones}:${transport}`);
  }
  refer(target: string, done: (ok: boolean, status?: number) => void) {
    this.actions.push(`refer:${target}`);
    done(target !== '+4930000000', 403);
  }
  peerConnection() {
    return undefined;
  }
  isEstablished() {
    return true;
  }
}

class FakeAgent extends FakeEmitter<SipUserAgentEvents> implements SipUserAgent {
  readonly sessions: FakeSession[] = [];
  readonly actions: string[] = [];
  constructor(
    readonly config: SipUserAgentConfig,
    private readonly onStart: (agent: FakeAgent) => void,
  ) {
    super();
  }
  start() {
    this.actions.push('start');
    this.onStart(this);
  }
  stop() {
    this.actions.push('stop');
    this.fire('disconnected', undefined);
  }
  call(target: string) {
    this.actions.push(`call:${target}`);
    const session = new FakeSession('outgoing', target);
    this.sessions.push(session);
    return session;
  }
}

const credentials = {
  username: '1234567e0',
  password: 'pw',
  sipServer: 'sipgate.de',
  outboundProxy: '',
  sipServerWebsocketUrl: 'wss://sip.example.invalid',
};

function fakeMedia(deny = false): CallMediaHooks & { released: number } {
  const media = {
    released: 0,
    async microphone(): Promise<MediaStream> {
      if (deny) throw new MicrophonePermissionError('microphone permission denied');
      return { getTracks: () => [] } as unknown as MediaStream;
    },
    playRemote() {},
    release() {
      media.released++;
    },
  };
  return media;
}

async function registeredPhone(media = fakeMedia()): Promise<{ phone: Softphone; agent: FakeAgent }> {
  let agent!: FakeAgent;
  const phone = await startSoftphone(
    (config) => (agent = new FakeAgent(config, (a) => queueMicrotask(() => a.fire('registered', {})))),
    credentials,
    {},
    media,
  );
  return { phone, agent };
}

describe('softphone (fake SIP stack)', () => {
  describe('createSoftphone input', () => {
    for (const [name, client, options, field] of [
      ['neither deviceId nor credentials', null, {}, 'credentials'],
      ['both deviceId and credentials', testClient(), { deviceId: 'e0', credentials }, 'credentials'],
      ['a deviceId without a client', null, { deviceId: 'e0' }, 'client'],
      ['a mobile device id', testClient(), { deviceId: 'y0' }, 'deviceId'],
      ['credentials without password', null, { credentials: { ...credentials, password: '' } }, 'credentials.password'],
      [
        'credentials with an http URL',
        null,
        { credentials: { ...credentials, sipServerWebsocketUrl: 'https://x' } },
        'credentials.sipServerWebsocketUrl',
      ],
      ['a non-JsSIP sip option', null, { credentials, sip: {} }, 'sip'],
      ['a registerExpires of 5', null, { credentials, registerExpires: 5 }, 'registerExpires'],
      ['a registerExpires of a day and a second', null, { credentials, registerExpires: 86401 }, 'registerExpires'],
      ['a registerTimeoutMs of 0.5', null, { credentials, registerTimeoutMs: 0.5 }, 'registerTimeoutMs'],
      ['iceServers that are no list', null, { credentials, iceServers: {} }, 'iceServers'],
      ['options that are no object', null, 'e0', 'options'],
    ] as const) {
      it(`rejects ${name} with a ValidationError naming ${field}, without a request`, async () => {
        const scope = mockApi().get(/.*/).reply(200, {});
        const error = await rejection(createSoftphone(client, options as never));
        expect(error).to.be.instanceOf(ValidationError).with.property('field', field);
        expect(scope.isDone()).to.equal(false);
      });
    }

    it('fetches the credentials of a deviceId through the devices API; a device without them is a ValidationError', async () => {
      mockApi().get('/devices/e3').reply(200, { id: 'e3', alias: 'x', type: 'REGISTER', online: false, dnd: false });
      const error = await rejection(createSoftphone(testClient(), { deviceId: 'e3' }));
      expect(error).to.be.instanceOf(ValidationError).with.property('field', 'credentials');
    });
  });

  describe('registration', () => {
    it('configures the stack from the credentials and resolves once registered', async () => {
      const { phone, agent } = await registeredPhone();
      expect(phone.registered).to.equal(true);
      expect(agent.config).to.include({
        websocketUrl: 'wss://sip.example.invalid',
        uri: 'sip:1234567e0@sipgate.de',
        domain: 'sipgate.de',
        username: '1234567e0',
        password: 'pw',
        registerExpires: 300,
      });
    });

    it('rejects with SoftphoneRegistrationError carrying the status, and stops the stack', async () => {
      let agent!: FakeAgent;
      const error = await rejection(
        startSoftphone(
          (config) =>
            (agent = new FakeAgent(config, (a) =>
              queueMicrotask(() => a.fire('registrationFailed', { statusCode: 401, cause: 'Authentication Error' })),
            )),
          credentials,
          {},
          fakeMedia(),
        ),
      );
      expect(error).to.be.instanceOf(SoftphoneRegistrationError).with.property('status', 401);
      expect((error as Error).message)
        .to.contain('wrong SIP credentials')
        .and.not.contain('pw');
      expect(agent.actions).to.deep.equal(['start', 'stop']);
    });

    it('rejects after registerTimeoutMs when the server never answers', async () => {
      const error = await rejection(
        startSoftphone(
          (config) => new FakeAgent(config, () => undefined),
          credentials,
          { registerTimeoutMs: 20 },
          fakeMedia(),
        ),
      );
      expect(error).to.be.instanceOf(SoftphoneRegistrationError).with.property('retryable', true);
    });
  });

  describe('calls', () => {
    it('validates the number before asking for the microphone or sending anything', async () => {
      const { phone, agent } = await registeredPhone();
      for (const bad of ['', 'abc', '+49 30 12x', '1', 42, null]) {
        const error = await rejection(phone.call(bad as string));
        expect(error, String(bad)).to.be.instanceOf(ValidationError).with.property('field', 'target');
      }
      expect(agent.actions).to.deep.equal(['start']);
    });

    it('dials normalised numbers and extensions', async () => {
      const { phone, agent } = await registeredPhone();
      await phone.call('+49 (30) 123-456');
      await phone.call('0049301234');
      await phone.call('112');
      await phone.call('e1');
      expect(agent.actions.slice(1)).to.deep.equal(['call:+4930123456', 'call:+49301234', 'call:112', 'call:e1']);
    });

    it('rejects with MicrophonePermissionError when the microphone is refused, sending nothing', async () => {
      const { phone, agent } = await registeredPhone(fakeMedia(true));
      expect(await rejection(phone.call('+4930123456'))).to.be.instanceOf(MicrophonePermissionError);
      expect(agent.actions).to.deep.equal(['start']);
    });

    it('follows ringing, answered and ended (bye → normalClearing), releasing the media', async () => {
      const media = fakeMedia();
      const { phone, agent } = await registeredPhone(media);
      const call = await phone.call('+4930123456');
      const events: string[] = [];
      call.on('ringing', () => events.push('ringing'));
      call.on('answered', () => events.push('answered'));
      call.on('ended', (end) => events.push(`ended:${end.cause}:${end.by}`));
      const session = agent.sessions[0];
      session.fire('progress', { originator: 'remote' });
      session.fire('accepted', { originator: 'remote' });
      await call.connected();
      expect(call.state).to.equal('active');
      session.fire('ended', { originator: 'remote', cause: 'Terminated', failed: false });
      expect(events).to.deep.equal(['ringing', 'answered', 'ended:normalClearing:remote']);
      expect(media.released).to.equal(1);
      expect(phone.calls).to.deep.equal([]);
    });

    it('mute, hold, DTMF (RFC 4733 default, INFO on request) and transfer reach the stack; bad input does not', async () => {
      const { phone, agent } = await registeredPhone();
      const call = await phone.call('+4930123456');
      const session = agent.sessions[0];
      expect(() => call.mute()).to.throw(ValidationError); // not active yet
      session.fire('accepted', { originator: 'remote' });
      call.mute();
      call.mute();
      call.unmute();
      call.hold();
      session.fire('hold', { originator: 'local' });
      expect(call.held).to.equal(true);
      call.unhold();
      call.sendDtmf('12#');
      call.sendDtmf('a*', { transport: 'info' });
      expect(() => call.sendDtmf('12x'))
        .to.throw(ValidationError)
        .with.property('field', 'tones');
      expect(() => call.sendDtmf('1', { transport: 'sms' as never }))
        .to.throw(ValidationError)
        .with.property('field', 'transport');
      await call.transfer('+4930111111');
      const failed = await rejection(call.transfer('+4930000000'));
      expect(failed).to.be.instanceOf(SoftphoneCallError).with.property('status', 403);
      expect(await rejection(call.transfer('nope'))).to.be.instanceOf(ValidationError);
      expect(session.actions).to.deep.equal([
        'mute',
        'unmute',
        'hold',
        'unhold',
        'dtmf:12#:rfc4733',
        'dtmf:A*:info',
        'refer:+4930111111',
        'refer:+4930000000',
      ]);
    });

    it('rejects an incoming call with 486 (busy) or 603 (decline) and refuses other reasons', async () => {
      const { phone, agent } = await registeredPhone();
      const incoming: SoftphoneCall[] = [];
      phone.on('incoming', (call) => incoming.push(call));
      for (const _ of [1, 2, 3]) agent.fire('incoming', new FakeSession('incoming'));
      expect(() => incoming[0].reject('later' as never))
        .to.throw(ValidationError)
        .with.property('field', 'reason');
      incoming[0].reject('busy');
      incoming[1].reject('decline');
      await incoming[2].answer();
      expect((agent.listeners.get('incoming') ?? []).length).to.equal(1);
      const actions = incoming.map((call) => (call as unknown as { session: FakeSession }).session.actions);
      expect(actions).to.deep.equal([['terminate:486'], ['terminate:603'], ['answer']]);
    });

    it('a failed call rejects connected() with SoftphoneCallError and ends with the webhook cause', async () => {
      const { phone, agent } = await registeredPhone();
      const call = await phone.call('+4930123456');
      const connected = rejection(call.connected());
      agent.sessions[0].fire('ended', { originator: 'remote', cause: 'Busy', statusCode: 486, failed: true });
      const error = await connected;
      expect(error).to.be.instanceOf(SoftphoneCallError).with.property('reason', 'busy');
      expect((await call.ended).cause).to.equal(HangUpCause.BUSY);
    });

    it('a dropped connection ends every running call with connectionLost, once', async () => {
      const { phone, agent } = await registeredPhone();
      const call = await phone.call('+4930123456');
      agent.sessions[0].fire('accepted', { originator: 'remote' });
      const ends: string[] = [];
      call.on('ended', (end) => ends.push(`${end.reason}:${end.cause}`));
      agent.fire('disconnected', undefined);
      agent.sessions[0].fire('ended', { originator: 'system', cause: 'Connection Error', failed: false });
      expect(ends).to.deep.equal(['connectionLost:congestion']);
      expect(phone.registered).to.equal(false);
    });

    it('close() hangs up and stops the stack; a closed phone refuses new calls', async () => {
      const { phone, agent } = await registeredPhone();
      await phone.call('+4930123456');
      await phone.close();
      expect(agent.sessions[0].actions).to.deep.equal(['terminate:']);
      expect(agent.actions.at(-1)).to.equal('stop');
      expect(await rejection(phone.call('+4930123456')))
        .to.be.instanceOf(ValidationError)
        .with.property('field', 'phone');
    });
  });

  describe('causes', () => {
    for (const [cause, status, failed, reason, hangup] of [
      ['Terminated', undefined, false, 'bye', HangUpCause.NORMAL_CLEARING],
      ['Busy', 486, true, 'busy', HangUpCause.BUSY],
      ['Rejected', 603, true, 'rejected', HangUpCause.BUSY],
      ['Not Found', 404, true, 'notFound', HangUpCause.NOT_FOUND],
      ['Canceled', 487, true, 'canceled', HangUpCause.CANCEL],
      ['No Answer', undefined, true, 'noAnswer', HangUpCause.NO_ANSWER],
      ['User Denied Media Access', undefined, true, 'media', HangUpCause.CONGESTION],
      ['Unavailable', 480, true, 'unavailable', HangUpCause.NO_ANSWER],
    ] as const) {
      it(`maps ${cause}${status ? ` (${status})` : ''} to ${reason} / ${hangup}`, () => {
        const end = callEnd({ originator: 'remote', cause, statusCode: status, failed });
        expect(end).to.include({ reason, cause: hangup });
        expect(end.error?.reason).to.equal(failed ? reason : undefined);
      });
    }

    it("reads a BYE's Reason header (RFC 3326): the network ended the call because the other side was busy", () => {
      const getHeader = (value: string) => (name: string) => (name === 'Reason' ? value : undefined);
      expect(reasonStatus({ getHeader: getHeader('SIP;cause=486;text="Busy Here"') })).to.equal(486);
      expect(reasonStatus({ getHeader: getHeader('Q.850;cause=16, SIP ; text="x"; cause=603') })).to.equal(603);
      expect(reasonStatus({ getHeader: getHeader('Q.850;cause=17') })).to.equal(undefined);
      expect(reasonStatus(undefined)).to.equal(undefined);
      const busy = callEnd({ originator: 'remote', cause: 'Terminated', reasonStatus: 486, failed: false });
      expect(busy).to.include({ reason: 'busy', cause: HangUpCause.BUSY, by: 'remote' });
      expect(busy.error).to.equal(undefined);
      const plain = callEnd({ originator: 'remote', cause: 'Terminated', reasonStatus: 200, failed: false });
      expect(plain).to.include({ reason: 'bye', cause: HangUpCause.NORMAL_CLEARING });
    });
  });

  describe('JsSIP adapter', () => {
    it("dials numbers and transfer targets at the config's domain, and registers the AOR as given", () => {
      const dialled: string[] = [];
      const configurations: Array<Record<string, unknown>> = [];
      const session = {
        direction: 'outgoing',
        on: () => undefined,
        refer: (target: string) => {
          dialled.push(`refer ${target}`);
          return { on: () => undefined };
        },
      };
      const JsSIP = {
        UA: class {
          constructor(configuration: Record<string, unknown>) {
            configurations.push(configuration);
          }
          on() {}
          start() {}
          stop() {}
          call(target: string) {
            dialled.push(target);
            return session;
          }
        },
        WebSocketInterface: class {},
      };
      const agent = jsSipStack(JsSIP as never)({
        websocketUrl: 'wss://sip.example.invalid',
        uri: 'sip:1234567e0@sip.example.invalid',
        domain: 'sip.example.invalid',
        username: '1234567e0',
        password: 'pw',
        userAgent: 'test',
        registerExpires: 300,
        iceServers: [],
      });
      agent.call('+4930123456', {} as MediaStream).refer('e1', () => undefined);
      expect(configurations[0]).to.include({ uri: 'sip:1234567e0@sip.example.invalid' });
      expect(dialled).to.deep.equal(['sip:+4930123456@sip.example.invalid', 'refer sip:e1@sip.example.invalid']);
    });
  });

  describe('input checks and statistics', () => {
    it('accepts DTMF 0-9, A-D, *, # and pauses only', () => {
      expect(validateDtmf('0123456789abcd*#,')).to.equal('0123456789ABCD*#,');
      for (const bad of ['', 'E', '1 2', 'x'.repeat(101), 5]) expect(() => validateDtmf(bad)).to.throw(ValidationError);
      expect(validateDialTarget(' 030 / 123 45 ')).to.equal('03012345');
    });

    it('reads bytes, packets, loss, jitter, RTT, audio level and codec from a getStats report', () => {
      const entries = [
        { id: 'o', type: 'outbound-rtp', kind: 'audio', bytesSent: 5000, packetsSent: 100, codecId: 'c' },
        {
          id: 'i',
          type: 'inbound-rtp',
          kind: 'audio',
          bytesReceived: 4000,
          packetsReceived: 90,
          packetsLost: 2,
          jitter: 0.0025,
          audioLevel: 0.3,
          totalAudioEnergy: 1.5,
          codecId: 'c',
        },
        { id: 'r', type: 'remote-inbound-rtp', kind: 'audio', roundTripTime: 0.012 },
        { id: 'c', type: 'codec', mimeType: 'audio/opus' },
        { id: 'v', type: 'outbound-rtp', kind: 'video', bytesSent: 99999 },
      ];
      const report = { forEach: (fn: (entry: unknown) => void) => entries.forEach(fn) } as unknown as RTCStatsReport;
      expect(readCallStats(report)).to.deep.equal({
        bytesSent: 5000,
        bytesReceived: 4000,
        packetsSent: 100,
        packetsReceived: 90,
        packetsLost: 2,
        jitterMs: 2.5,
        roundTripTimeMs: 12,
        audioLevel: 0.3,
        totalAudioEnergy: 1.5,
        codec: 'audio/opus',
      });
    });
  });
});
