/**
 * The one request path behind every mount (standalone server, Node handler,
 * Fetch handler): method + a few headers + raw body bytes in, status + headers +
 * body out. No Node imports; the signature check is injected by the mount.
 */
import { SipgateIOError, ValidationError } from '../core/errors';
import { validateBoolean, validateHttpUrl, validateInteger } from '../core/validators';
import { FormDecodeError, parseWebhookEvent } from './event-parser';
import { renderResponse, XML_DECLARATION } from './response-builder';
import { type SignatureVerifier } from './signature';
import {
  type AnswerCallback,
  type CallEvent,
  type DataCallback,
  EventType,
  type HandlerOptions,
  type HandlerRegistry,
  type HangUpCallback,
  type NewCallCallback,
  type ResponseObject,
} from './types';
import { escapeXml } from './xml-escape';

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export interface WebhookHttpResult {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: string;
}

export interface WebhookRequestInput {
  method: string;
  /** Raw Content-Type header value. */
  contentType: string | undefined;
  /** Raw X-Sipgate-Signature header value. */
  signature: string | undefined;
  body: Uint8Array;
}

const XML_HEADERS = Object.freeze({ 'content-type': 'application/xml; charset=utf-8' });
const TEXT_HEADERS = Object.freeze({ 'content-type': 'text/plain; charset=utf-8' });
const METHOD_HEADERS = Object.freeze({ ...TEXT_HEADERS, allow: 'POST' });
const CLOSE_HEADERS = Object.freeze({ ...TEXT_HEADERS, connection: 'close' });

const EMPTY_RESPONSE = `${XML_DECLARATION}<Response/>`;
const FORM_TYPE = 'application/x-www-form-urlencoded';

function plain(
  status: number,
  body: string,
  headers: Readonly<Record<string, string>> = TEXT_HEADERS,
): WebhookHttpResult {
  return Object.freeze({ status, headers, body });
}

// Error answers never vary, so they are built once.
export const RESULT_METHOD_NOT_ALLOWED = plain(
  405,
  'Method Not Allowed: sipgate.io webhooks are POST requests\n',
  METHOD_HEADERS,
);
export const RESULT_UNSUPPORTED_TYPE = plain(415, `Unsupported Media Type: expected ${FORM_TYPE}\n`);
export const RESULT_TOO_LARGE = plain(413, 'Payload Too Large\n', CLOSE_HEADERS);
export const RESULT_SIGNATURE_MISSING = plain(401, 'Unauthorized: X-Sipgate-Signature header missing\n');
export const RESULT_SIGNATURE_INVALID = plain(403, 'Forbidden: X-Sipgate-Signature does not match the body\n');
export const RESULT_UNDECODABLE = plain(400, 'Bad Request: body is not valid UTF-8 form data\n');
export const RESULT_NO_EVENT = plain(400, 'Bad Request: field "event" missing\n');
export const RESULT_HANDLER_FAILED = plain(500, 'Internal Server Error: webhook handler failed\n');
export const RESULT_BODY_CONSUMED = plain(
  500,
  'Internal Server Error: the request body was consumed by another middleware; mount the webhook handler before body parsers (or use express.raw())\n',
);
const RESULT_EMPTY = plain(200, EMPTY_RESPONSE, XML_HEADERS);

function isFormContentType(value: string | undefined): boolean {
  if (value === undefined) return false;
  // Fast path for what sipgate actually sends; otherwise a case-insensitive compare of the media type.
  if (value === FORM_TYPE || value === `${FORM_TYPE}; charset=UTF-8`) return true;
  const semicolon = value.indexOf(';');
  return (semicolon === -1 ? value : value.slice(0, semicolon)).trim().toLowerCase() === FORM_TYPE;
}

function defaultOnError(error: unknown): void {
  // eslint-disable-next-line no-console
  console.error('[sipgate-io webhook] handler failed:', error);
}

export interface WebhookCore extends HandlerRegistry {
  readonly maxBodyBytes: number;
  /** Checks that need no body; a result means "answer this, do not read the body". */
  precheck(
    method: string,
    contentType: string | undefined,
    contentLength: number | undefined,
  ): WebhookHttpResult | null;
  /** Full processing of one request (repeats the cheap prechecks, so any caller gets all of them). */
  handle(request: WebhookRequestInput): Promise<WebhookHttpResult>;
}

