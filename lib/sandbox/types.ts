/**
 * Public types of the offline sandbox: options, faults and webhook transcripts.
 */
import type { AuthCredentials } from '../core/credentials';
import type { SandboxOAuthOptions } from './oauth/types';

export interface SandboxOptions {
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1 (loopback only). */
  host?: string;
  /**
   * Accepted credentials; default: the three published SANDBOX_* credentials (PAT, Basic and OAuth bearer).
   * Pass `randomSandboxCredentials()` for a token only your process knows.
   */
  credentials?: AuthCredentials | AuthCredentials[];
  /** Answer CORS preflights and add CORS headers so browser pages may call the sandbox; default true. */
  cors?: boolean;
  /**
   * Origins of browser pages that may call the sandbox, e.g. ["http://localhost:5173"]. Default: any
   * http(s) page on localhost, 127.x.x.x or [::1]. A request with another Origin header gets 403.
   */
  allowedOrigins?: string[];
  /**
   * Host names (besides IP addresses and localhost) under which the sandbox may be addressed, e.g. a Docker
   * service name. Other Host headers get 421, which stops DNS-rebinding pages.
   */
  allowedHosts?: string[];
  /**
   * Origins webhook requests may go to besides those of the sipgate.io settings URLs (XML callback URLs on
   * another server). The sandbox contacts no other origin.
   */
  webhookOrigins?: string[];
  /** Fax recipients (E.164) whose faxes end as FAILED instead of SENT. */
  failingFaxNumbers?: string[];
  /** Time per fax status step PENDING → SENDING → SENT/FAILED; default 50 ms. */
  faxStepMs?: number;
  /** PEM private key (RSA) used to sign webhooks; default: a 2048-bit key generated once per process. */
  webhookPrivateKey?: string;
  /** Timeout of one webhook POST; default 5000 ms. */
  webhookTimeoutMs?: number;
  /** Maximum webhook requests in one call flow (protects against loops); default 20. */
  maxWebhookSteps?: number;
  /** Digits the called party presses when a Gather asks during a call started with POST /sessions/calls; default none. */
  outgoingCallDtmf?: string;
  /** The OAuth authorization server under /oauth: token lifetimes (default 300 s) and registered clients. */
  oauth?: SandboxOAuthOptions;
  /** Largest accepted request body in bytes; default 30 MB (a fax carries up to 28.3 MB of base64). */
  maxBodyBytes?: number;
  /** The SIP registrar and proxy at `sipUrl` (VoIP devices' sipServerWebsocketUrl). */
  sip?: SandboxSipOptions;
}

export interface SandboxSipOptions {
  /**
   * Longest registration granted, in seconds; default 300, as sipgate is reported to grant. Short values (e.g. 6)
   * make phones refresh their registration often, to test that they do.
   */
  maxExpiresSeconds?: number;
  /** Digest challenges with qop="auth" (default true) or without (as sipgate is reported to send them). */
  qop?: boolean;
  /** How long a digest nonce is valid before it is answered with stale=true; default 5 minutes. */
  nonceTtlMs?: number;
  /** How long a phone the sandbox calls (click-to-dial, callPhone) may ring before it gives up; default 30000 ms. */
  ringTimeoutMs?: number;
}

/** A line outside the account calls a registered phone (sandbox.callPhone). */
export interface PhoneCallSimulation {
  /** Caller number in E.164 ("+4930123456") or "anonymous". */
  from: string;
  /** The phone's number, SIP-ID or device id ("+4921100000001", "1234567e1" or "e1"). */
  to: string;
  /** Digits the caller presses when the webhook server's answer is a Gather. */
  dtmf?: string;
}

export interface FaultSpec {
  /** HTTP method to match (any when omitted). */
  method?: string;
  /** Path below /v2 (e.g. "/sessions/sms") or a RegExp tested against that path. */
  path: string | RegExp;
  /** Answer with this status instead of handling the request (e.g. 429, 500, 503). */
  status?: number;
  /** With status 429/503: the Retry-After header value in seconds. */
  retryAfterSeconds?: number;
  /** Delay before the request is handled (or before the fault is answered). */
  latencyMs?: number;
  /** Destroy the socket without any answer. */
  dropConnection?: boolean;
  /** How many matching requests the fault applies to; default 1. Use Infinity for all. */
  times?: number;
}

export interface IncomingCallSimulation {
  /** Caller number in E.164 ("+4921112345") or "anonymous". */
  from: string;
  /** Called number in E.164. */
  to: string;
  /** Digits the simulated caller presses when a Gather asks for input. */
  dtmf?: string;
  /** Default "in"; "out" posts to the outgoingUrl instead. */
  direction?: 'in' | 'out';
  /** The user reached; default the sandbox web user w0. */
  user?: { id: string; name: string };
}

export type WebhookEventName = 'newCall' | 'answer' | 'hangup' | 'dtmf';

export type XmlAction =
  | { type: 'play'; url?: string }
  | { type: 'gather'; onData?: string; maxDigits: number; timeout: number; playUrl?: string }
  | { type: 'dial'; callerId?: string; anonymous?: boolean; numbers: string[]; voicemail: boolean }
  | { type: 'reject'; reason: 'rejected' | 'busy' }
  | { type: 'hangup' }
  | { type: 'unknown'; name: string };

export interface ParsedXmlResponse {
  onAnswer?: string;
  onHangup?: string;
  actions: XmlAction[];
  /** Set when the answer was not a readable <Response> document. */
  error?: string;
}

export interface TranscriptStep {
  event: WebhookEventName;
  url: string;
  /** The exact form-encoded body that was signed and sent. */
  requestBody: string;
  /** HTTP status of the webhook server's answer; undefined when the request failed. */
  status?: number;
  responseXml?: string;
  parsed?: ParsedXmlResponse;
  /** Network error, timeout or parse problem. */
  error?: string;
}

export type CallOutcome = 'answered' | 'voicemail' | 'rejected' | 'hungUp' | 'failed' | 'active' | 'noWebhook';

export interface CallTranscript {
  callId: string;
  direction: 'in' | 'out';
  from: string;
  to: string;
  steps: TranscriptStep[];
  outcome: CallOutcome;
  answeringNumber?: string;
  hangupCause?: string;
  /** The CALL history entry created for this call. */
  historyId?: string;
  /** Set when the flow was cut short (step limit). */
  error?: string;
}

export interface RecordedRequest {
  method: string;
  /** Path with query, as received (e.g. "/v2/history?types=SMS"). */
  path: string;
  /** Parsed JSON body of requests that reached a handler. */
  body?: unknown;
  /** Status answered; "dropped" for an injected dropped connection, 0 while still in progress. */
  status: number | 'dropped';
  /** When the request arrived (ISO-8601). */
  at: string;
}
