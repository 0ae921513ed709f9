/**
 * What a route handler sees: the parsed request plus the sandbox's state and services.
 */
import type { CallRecord, SandboxState } from './state';
import type { CallFlows } from './webhooks/call-flow';

export interface SandboxConfig {
  failingFaxNumbers: Set<string>;
  faxStepMs: number;
  /** e.g. http://127.0.0.1:3333/v2, known once the server listens. */
  baseUrl: string;
  /** ws://host:port/sip: the SIP-over-WebSocket registrar on the same port, given to VoIP devices. */
  sipWebsocketUrl: string;
}

/** What click-to-dial and RTCM ask of the SIP side (sip/calls.ts); each returns false when no phone is involved. */
export interface SipCallControl {
  /** Rings the browser phone registered as `deviceId` first, then connects the callee. */
  clickToDial(call: CallRecord, deviceId: string): boolean;
  /** BYE (or CANCEL while ringing) to every phone of the call. */
  hangUp(callId: string): boolean;
  /** re-INVITE of every phone of the call: a=sendonly while held, a=sendrecv after. */
  hold(callId: string, on: boolean): boolean;
  /** SIP INFO (application/dtmf-relay) with each tone to every phone of the call. */
  sendDtmf(callId: string, sequence: string): boolean;
}

export interface RequestContext {
  method: string;
  /** Path below /v2, e.g. "/history/h1". */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  state: SandboxState;
  config: SandboxConfig;
  flows: CallFlows;
  /** The SIP side, once the sandbox listens. */
  sip?: SipCallControl;
}