export interface CoreDependencies {
  /** Builds the verifier for a PEM key (or the default key when undefined). */
  createVerifier(publicKey: string | undefined): SignatureVerifier;
}

export function validateHandlerOptions(options: HandlerOptions): void {
  if (options === null || typeof options !== 'object')
    throw new ValidationError('options', 'options must be an object');
  validateHttpUrl(options.serverAddress, 'serverAddress');
  if (options.skipSignatureVerification !== undefined) {
    validateBoolean(options.skipSignatureVerification, 'skipSignatureVerification');
  }
  if (options.maxBodyBytes !== undefined) validateInteger(options.maxBodyBytes, 'maxBodyBytes', 1);
  if (options.handlerTimeoutMs !== undefined) validateInteger(options.handlerTimeoutMs, 'handlerTimeoutMs', 0);
  if (options.onError !== undefined && typeof options.onError !== 'function') {
    throw new ValidationError('onError', 'onError must be a function');
  }
}

export const DEFAULT_HANDLER_TIMEOUT_MS = 10_000;

/** A handler did not settle within handlerTimeoutMs; its request was answered 500. */
export class WebhookHandlerTimeoutError extends SipgateIOError {
  constructor(
    readonly event: string,
    readonly timeoutMs: number,
  ) {
    super(`webhook handler for ${event} did not finish within ${timeoutMs} ms`);
  }
}

