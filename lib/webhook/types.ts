/**
 * Public types of the webhook module. Shapes follow the contract (and the
 * official package's declarations) so existing handler code keeps compiling.
 * This file must stay free of Node imports: the browser bundle includes it.
 */
import type { SipgateIOClient } from '../core/http-types';
import type { TransferOptions } from '../rtcm/rtcm.types';
import type { WebhookRejectedError } from './rejections';

export enum EventType {
  NEW_CALL = 'newCall',
  ANSWER = 'answer',
  HANGUP = 'hangup',
  DATA = 'dtmf',
}

export enum WebhookDirection {
  IN = 'in',
  OUT = 'out',
}

export enum HangUpCause {
  NORMAL_CLEARING = 'normalClearing',
  BUSY = 'busy',
  CANCEL = 'cancel',
  NO_ANSWER = 'noAnswer',
  CONGESTION = 'congestion',
  NOT_FOUND = 'notFound',
  FORWARDED = 'forwarded',
}

export enum RejectReason {
  BUSY = 'busy',
  REJECTED = 'rejected',
}

export interface GenericEvent {
  event: EventType;
  callId: string;
  /** Wire name `origCallId`; identifies the call across transfers ('' when absent). */
  originalCallId: string;
}

export interface GenericCallEvent extends GenericEvent {
  direction: WebhookDirection;
  /** E.164 with leading `+`, or `anonymous`. */
  from: string;
  /** E.164 with leading `+`. */
  to: string;
  xcid: string;
}

export interface NewCallEvent extends GenericCallEvent {
  event: EventType.NEW_CALL;
  user: string[];
  userId: string[];
  fullUserId: string[];
  /** Same values as `user` (name used by the official package). */
  users: string[];
  userIds: string[];
  fullUserIds: string[];
  /** The originally dialled number when the call was diverted before reaching sipgate.io. */
  diversion?: string;
}

export interface AnswerEvent extends GenericCallEvent {
  event: EventType.ANSWER;
  answeringNumber: string;
  user?: string;
  userId?: string;
  fullUserId?: string;
  diversion?: string;
}

export interface HangUpEvent extends GenericCallEvent {
  event: EventType.HANGUP;
  cause: HangUpCause;
  answeringNumber: string;
  diversion?: string;
}

export interface DataEvent extends GenericEvent {
  event: EventType.DATA;
  /** Digits as sent; a string because it may start with 0. '' when the caller pressed nothing. */
  dtmf: string;
}

export type CallEvent = NewCallEvent | AnswerEvent | HangUpEvent | DataEvent;

export type HandlerCallback<T extends GenericEvent, U> = (event: T) => U | Promise<U>;
/** What an onNewCall / onData handler may return: an action, or nothing (null and undefined mean "no action"). */
export type HandlerAnswer = ResponseObject | null | undefined | void;
export type NewCallCallback = HandlerCallback<NewCallEvent, HandlerAnswer>;
/** sipgate discards the answer to follow-up events, so any return value is accepted (and awaited if a promise). */
export type AnswerCallback = (event: AnswerEvent) => unknown;
export type HangUpCallback = (event: HangUpEvent) => unknown;
export type DataCallback = HandlerCallback<DataEvent, HandlerAnswer>;

export interface WebhookHandlers {
  onNewCall?: NewCallCallback;
  onAnswer?: AnswerCallback;
  onHangUp?: HangUpCallback;
  onData?: DataCallback;
}

/** Registration methods shared by the server and the mountable handlers. */
export interface HandlerRegistry {
  onNewCall(fn: NewCallCallback): void;
  onAnswer(fn: AnswerCallback): void;
  onHangUp(fn: HangUpCallback): void;
  /** Alias of onHangUp (the contract shows both spellings). */
  onHangup(fn: HangUpCallback): void;
  onData(fn: DataCallback): void;
}

