/**
 * Turns what went wrong into one SipgateIOError subclass. Only method, path, status, Retry-After and a bounded,
 * sanitised, credential-free excerpt of the server's body are kept; request headers never are.
 */
import {
  AbortError,
  errorClassForStatus,
  NetworkError,
  TimeoutError,
  UnexpectedResponseError,
  type ErrorRequestInfo,
  type SipgateIOError,
} from './errors';
import type { HttpRequestConfig } from './http-types';
import { isRetrySafe, parseRetryAfter, requestNeverLeft } from './retry';
import { ERROR_BODY_CHARS, excerpt, redact } from './sanitize';
import type { TransportResponse } from './transport/types';

export interface ErrorContext {
  method: string;
  url: string;
  config: HttpRequestConfig;
  /** Forms of the caller's credentials to scrub from server text. */
  secrets: readonly string[];
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function requestInfo(context: ErrorContext): ErrorRequestInfo {
  return { method: context.method, path: context.url.split('?')[0] };
}

const where = (context: ErrorContext): string => `${context.method} ${context.url.split('?')[0]}`;

/** The server's own explanation, from either error-body shape seen in the wild. */
function serverDetail(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim() === '' ? undefined : body;
  if (body === null || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record.message === 'string') return record.message;
  if (Array.isArray(record.errors)) {
    const first = record.errors[0] as Record<string, unknown> | undefined;
    if (first && typeof first.detail === 'string') return first.detail;
    if (first && typeof first.title === 'string') return first.title;
  }
  return undefined;
}

/** The error body as kept on the error: parsed JSON when small enough, else a bounded text excerpt. */
function boundedBody(text: string, secrets: readonly string[]): unknown {
  if (text === '') return undefined;
  const clean = redact(text, secrets);
  if (clean.length > ERROR_BODY_CHARS) return `${clean.slice(0, ERROR_BODY_CHARS)}…`;
  try {
    return JSON.parse(clean) as unknown;
  } catch {
    return clean;
  }
}

/** A non-2xx answer. */
export function httpStatusError(response: TransportResponse, context: ErrorContext): SipgateIOError {
  const { status } = response;
  const body = boundedBody(response.body, context.secrets);
  const ErrorClass = errorClassForStatus(status);
  const detail = serverDetail(body);
  const shortDetail = detail === undefined ? undefined : excerpt(detail);
  const statusText = status >= 300 && status < 400 ? 'Redirect (the API never redirects)' : (STATUS_TEXT[status] ?? '');
  const base = context.config.errorMessages?.[status] ?? `${where(context)} failed with ${status} ${statusText}`.trim();
  const message = shortDetail && !base.includes(shortDetail) ? `${base}: ${shortDetail}` : base;
  return new ErrorClass(message, {
    status,
    body,
    request: requestInfo(context),
    retryAfterMs: parseRetryAfter(response.header('retry-after')),
    retryable: isRetrySafe({ method: context.method, idempotent: context.config.idempotent, status }),
  });
}

/** A 2xx whose body is not what a JSON endpoint returns. */
export function unexpectedBodyError(response: TransportResponse, context: ErrorContext): SipgateIOError {
  const clean = redact(response.body, context.secrets);
  const what = clean.trim() === '' ? 'an empty body' : `a body that is not JSON: "${excerpt(clean, 120)}"`;
  const contentType = response.header('content-type');
  return new UnexpectedResponseError(
    `${where(context)} answered ${response.status} with ${what}${contentType ? ` (${excerpt(contentType, 60)})` : ''}`,
    { status: response.status, body: boundedBody(response.body, context.secrets), request: requestInfo(context) },
  );
}

export interface FailureKind {
  /** The attempt's own timeout fired; `deadlineMs` is set when the attempt was cut to the call's deadline. */
  timedOut?: { ms: number; deadlineMs?: number };
  /** The caller's AbortSignal fired. */
  aborted?: boolean;
}

/** No HTTP answer: cancelled, timed out, or the connection failed. */
export function transportFailure(raw: unknown, context: ErrorContext, kind: FailureKind): SipgateIOError {
  const request = requestInfo(context);
  if (kind.aborted) return new AbortError(`${where(context)} was aborted`, { request });
  const lowLevel = excerpt(redact(raw instanceof Error ? raw.message : String(raw), context.secrets));
  if (kind.timedOut) {
    const { ms, deadlineMs } = kind.timedOut;
    const limit = deadlineMs === undefined ? `${ms} ms` : `its deadline of ${deadlineMs} ms`;
    return new TimeoutError(`${where(context)} timed out after ${limit}`, {
      request,
      retryable: isRetrySafe({ method: context.method, idempotent: context.config.idempotent, timedOut: true }),
    });
  }
  const code = (raw as { code?: unknown } | null)?.code;
  const errorCode = typeof code === 'string' ? code : 'ERR_NETWORK';
  return new NetworkError(`${where(context)} failed: ${lowLevel}`, {
    request,
    requestNotSent: requestNeverLeft(errorCode),
    retryable: isRetrySafe({ method: context.method, idempotent: context.config.idempotent, code: errorCode }),
    cause: new Error(lowLevel),
  });
}

/** The caller cancelled while the client waited between attempts. */
export function abortedError(context: ErrorContext): SipgateIOError {
  return new AbortError(`${where(context)} was aborted`, { request: requestInfo(context) });
}
