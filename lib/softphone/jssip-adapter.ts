/**
 * The SIP stack adapter for JsSIP 3.13 (an optional peer dependency). JsSIP is described here by the few
 * members used, structurally, so its own declarations never reach the SDK's types.
 */
import type {
  Originator,
  SipSession,
  SipSessionEvents,
  SipStackFactory,
  SipUserAgent,
  SipUserAgentEvents,
} from './sip-stack';

type Handler = (event: any) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

interface JsSipEmitter {
  on(event: string, handler: Handler): void;
}

interface JsSipSession extends JsSipEmitter {
  direction: 'incoming' | 'outgoing';
  remote_identity?: { uri?: { user?: string }; display_name?: string };
  connection?: RTCPeerConnection;
  answer(options: object): void;
  terminate(options?: object): void;
  mute(options?: object): void;
  unmute(options?: object): void;
  hold(options?: object): boolean;
  unhold(options?: object): boolean;
  sendDTMF(tones: string, options?: object): void;
  refer(target: string, options?: object): JsSipEmitter;
  isEstablished(): boolean;
}

interface JsSipUA extends JsSipEmitter {
  start(): void;
  stop(): void;
  call(target: string, options: object): JsSipSession;
}

/** The JsSIP module namespace (what `import('jssip')` or the global `JsSIP` gives). */
export interface JsSipModule {
  UA: new (configuration: object) => JsSipUA;
  WebSocketInterface: new (url: string) => object;
  debug?: { disable(): void };
}

export function isJsSipModule(value: unknown): value is JsSipModule {
  const candidate = value as Partial<JsSipModule> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.UA === 'function' &&
    typeof candidate.WebSocketInterface === 'function'
  );
}

interface SipMessageLike {
  status_code?: number;
  getHeader?: (name: string) => string | undefined;
}

/** `Reason: SIP;cause=486;text="Busy Here"` (RFC 3326) → 486. */
export function reasonStatus(message: SipMessageLike | undefined): number | undefined {
  const header = typeof message?.getHeader === 'function' ? message.getHeader('Reason') : undefined;
  const match = /(?:^|,)\s*SIP\s*;(?:[^,]*;)?\s*cause\s*=\s*(\d{3})\b/i.exec(header ?? '');
  return match ? Number(match[1]) : undefined;
}

const originator = (value: unknown): Originator => (value === 'local' || value === 'remote' ? value : 'system');

function wrapSession(session: JsSipSession, iceServers: RTCIceServer[], domain: string): SipSession {
  return {
    direction: session.direction,
    remoteUser: session.remote_identity?.uri?.user ?? '',
    remoteDisplayName: session.remote_identity?.display_name || undefined,
    on<K extends keyof SipSessionEvents>(event: K, listener: (payload: SipSessionEvents[K]) => void) {
      const emit = listener as (payload: unknown) => void;
      switch (event) {
        case 'ended':
          break;
        case 'dtmf':
          session.on('newDTMF', (e) =>
            emit({ originator: originator(e.originator), tone: String(e.dtmf?.tone ?? '') }),
          );
          return;
        case 'peerconnection':
          session.on('peerconnection', (e) => emit(e.peerconnection));
          return;
        default:
          session.on(event, (e) => emit({ originator: originator(e?.originator) }));
          return;
      }
      const end = (failed: boolean) => (e: { originator?: string; cause?: string; message?: SipMessageLike }) =>
        emit({
          originator: originator(e.originator),
          cause: String(e.cause ?? ''),
          statusCode: e.message?.status_code,
          reasonStatus: reasonStatus(e.message),
          failed,
        });
      session.on('ended', end(false));
      session.on('failed', end(true));
    },
    answer(stream) {
      session.answer({
        mediaStream: stream,
        pcConfig: { iceServers },
        mediaConstraints: { audio: true, video: false },
      });
    },
    terminate(statusCode) {
      session.terminate(statusCode === undefined ? undefined : { status_code: statusCode });
    },
    setMuted(muted) {
      if (muted) session.mute({ audio: true });
      else session.unmute({ audio: true });
    },
    hold: () => session.hold(),
    unhold: () => session.unhold(),
    sendDtmf(tones, transport) {
      session.sendDTMF(tones, {
        transportType: transport === 'info' ? 'INFO' : 'RFC2833',
        duration: 100,
        interToneGap: 70,
      });
    },
    refer(target, done) {
      const subscriber = session.refer(`sip:${target}@${domain}`);
      subscriber.on('accepted', () => done(true));
      subscriber.on('failed', (e) => done(false, e?.response?.status_code));
      subscriber.on('requestFailed', (e) => done(false, e?.response?.status_code));
    },
    peerConnection: () => session.connection,
    isEstablished: () => session.isEstablished(),
  };
}

/** A SipStackFactory over a loaded JsSIP module. */
export function jsSipStack(JsSIP: JsSipModule): SipStackFactory {
  JsSIP.debug?.disable();
  return (config) => {
    const domain = config.domain;
    const ua = new JsSIP.UA({
      sockets: [new JsSIP.WebSocketInterface(config.websocketUrl)],
      uri: config.uri,
      authorization_user: config.username,
      password: config.password,
      register: true,
      register_expires: config.registerExpires,
      session_timers: false,
      user_agent: config.userAgent,
      connection_recovery_min_interval: 1,
      connection_recovery_max_interval: 15,
    });
    const wrap = (session: JsSipSession) => wrapSession(session, config.iceServers, domain);
    const agent: SipUserAgent = {
      on<K extends keyof SipUserAgentEvents>(event: K, listener: (payload: SipUserAgentEvents[K]) => void) {
        const emit = listener as (payload: unknown) => void;
        switch (event) {
          case 'registered':
            ua.on('registered', (e) => emit({ expires: Number(e?.response?.getHeader?.('expires')) || undefined }));
            return;
          case 'registrationFailed':
            ua.on('registrationFailed', (e) =>
              emit({ statusCode: e?.response?.status_code, cause: String(e?.cause ?? '') }),
            );
            return;
          case 'incoming':
            ua.on('newRTCSession', (e) => {
              if (e.originator === 'remote') emit(wrap(e.session));
            });
            return;
          default:
            ua.on(event, () => emit(undefined));
        }
      },
      start: () => ua.start(),
      stop: () => ua.stop(),
      call(target, stream) {
        return wrap(
          ua.call(`sip:${target}@${domain}`, {
            mediaStream: stream,
            mediaConstraints: { audio: true, video: false },
            pcConfig: { iceServers: config.iceServers },
            rtcOfferConstraints: { offerToReceiveAudio: true, offerToReceiveVideo: false },
          }),
        );
      },
    };
    return agent;
  };
}