/** Settles like `work`, or rejects with WebhookHandlerTimeoutError after `timeoutMs`. */
function withTimeout<T>(work: Promise<T>, event: string, timeoutMs: number): Promise<T> {
  if (timeoutMs === 0) return work;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new WebhookHandlerTimeoutError(event, timeoutMs)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function createWebhookCore(options: HandlerOptions, deps: CoreDependencies): WebhookCore {
  validateHandlerOptions(options);
  const verifier = options.skipSignatureVerification === true ? null : deps.createVerifier(options.publicKey);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const onError = options.onError ?? defaultOnError;
  const handlerTimeoutMs = options.handlerTimeoutMs ?? DEFAULT_HANDLER_TIMEOUT_MS;
  const addressAttribute = escapeXml(options.serverAddress);
  const onDataAttribute = ` onData="${addressAttribute}"`;
  const decoder = new TextDecoder('utf-8', { fatal: true });

  let onNewCall: NewCallCallback | undefined;
  let onAnswer: AnswerCallback | undefined;
  let onHangUp: HangUpCallback | undefined;
  let onData: DataCallback | undefined;
  // <Response> attributes for newCall answers; recomputed only when handlers change.
  let followUpAttributes = '';
  let newCallEmpty = RESULT_EMPTY;

  function refreshFollowUps(): void {
    followUpAttributes =
      (onAnswer ? ` onAnswer="${addressAttribute}"` : '') + (onHangUp ? ` onHangup="${addressAttribute}"` : '');
    newCallEmpty = plain(200, renderResponse(undefined, followUpAttributes, onDataAttribute), XML_HEADERS);
  }

  function requireFunction(fn: unknown, field: string): void {
    if (typeof fn !== 'function') throw new ValidationError(field, `${field} handler must be a function`);
  }

  function reportError(error: unknown): WebhookHttpResult {
    try {
      onError(error);
    } catch {
      // A failing error reporter must not take the request (or the process) down with it.
    }
    return RESULT_HANDLER_FAILED;
  }

  function answerWith(action: ResponseObject | void | undefined, attributes: string): WebhookHttpResult {
    return { status: 200, headers: XML_HEADERS, body: renderResponse(action, attributes, onDataAttribute) };
  }

  /**
   * Maps a handler's outcome to the answer. Synchronous handlers are answered without a timer
   * or extra promise; only a pending promise is raced against handlerTimeoutMs.
   */
  function settle<T>(
    outcome: T | PromiseLike<T>,
    event: string,
    answer: (value: T) => WebhookHttpResult,
  ): WebhookHttpResult | Promise<WebhookHttpResult> {
    if (outcome !== null && typeof outcome === 'object' && typeof (outcome as PromiseLike<T>).then === 'function') {
      return withTimeout(Promise.resolve(outcome as PromiseLike<T>), event, handlerTimeoutMs).then(answer);
    }
    return answer(outcome as T);
  }

  const answerNewCall = (action: ResponseObject | void | undefined): WebhookHttpResult =>
    action === undefined || action === null ? newCallEmpty : answerWith(action, followUpAttributes);
  const answerData = (action: ResponseObject | void | undefined): WebhookHttpResult =>
    action === undefined || action === null ? RESULT_EMPTY : answerWith(action, '');
  // sipgate discards the answer to follow-up events.
  const answerEmpty = (): WebhookHttpResult => RESULT_EMPTY;

  function dispatch(event: CallEvent): WebhookHttpResult | Promise<WebhookHttpResult> {
    switch (event.event) {
      case EventType.NEW_CALL:
        return onNewCall ? settle(onNewCall(event), event.event, answerNewCall) : newCallEmpty;
      case EventType.DATA:
        return onData ? settle(onData(event), event.event, answerData) : RESULT_EMPTY;
      case EventType.ANSWER:
        return onAnswer ? settle(onAnswer(event), event.event, answerEmpty) : RESULT_EMPTY;
      case EventType.HANGUP:
        return onHangUp ? settle(onHangUp(event), event.event, answerEmpty) : RESULT_EMPTY;
    }
  }

  function precheck(
    method: string,
    contentType: string | undefined,
    contentLength: number | undefined,
  ): WebhookHttpResult | null {
    if (method !== 'POST') return RESULT_METHOD_NOT_ALLOWED;
    if (!isFormContentType(contentType)) return RESULT_UNSUPPORTED_TYPE;
    if (contentLength !== undefined && contentLength > maxBodyBytes) return RESULT_TOO_LARGE;
    return null;
  }

  async function handle(request: WebhookRequestInput): Promise<WebhookHttpResult> {
    const early = precheck(request.method, request.contentType, request.body.length);
    if (early !== null) return early;
    if (verifier !== null) {
      const signature = request.signature;
      if (signature === undefined || signature === '') return RESULT_SIGNATURE_MISSING;
      let valid: boolean;
      try {
        valid = await verifier(request.body, signature);
      } catch (error) {
        return reportError(error);
      }
      if (!valid) return RESULT_SIGNATURE_INVALID;
    }
    let event: CallEvent | null | undefined;
    try {
      event = parseWebhookEvent(decoder.decode(request.body));
    } catch (error) {
      if (error instanceof FormDecodeError || error instanceof TypeError) return RESULT_UNDECODABLE;
      throw error;
    }
    if (event === undefined) return RESULT_NO_EVENT;
    if (event === null) return RESULT_EMPTY;
    try {
      return await dispatch(event);
    } catch (error) {
      return reportError(error);
    }
  }

  refreshFollowUps();
  const registry: WebhookCore = {
    maxBodyBytes,
    precheck,
    handle,
    onNewCall(fn) {
      requireFunction(fn, 'onNewCall');
      onNewCall = fn;
    },
    onAnswer(fn) {
      requireFunction(fn, 'onAnswer');
      onAnswer = fn;
      refreshFollowUps();
    },
    onHangUp(fn) {
      requireFunction(fn, 'onHangUp');
      onHangUp = fn;
      refreshFollowUps();
    },
    onHangup(fn) {
      registry.onHangUp(fn);
    },
    onData(fn) {
      requireFunction(fn, 'onData');
      onData = fn;
    },
  };
  const initial = options.handlers;
  if (initial) {
    if (initial.onNewCall) registry.onNewCall(initial.onNewCall);
    if (initial.onAnswer) registry.onAnswer(initial.onAnswer);
    if (initial.onHangUp) registry.onHangUp(initial.onHangUp);
    if (initial.onData) registry.onData(initial.onData);
  }
  return registry;
}

/** Copies the registration methods of `core` onto a mount (a listener function or a server object). */
export function withRegistry<T extends object>(target: T, core: WebhookCore): T & HandlerRegistry {
  return Object.assign(target, {
    onNewCall: core.onNewCall,
    onAnswer: core.onAnswer,
    onHangUp: core.onHangUp,
    onHangup: core.onHangup,
    onData: core.onData,
  });
}
