/**
 * Turns whatever the transport threw into one SipgateIOError subclass. Only
 * method, path, status, headers we need and the server's body are kept: the
 * axios error (which holds the Authorization header) is never attached.
 */
import type { AxiosError } from 'axios';
import {
  AbortError,
  errorClassForStatus,
  NetworkError,
  SipgateIOError,
  TimeoutError,
  type ErrorRequestInfo,
} from './errors';
import type { HttpRequestConfig } from './http-types';
import { isRetrySafe, parseRetryAfter, requestNeverLeft } from './retry';

/** axios' own marker, checked here so this file does not load axios (see http-client.ts). */
function isAxiosError(raw: unknown): raw is AxiosError {
  return typeof raw === 'object' && raw !== null && (raw as { isAxiosError?: unknown }).isAxiosError === true;
}

export interface ErrorContext {
  method: string;
  url: string;
  config: HttpRequestConfig;
  /** The caller's AbortSignal fired while waiting between attempts. */
  aborted?: boolean;
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

/** The server's own explanation, from either error-body shape seen in the wild. */
function serverDetail(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim() === '' ? undefined : body.slice(0, 300);
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

function parseMaybeJson(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

export function toSipgateIOError(raw: unknown, context: ErrorContext): SipgateIOError {
  if (raw instanceof SipgateIOError) return raw;
  const request = requestInfo(context);
  const where = `${request.method} ${request.path}`;
  const idempotent = context.config.idempotent;

  if (context.aborted || (isAxiosError(raw) && raw.code === 'ERR_CANCELED')) {
    return new AbortError(`${where} was aborted`, { request });
  }
  if (!isAxiosError(raw)) {
    const message = raw instanceof Error ? raw.message : String(raw);
    return new NetworkError(`${where} failed: ${message}`, { request, cause: new Error(message) });
  }

  if (raw.response) {
    const status = raw.response.status;
    const body = parseMaybeJson(raw.response.data);
    const retryAfterMs = parseRetryAfter(raw.response.headers?.['retry-after']);
    const ErrorClass = errorClassForStatus(status);
    const detail = serverDetail(body);
    const base =
      context.config.errorMessages?.[status] ?? `${where} failed with ${status} ${STATUS_TEXT[status] ?? ''}`.trim();
    const message = detail && !base.includes(detail) ? `${base}: ${detail}` : base;
    return new ErrorClass(message, {
      status,
      body,
      request,
      retryAfterMs,
      retryable: isRetrySafe({ method: request.method, idempotent, status }),
    });
  }

  const code = raw.code;
  const lowLevelMessage = raw.message;
  const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
  if (timedOut) {
    return new TimeoutError(`${where} timed out`, {
      request,
      retryable: isRetrySafe({ method: request.method, idempotent, timedOut: true }),
      cause: new Error(lowLevelMessage),
    });
  }
  return new NetworkError(`${where} failed: ${lowLevelMessage}`, {
    request,
    requestNotSent: requestNeverLeft(code),
    retryable: isRetrySafe({ method: request.method, idempotent, code: code ?? 'ERR_NETWORK' }),
    cause: new Error(lowLevelMessage),
  });
}
