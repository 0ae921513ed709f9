/**
 * Verify-and-receive: the one request pipeline behind every mount. Checks method,
 * type and size, verifies X-Sipgate-Signature over the raw bytes, decodes the form
 * and hands the event to the registry. Every refusal is reported before it is
 * answered. No Node imports; the mount injects the signature check.
 */
import { ValidationError } from '../core/errors';
import { validateBoolean, validateHttpUrl, validateInteger } from '../core/validators';
import { eventFromFields, type EventFields, FormDecodeError, parseWebhookEvent } from './event-parser';
import {
  createEventRegistry,
  DEFAULT_HANDLER_TIMEOUT_MS,
  type EventRegistry,
  isThenable,
  RESULT_EMPTY,
} from './registry';
import {
  createDefaultRejectReporter,
  FORM_TYPE,
  plain,
  REJECTION_RESULTS,
  type RejectedRequestInfo,
  type WebhookHttpResult,
  WebhookRejectedError,
  type WebhookRejectReason,
} from './rejections';
import { refuseUnsafeUrl } from './xml-values';
import type { SignatureVerifier } from './signature';
import type { CallEvent, HandlerOptions } from './types';

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export const RESULT_HANDLER_FAILED: WebhookHttpResult = plain(500, 'Internal Server Error: webhook handler failed\n');

/**
 * One request as a mount hands it over: with the raw body bytes, or (when another middleware read the stream
 * first) without them, saying why.
 */
export type WebhookRequest = RejectedRequestInfo & {
  /** Raw X-Sipgate-Signature header value. */
  signature: string | undefined;
} & WebhookBody;

/** The body part of a WebhookRequest. */
export type WebhookBody =
  | { body: Uint8Array }
  | {
      body?: undefined;
      /** Fields another middleware already decoded; usable only when signatures are not verified. */
      parsedFields?: EventFields;
      /** Why the raw bytes are missing, for the report. */
      missingBodyDetail: string;
    };

export interface WebhookPipeline {
  readonly registry: EventRegistry;
  readonly maxBodyBytes: number;
  /** Checks that need no body; a result means "answer this, do not read the body". */
  precheck(request: RejectedRequestInfo, contentLength: number | undefined): WebhookHttpResult | null;
  /**
   * Full processing of one request (repeats the prechecks, so any caller gets all of them); synchronous when
   * nothing on the way is asynchronous. Never throws, never rejects.
   */
  answer(request: WebhookRequest): WebhookHttpResult | Promise<WebhookHttpResult>;
  /** Reports a refusal found by the mount itself (oversized stream, unreadable body) and returns its answer. */
  reject(reason: WebhookRejectReason, request: RejectedRequestInfo, detail?: string): WebhookHttpResult;
}

export interface PipelineDependencies {
  /** Builds the verifier for a PEM key (or the default key when undefined). */
  createVerifier(publicKey: string | undefined): SignatureVerifier;
  /** Strict UTF-8 decoding (throws TypeError on bad bytes); the Node mounts pass a faster one than TextDecoder. */
  decodeUtf8?: (bytes: Uint8Array) => string;
}

export function validateHandlerOptions(options: HandlerOptions): void {
  if (options === null || typeof options !== 'object')
    throw new ValidationError('options', 'options must be an object');
  refuseUnsafeUrl(validateHttpUrl(options.serverAddress, 'serverAddress'), 'serverAddress');
  if (options.skipSignatureVerification !== undefined) {
    validateBoolean(options.skipSignatureVerification, 'skipSignatureVerification');
  }
  if (options.maxBodyBytes !== undefined) validateInteger(options.maxBodyBytes, 'maxBodyBytes', 1);
  if (options.handlerTimeoutMs !== undefined) validateInteger(options.handlerTimeoutMs, 'handlerTimeoutMs', 0);
  for (const hook of ['onError', 'onReject'] as const) {
    if (options[hook] !== undefined && typeof options[hook] !== 'function') {
      throw new ValidationError(hook, `${hook} must be a function`);
    }
  }
}

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

