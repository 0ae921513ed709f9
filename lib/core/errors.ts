/**
 * One error hierarchy for the whole SDK. Every failure a caller can see is a
 * `SipgateIOError`; the subclass says why. Errors never hold credentials: the
 * request description keeps method and path only, and bodies are the server's.
 */

import { keepErrorNames } from './error-names';

export interface ErrorRequestInfo {
  method: string;
  /** Path relative to the base URL, without query string (may carry ids, never secrets). */
  path: string;
}

export interface SipgateIOErrorOptions {
  status?: number;
  body?: unknown;
  request?: ErrorRequestInfo;
  retryable?: boolean;
  cause?: unknown;
  /** Value of a Retry-After header, in milliseconds, when the server sent one. */
  retryAfterMs?: number;
}

export class SipgateIOError extends Error {
  /** HTTP status of the response, when there was one. */
  readonly status?: number;
  /** Parsed response body (JSON or text), when there was one. */
  readonly body?: unknown;
  readonly method?: string;
  readonly path?: string;
  /** Whether sending the same request again may succeed and is safe. */
  readonly retryable: boolean;
  readonly retryAfterMs?: number;

  constructor(message: string, options: SipgateIOErrorOptions = {}) {
    super(message);
    this.name = new.target.name;
    this.status = options.status;
    this.body = options.body;
    this.method = options.request?.method;
    this.path = options.request?.path;
    this.retryable = options.retryable ?? false;
    this.retryAfterMs = options.retryAfterMs;
    if (options.cause !== undefined) {
      Object.defineProperty(this, 'cause', { value: options.cause, enumerable: false, writable: true });
    }
    Object.setPrototypeOf(this, new.target.prototype);
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      method: this.method,
      path: this.path,
      retryable: this.retryable,
      body: this.body,
    };
  }
}

/** Input rejected before any request was sent. `field` names the offending input. */
export class ValidationError extends SipgateIOError {
  readonly field: string;
  constructor(field: string, message: string, options: SipgateIOErrorOptions = {}) {
    super(message, options);
    this.field = field;
  }
}

/** The server rejected the request as malformed (400 and other unmapped 4xx). */
export class BadRequestError extends SipgateIOError {}
/** 401: credentials missing, wrong or expired. */
export class AuthenticationError extends SipgateIOError {}
/** 402: the account balance does not cover the action. */
export class PaymentRequiredError extends SipgateIOError {}
/** 403: authenticated, but not allowed (scope, feature not booked, foreign extension). */
export class PermissionError extends SipgateIOError {}
/** 404: the resource (or endpoint) does not exist. */
export class NotFoundError extends SipgateIOError {}
/** 409: the resource is in a state that does not allow the action. */
export class ConflictError extends SipgateIOError {}
/** 429: too many requests; `retryAfterMs` tells how long to wait when the server said so. */
export class RateLimitError extends SipgateIOError {}
/** 5xx: the server failed. */
export class ServerError extends SipgateIOError {}
/**
 * The server answered something the API never sends: a redirect, or a success whose body is empty or not
 * JSON on an endpoint that returns JSON (a captive portal, a misconfigured proxy). Never taken for data.
 */
export class UnexpectedResponseError extends SipgateIOError {}
/** The request did not get an HTTP answer (DNS, refused, reset). */
export class NetworkError extends SipgateIOError {
  /** True when the connection failed before any byte of the request was sent. */
  readonly requestNotSent: boolean;
  constructor(message: string, options: SipgateIOErrorOptions & { requestNotSent?: boolean } = {}) {
    super(message, options);
    this.requestNotSent = options.requestNotSent ?? false;
  }
}
/** The attempt took longer than `timeout`, or all attempts together longer than `deadline`. */
export class TimeoutError extends SipgateIOError {}
/** The caller aborted the request through its AbortSignal. */
export class AbortError extends SipgateIOError {}

keepErrorNames({
  SipgateIOError,
  UnexpectedResponseError,
  ValidationError,
  BadRequestError,
  AuthenticationError,
  PaymentRequiredError,
  PermissionError,
  NotFoundError,
  ConflictError,
  RateLimitError,
  ServerError,
  NetworkError,
  TimeoutError,
  AbortError,
});

export type ErrorClass = new (message: string, options?: SipgateIOErrorOptions) => SipgateIOError;

/** The error class for an HTTP status. */
export function errorClassForStatus(status: number): ErrorClass {
  if (status >= 300 && status < 400) return UnexpectedResponseError;
  if (status === 401) return AuthenticationError;
  if (status === 402) return PaymentRequiredError;
  if (status === 403) return PermissionError;
  if (status === 404) return NotFoundError;
  if (status === 409) return ConflictError;
  if (status === 429) return RateLimitError;
  if (status >= 500) return ServerError;
  return BadRequestError;
}
