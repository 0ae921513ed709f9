/** One call of a softphone: answer/reject, mute, hold, DTMF, transfer, hang-up, statistics and its events. */
import { ValidationError } from '../core/errors';
import { callEnd, connectionLostEnd, type CallEnd } from './causes';
import { Emitter } from './emitter';
import { SoftphoneCallError } from './errors';
import type { Originator, SipSession } from './sip-stack';
import { readCallStats, type CallStats } from './stats';
import { rejectStatus, validateDialTarget, validateDtmf, validateDtmfTransport, type RejectReason } from './validators';

export type CallState = 'ringing' | 'connecting' | 'active' | 'ended';

export interface CallEvents {
  /** Outgoing: the far end rings (180/183). */
  ringing: undefined;
  /** The call was answered (both directions). */
  answered: undefined;
  held: { by: Originator };
  resumed: { by: Originator };
  muted: undefined;
  unmuted: undefined;
  dtmf: { tone: string; by: Originator };
  /** Always the last event; `error` is set for calls that never got established. */
  ended: CallEnd;
}

export interface CallMediaHooks {
  /** A microphone stream for answering (MicrophonePermissionError when refused). */
  microphone(): Promise<MediaStream>;
  /** Plays the far end's audio. */
  playRemote(stream: MediaStream): void;
  /** Releases the microphone and the player after the call. */
  release(stream: MediaStream | undefined): void;
}

export class SoftphoneCall extends Emitter<CallEvents> {
  readonly direction: 'incoming' | 'outgoing';
  /** The other party: a number or SIP user as the server presented it. */
  readonly remote: string;
  readonly remoteDisplayName?: string;
  private currentState: CallState;
  private isMuted = false;
  private isHeld = false;
  private stream?: MediaStream;
  private endInfo?: CallEnd;
  private rejectedWith?: RejectReason;
  private terminating = false;
  private readonly endedPromise: Promise<CallEnd>;
  private resolveEnded!: (end: CallEnd) => void;

  constructor(
    private readonly session: SipSession,
    private readonly media: CallMediaHooks,
    stream?: MediaStream,
  ) {
    super();
    this.direction = session.direction;
    this.remote = session.remoteUser;
    this.remoteDisplayName = session.remoteDisplayName;
    this.stream = stream;
    this.currentState = session.direction === 'incoming' ? 'ringing' : 'connecting';
    this.endedPromise = new Promise((resolve) => (this.resolveEnded = resolve));

    let attached: RTCPeerConnection | undefined;
    const attach = (pc: RTCPeerConnection) => {
      if (attached === pc) return;
      attached = pc;
      pc.addEventListener('track', (event) => {
        const remote = event.streams[0] ?? new MediaStream([event.track]);
        this.media.playRemote(remote);
      });
    };
    session.on('peerconnection', attach);
    const existing = session.peerConnection();
    if (existing) attach(existing);

    session.on('progress', ({ originator }) => {
      if (this.direction === 'outgoing' && originator === 'remote') this.emit('ringing', undefined);
    });
    session.on('accepted', () => {
      if (this.currentState === 'ended' || this.currentState === 'active') return;
      this.currentState = 'active';
      this.emit('answered', undefined);
    });
    session.on('hold', ({ originator }) => {
      if (originator === 'local') this.isHeld = true;
      this.emit('held', { by: originator });
    });
    session.on('unhold', ({ originator }) => {
      if (originator === 'local') this.isHeld = false;
      this.emit('resumed', { by: originator });
    });
    session.on('dtmf', ({ originator, tone }) => {
      if (originator === 'remote') this.emit('dtmf', { tone, by: originator });
    });
    session.on('ended', (end) => {
      const result = callEnd(end);
      if (this.rejectedWith && end.originator === 'local') {
        result.reason = this.rejectedWith === 'busy' ? 'busy' : 'rejected';
        result.error = undefined;
      }
      this.finish(result);
    });
  }

  get state(): CallState {
    return this.currentState;
  }

  get muted(): boolean {
    return this.isMuted;
  }

  get held(): boolean {
    return this.isHeld;
  }

  /** Resolves with how the call ended (never rejects). */
  get ended(): Promise<CallEnd> {
    return this.endedPromise;
  }

