import type { RequestOptions } from '../core/request-options';

/** Public types of the call module (names as in the contract and the official package). */

export interface CallData {
  /** Caller: an extension (e, p, x, y) or a phone number (then deviceId is required). */
  from: string;
  /** Callee phone number (E.164). */
  to: string;
  /** Device that places the call (e, p, x, y); required when `from` is a phone number. */
  deviceId?: string | null;
  /** Number shown to the callee (E.164). */
  callerId?: string | null;
}

/** Body of POST /sessions/calls. */
export interface CallDTO {
  caller: string;
  callee: string;
  deviceId?: string | null;
  callerId?: string;
}

export interface InitiateNewCallSessionResponse {
  /** Also the call id for real-time call manipulation (rtcm). */
  sessionId: string;
}

/** The SDK's per-call options (signal, timeout, deadline, maxRetries), under the module's name. */
export type CallRequestOptions = RequestOptions;

export interface CallModule {
  initiate(newCallRequest: CallData, options?: CallRequestOptions): Promise<InitiateNewCallSessionResponse>;
}
