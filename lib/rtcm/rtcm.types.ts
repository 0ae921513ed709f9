import type { RequestOptions } from '../core/request-options';

/** Public types of real-time call manipulation (names as in the contract and the official package). */

export interface GenericCall {
  callId: string;
}

export interface Participant {
  participantId: string;
  phoneNumber: string;
  muted: boolean;
  hold: boolean;
  owner: boolean;
}

export interface RTCMCall extends GenericCall {
  muted: boolean;
  recording: boolean;
  hold: boolean;
  participants: Participant[];
}

/** Answer of GET /calls: the one list endpoint that wraps its items in `data`. */
export interface RTCMCallsResponse {
  data: RTCMCall[];
}

export interface RecordOptions {
  /** Plays an announcement that the call is being recorded. */
  announcement: boolean;
  /** true starts, false stops the recording. */
  value: boolean;
}

export interface TransferOptions {
  attended: boolean;
  phoneNumber: string;
  callerId?: string;
}

/** The SDK's per-call options (signal, timeout, deadline, maxRetries), under the module's name. */
export type RTCMRequestOptions = RequestOptions;

export interface RTCMModule {
  /** Established calls of the account (ringing calls are not listed). */
  getEstablishedCalls(options?: RTCMRequestOptions): Promise<RTCMCall[]>;
  mute(call: GenericCall, status: boolean, options?: RTCMRequestOptions): Promise<void>;
  record(call: GenericCall, recordOptions: RecordOptions, options?: RTCMRequestOptions): Promise<void>;
  /** Plays a WAV (mono, 16 bit PCM, 8 kHz) from `announcement` (a URL) to all participants. */
  announce(call: GenericCall, announcement: string, options?: RTCMRequestOptions): Promise<void>;
  transfer(call: GenericCall, transferOptions: TransferOptions, options?: RTCMRequestOptions): Promise<void>;
  sendDTMF(call: GenericCall, sequence: string, options?: RTCMRequestOptions): Promise<void>;
  hold(call: GenericCall, status: boolean, options?: RTCMRequestOptions): Promise<void>;
  hangUp(call: GenericCall, options?: RTCMRequestOptions): Promise<void>;
}