  /**
   * Resolves when the call is answered; rejects with SoftphoneCallError (busy, rejected, notFound, canceled,
   * media, connectionLost, …) when it ends before.
   */
  connected(): Promise<void> {
    if (this.currentState === 'active') return Promise.resolve();
    if (this.endInfo) return Promise.reject(this.failure(this.endInfo));
    return new Promise((resolve, reject) => {
      const offAnswered = this.once('answered', () => {
        offEnded();
        resolve();
      });
      const offEnded = this.once('ended', (end) => {
        offAnswered();
        reject(this.failure(end));
      });
    });
  }

  /** Answers an incoming call (asks for the microphone first: MicrophonePermissionError when refused). */
  async answer(): Promise<void> {
    if (this.direction !== 'incoming') throw new ValidationError('call', 'only incoming calls can be answered');
    if (this.currentState !== 'ringing') throw new ValidationError('call', `the call is ${this.currentState}`);
    this.currentState = 'connecting';
    try {
      this.stream = await this.media.microphone();
    } catch (error) {
      this.currentState = 'ringing';
      throw error;
    }
    if (this.endInfo) {
      this.media.release(this.stream);
      throw this.failure(this.endInfo);
    }
    this.session.answer(this.stream);
  }

  /** Rejects an incoming call: 'busy' (486, default) or 'decline' (603). */
  reject(reason: RejectReason = 'busy'): void {
    const status = rejectStatus(reason);
    if (this.direction !== 'incoming' || this.currentState !== 'ringing')
      throw new ValidationError('call', 'only a ringing incoming call can be rejected');
    this.rejectedWith = reason;
    this.session.terminate(status);
  }

  mute(): void {
    this.requireActive();
    if (this.isMuted) return;
    this.session.setMuted(true);
    this.isMuted = true;
    this.emit('muted', undefined);
  }

  unmute(): void {
    this.requireActive();
    if (!this.isMuted) return;
    this.session.setMuted(false);
    this.isMuted = false;
    this.emit('unmuted', undefined);
  }

  /** Puts the other side on hold (re-INVITE with a=sendonly). */
  hold(): void {
    this.requireActive();
    if (!this.isHeld) this.session.hold();
  }

  unhold(): void {
    this.requireActive();
    if (this.isHeld) this.session.unhold();
  }

  /** Sends DTMF tones, in the media (RFC 4733, default) or as SIP INFO. */
  sendDtmf(tones: string, options: { transport?: 'rfc4733' | 'info' } = {}): void {
    const valid = validateDtmf(tones);
    const transport = validateDtmfTransport(options?.transport);
    this.requireActive();
    this.session.sendDtmf(valid, transport);
  }

  /** Blind transfer (REFER) to a number or extension; resolves when the other side accepted the REFER. */
  async transfer(target: string): Promise<void> {
    const valid = validateDialTarget(target);
    this.requireActive();
    return new Promise((resolve, reject) =>
      this.session.refer(valid, (ok, status) =>
        ok ? resolve() : reject(new SoftphoneCallError('failed', `transfer to ${valid} failed`, { status })),
      ),
    );
  }

  /** Ends the call: BYE when established, CANCEL while ringing out, 486 for a ringing incoming call. */
  hangup(): void {
    if (this.currentState === 'ended') return;
    this.terminating = true;
    try {
      this.session.terminate();
    } catch {
      this.finish(connectionLostEnd());
    }
  }

  /** Statistics of the audio so far (bytes, packets, loss, jitter, RTT, level, codec). */
  async stats(): Promise<CallStats> {
    const pc = this.session.peerConnection();
    if (!pc) throw new ValidationError('call', 'the call has no media yet');
    return readCallStats(await pc.getStats());
  }

  /** The connection to the server dropped: the call is over, whatever the stack still thinks. */
  lose(): void {
    if (this.currentState === 'ended') return;
    this.finish(connectionLostEnd());
    if (this.terminating) return;
    try {
      this.session.terminate();
    } catch {
      // the stack may refuse without a transport; the call is ended for the app already
    }
  }

  private finish(end: CallEnd): void {
    if (this.currentState === 'ended') return;
    this.currentState = 'ended';
    this.endInfo = end;
    this.media.release(this.stream);
    this.emit('ended', end);
    this.resolveEnded(end);
  }

  private failure(end: CallEnd): SoftphoneCallError {
    return (
      end.error ?? new SoftphoneCallError(end.reason === 'bye' ? 'failed' : end.reason, `call ended: ${end.reason}`)
    );
  }

  private requireActive(): void {
    if (this.currentState !== 'active')
      throw new ValidationError('call', `the call is ${this.currentState}, not active`);
  }
}
