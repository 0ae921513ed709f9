/**
 * The one seam between the softphone and a SIP stack. Only this interface is used by the softphone; the JsSIP
 * implementation is in jssip-adapter.ts, so another stack could replace it. No stack types leak out of here.
 */

export type Originator = 'local' | 'remote' | 'system';

export interface SipUserAgentConfig {
  websocketUrl: string;
  /** AOR, e.g. sip:1234567e0@sipgate.de */
  uri: string;
  /** The AOR's domain (sipgate.de): numbers, extensions and transfer targets are dialled there. */
  domain: string;
  username: string;
  password: string;
  userAgent: string;
  registerExpires: number;
  iceServers: RTCIceServer[];
}

/** How a session ended or failed, in the stack-neutral words of causes.ts. */
export interface SipSessionEnd {
  originator: Originator;
  /** Stack cause word: 'Terminated', 'Busy', 'Rejected', 'Not Found', 'Canceled', 'Connection Error', … */
  cause: string;
  statusCode?: number;
  /** The SIP status a BYE's Reason header (RFC 3326) names: why the network ended an established call. */
  reasonStatus?: number;
  /** True when the session never got established (a failure rather than an end). */
  failed: boolean;
}

export interface SipSessionEvents {
  progress: { originator: Originator };
  accepted: { originator: Originator };
  confirmed: { originator: Originator };
  ended: SipSessionEnd;
  hold: { originator: Originator };
  unhold: { originator: Originator };
  dtmf: { originator: Originator; tone: string };
  peerconnection: RTCPeerConnection;
}

export interface SipSession {
  readonly direction: 'incoming' | 'outgoing';
  readonly remoteUser: string;
  readonly remoteDisplayName?: string;
  on<K extends keyof SipSessionEvents>(event: K, listener: (payload: SipSessionEvents[K]) => void): void;
  answer(stream: MediaStream): void;
  /** Ends, cancels or rejects (with status 486/603 for an unanswered incoming call). */
  terminate(statusCode?: number): void;
  setMuted(muted: boolean): void;
  hold(): boolean;
  unhold(): boolean;
  sendDtmf(tones: string, transport: 'rfc4733' | 'info'): void;
  refer(target: string, done: (ok: boolean, statusCode?: number) => void): void;
  peerConnection(): RTCPeerConnection | undefined;
  isEstablished(): boolean;
}

export interface SipUserAgentEvents {
  connecting: undefined;
  connected: undefined;
  disconnected: undefined;
  registered: { expires?: number };
  unregistered: undefined;
  registrationFailed: { statusCode?: number; cause: string };
  incoming: SipSession;
}

export interface SipUserAgent {
  on<K extends keyof SipUserAgentEvents>(event: K, listener: (payload: SipUserAgentEvents[K]) => void): void;
  start(): void;
  stop(): void;
  call(target: string, stream: MediaStream): SipSession;
}

/** Builds user agents; what `createSoftphone` needs from a SIP stack. */
export type SipStackFactory = (config: SipUserAgentConfig) => SipUserAgent;