/** Calls an app hook; a failing hook must not take the request (or the process) down with it. */
function callSafely(hook: (error: never) => void, error: unknown): void {
  try {
    (hook as (error: unknown) => void)(error);
  } catch {
    // Nothing left to tell: the hook itself is how failures are told.
  }
}

export function createWebhookPipeline(options: HandlerOptions, deps: PipelineDependencies): WebhookPipeline {
  validateHandlerOptions(options);
  const verifier = options.skipSignatureVerification === true ? null : deps.createVerifier(options.publicKey);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const onError = options.onError ?? defaultOnError;
  const onReject = options.onReject ?? options.onError ?? createDefaultRejectReporter();
  const registry = createEventRegistry(
    options.serverAddress,
    options.handlerTimeoutMs ?? DEFAULT_HANDLER_TIMEOUT_MS,
    options.handlers,
  );
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decodeUtf8 = deps.decodeUtf8 ?? ((bytes: Uint8Array) => decoder.decode(bytes));

  function reject(reason: WebhookRejectReason, request: RejectedRequestInfo, detail?: string): WebhookHttpResult {
    callSafely(onReject, new WebhookRejectedError(reason, request, detail));
    return REJECTION_RESULTS[reason];
  }

  function fail(error: unknown): WebhookHttpResult {
    callSafely(onError, error);
    return RESULT_HANDLER_FAILED;
  }

  function precheck(request: RejectedRequestInfo, contentLength: number | undefined): WebhookHttpResult | null {
    if (request.method !== 'POST') return reject('method-not-allowed', request);
    if (!isFormContentType(request.contentType)) return reject('unsupported-media-type', request);
    if (contentLength !== undefined && contentLength > maxBodyBytes) {
      return reject('payload-too-large', request, `the body (${contentLength} bytes) exceeds maxBodyBytes`);
    }
    return null;
  }

  /** Decodes the verified bytes into an event, or the answer that refuses them. */
  function eventFromBody(request: WebhookRequest, body: Uint8Array): CallEvent | null | WebhookHttpResult {
    let event: CallEvent | null | undefined;
    try {
      event = parseWebhookEvent(decodeUtf8(body));
    } catch (error) {
      if (error instanceof FormDecodeError || error instanceof TypeError) return reject('body-undecodable', request);
      throw error;
    }
    return event === undefined ? reject('event-missing', request) : event;
  }

  /** Runs the handler for a decoded event (or passes a refusal through); a failure becomes a reported 500. */
  function dispatch(event: CallEvent | null | WebhookHttpResult): WebhookHttpResult | Promise<WebhookHttpResult> {
    if (event === null) return RESULT_EMPTY; // an event name this SDK does not know
    if ('status' in event) return event;
    const result = registry.dispatch(event);
    return isThenable(result) ? result.then(undefined, fail) : result;
  }

  /**
   * Answers one request. Synchronous when the signature check and the handler are (the Node path), so the
   * common case costs no promise; a promise otherwise. Never throws and never rejects.
   */
  function answer(request: WebhookRequest): WebhookHttpResult | Promise<WebhookHttpResult> {
    try {
      const early = precheck(request, request.body?.length);
      if (early !== null) return early;
      if (request.body === undefined) {
        if (verifier !== null || request.parsedFields === undefined) {
          return reject('body-consumed', request, request.missingBodyDetail);
        }
        return dispatch(eventFromFields(request.parsedFields) ?? reject('event-missing', request));
      }
      const body = request.body;
      if (verifier !== null) {
        const signature = request.signature;
        if (signature === undefined || signature === '') return reject('signature-missing', request);
        const valid = verifier(body, signature);
        if (isThenable(valid)) {
          return valid
            .then((ok) => (ok ? dispatch(eventFromBody(request, body)) : reject('signature-invalid', request)))
            .then(undefined, fail);
        }
        if (!valid) return reject('signature-invalid', request);
      }
      return dispatch(eventFromBody(request, body));
    } catch (error) {
      return fail(error);
    }
  }

  return { registry, maxBodyBytes, precheck, answer, reject };
}
