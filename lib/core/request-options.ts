/**
 * Per-call options, the same for every module method (the last argument): cancel, bound the time of one
 * attempt or of all of them, change the retry budget. Modules never forward them one by one: they call the client through
 * `moduleRequests`, which checks the options once and adds the module's error wording.
 */
import { ValidationError } from './errors';
import type { HttpRequestConfig, SipgateIOClient } from './http-types';

export interface RequestOptions {
  /** Cancels the request (and any wait between retries). */
  signal?: AbortSignal;
  /** Timeout per attempt in milliseconds; overrides the client's. */
  timeout?: number;
  /** Bound on all attempts and the waits between them together, in milliseconds; overrides the client's. */
  deadline?: number;
  /** Retries of a retry-safe failure for this call; 0 disables them. Overrides the client's. */
  maxRetries?: number;
}

const isAbortSignal = (value: unknown): value is AbortSignal =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as AbortSignal).aborted === 'boolean' &&
  typeof (value as AbortSignal).addEventListener === 'function';

function milliseconds(name: 'timeout' | 'deadline', value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ValidationError(`options.${name}`, `options.${name} must be a positive number of milliseconds`);
  }
  return value;
}

/** The per-call part of a request config; a wrong option is refused before any request. */
export function requestConfig(options: RequestOptions | undefined): HttpRequestConfig {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') throw new ValidationError('options', 'options must be an object');
  const { signal, timeout, deadline, maxRetries } = options;
  const config: HttpRequestConfig = {};
  if (signal !== undefined) {
    if (!isAbortSignal(signal)) throw new ValidationError('options.signal', 'options.signal must be an AbortSignal');
    config.signal = signal;
  }
  if (timeout !== undefined) config.timeout = milliseconds('timeout', timeout);
  if (deadline !== undefined) config.deadline = milliseconds('deadline', deadline);
  if (maxRetries !== undefined) {
    if (!Number.isSafeInteger(maxRetries) || maxRetries < 0) {
      throw new ValidationError('options.maxRetries', 'options.maxRetries must be an integer >= 0');
    }
    config.maxRetries = maxRetries;
  }
  return config;
}

type Config = Omit<HttpRequestConfig, 'signal' | 'timeout' | 'deadline' | 'maxRetries'>;

/** The client calls of one module: its error wording and the caller's options applied in one place. */
export interface ModuleRequests {
  get<T = unknown>(path: string, options?: RequestOptions, config?: Config): Promise<T>;
  delete<T = unknown>(path: string, options?: RequestOptions, config?: Config): Promise<T>;
  post<T = unknown>(path: string, body: unknown, options?: RequestOptions, config?: Config): Promise<T>;
  put<T = unknown>(path: string, body: unknown, options?: RequestOptions, config?: Config): Promise<T>;
}

export function moduleRequests(
  client: SipgateIOClient,
  errorMessages: Partial<Record<number, string>> = {},
): ModuleRequests {
  const config = (options: RequestOptions | undefined, extra?: Config): HttpRequestConfig => ({
    ...extra,
    ...requestConfig(options),
    errorMessages: extra?.errorMessages ? { ...errorMessages, ...extra.errorMessages } : errorMessages,
  });
  return {
    get: (path, options, extra) => client.get(path, config(options, extra)),
    delete: (path, options, extra) => client.delete(path, config(options, extra)),
    post: (path, body, options, extra) => client.post(path, body, config(options, extra)),
    put: (path, body, options, extra) => client.put(path, body, config(options, extra)),
  };
}