export interface HandlerOptions {
  /** Public URL sipgate uses to reach this server; sent back for follow-up events (onAnswer, onHangup, Gather onData). */
  serverAddress: string;
  /** Turns the X-Sipgate-Signature check off. Only for local development or a trusted proxy that checks it. */
  skipSignatureVerification?: boolean;
  /** PEM public key used instead of sipgate's (e.g. for a sandbox that signs with its own key). */
  publicKey?: string;
  /** Largest accepted request body in bytes (default 64 KiB). */
  maxBodyBytes?: number;
  /**
   * Called with every error a handler throws or rejects with (the request is answered 500), and with each
   * WebhookRejectedError when no onReject is given.
   */
  onError?: (error: unknown) => void;
  /**
   * Called for every request refused before it reached a handler (405, 415, 413, 401, 403, 400, and 500 when
   * another middleware consumed the body), with the reason. Without onReject and onError, rejections are
   * logged with console.warn (at most one line per reason every 10 s).
   */
  onReject?: (rejection: WebhookRejectedError) => void;
  /**
   * Longest time a handler may take, in milliseconds (default 10 000; 0 = no limit). sipgate expects
   * quick answers; a handler that never settles would otherwise hold its request open forever.
   * Past the limit the request is answered 500 and a WebhookHandlerTimeoutError goes to onError.
   */
  handlerTimeoutMs?: number;
  /** Handlers to register right away (they can also be registered later). */
  handlers?: WebhookHandlers;
}

// ---- Response objects (the builder's output; also accepted when hand-written) ----

export type RedirectOptions = {
  numbers: string[];
  anonymous?: boolean;
  callerId?: string;
};

export type GatherOptions = {
  announcement?: string;
  maxDigits: number;
  timeout: number;
};

export type PlayOptions = {
  announcement: string;
};

/** PlayOptions plus `durationMs`: the announcement's length when known, so its header is not read. */
export type TimedPlayOptions = PlayOptions & { durationMs?: number };

export type RejectOptions = {
  reason: RejectReason | 'busy' | 'rejected';
};

export type RedirectObject = {
  Dial: {
    _attributes: { callerId?: string; anonymous?: string };
    Number: string[];
  };
};

export type GatherObject = {
  Gather: {
    _attributes: { onData?: string; maxDigits?: string; timeout?: string };
    Play?: { Url: string };
  };
};

export type PlayObject = { Play: { Url: string } };

export type RejectObject = { Reject: { _attributes: { reason?: string } } };

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the official package types these elements as {}
export type HangUpObject = { Hangup: {} };

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the official package types these elements as {}
export type VoicemailObject = { Dial: { Voicemail: {} } };

export type ResponseObject = RedirectObject | VoicemailObject | PlayObject | GatherObject | HangUpObject | RejectObject;

export interface WebhookResponseInterface {
  redirectCall(options: RedirectOptions): RedirectObject;
  sendToVoicemail(): VoicemailObject;
  rejectCall(options: RejectOptions): RejectObject;
  playAudio(options: PlayOptions): PlayObject;
  gatherDTMF(options: GatherOptions): GatherObject;
  hangUpCall(): HangUpObject;
  /**
   * Plays the announcement, then hangs the call up through the real-time call API once it has ended
   * (plus `timeout` ms). Its length comes from `durationMs` or, when absent, from the WAV header.
   */
  playAudioAndHangUp(
    playOptions: TimedPlayOptions,
    client: SipgateIOClient,
    callId: string,
    timeout?: number,
    onError?: (error: unknown) => void,
  ): Promise<PlayObject>;
  /** Like playAudioAndHangUp, but transfers the call when the announcement has ended. */
  playAudioAndTransfer(
    playOptions: TimedPlayOptions,
    transferOptions: TransferOptions,
    client: SipgateIOClient,
    callId: string,
    timeout?: number,
    onError?: (error: unknown) => void,
  ): Promise<PlayObject>;
}
