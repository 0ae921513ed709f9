/**
 * When a failed request may be sent again, and how long to wait first.
 *
 * Reads and replacements (GET, HEAD, OPTIONS, PUT, DELETE) are idempotent: they
 * are retried on network errors, timeouts, 429 and 5xx. A POST or PATCH may have
 * created something (an SMS, a fax, a call, a contact) even when its answer was
 * lost, so it is retried ONLY when the server certainly did not process it: the
 * connection failed before the request left the machine (refused connection,
 * failed DNS lookup), or the server answered 429 (rate limited, not processed).
 * Otherwise it is never sent twice.
 */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** Low-level error codes that prove no byte of the request reached the server. */
const NOT_SENT_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** Failures that the same request would meet again. */
const PERMANENT_CODES: ReadonlySet<string> = new Set(['ERR_BODY_TOO_LARGE', 'ERR_NO_FETCH']);

export function requestNeverLeft(code: string | undefined): boolean {
  return code !== undefined && NOT_SENT_CODES.has(code);
}

export interface RetryDecisionInput {
  method: string;
  /** Forces the retry class of a request (e.g. a POST the caller knows is idempotent). */
  idempotent?: boolean;
  status?: number;
  /** Low-level error code when there was no HTTP answer. */
  code?: string;
  timedOut?: boolean;
}

/** Whether repeating this failed request is safe and may help. */
export function isRetrySafe(input: RetryDecisionInput): boolean {
  if (requestNeverLeft(input.code) || input.status === 429) return true;
  if (input.code !== undefined && PERMANENT_CODES.has(input.code)) return false;
  const idempotent = input.idempotent ?? IDEMPOTENT_METHODS.has(input.method.toUpperCase());
  if (!idempotent) return false;
  if (input.status !== undefined) return input.status >= 500;
  return input.timedOut === true || input.code !== undefined;
}

/** Parses Retry-After (delta seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(header: unknown, now = Date.now()): number | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface BackoffOptions {
  baseDelayMs: number;
  maxDelayMs: number;
  random?: () => number;
}

/**
 * Exponential backoff with full jitter for attempt n (0-based). A Retry-After
 * from the server wins over the computed delay, capped at maxDelayMs so a
 * hostile header cannot park the caller for hours.
 */
export function retryDelayMs(attempt: number, options: BackoffOptions, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, options.maxDelayMs);
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  const random = options.random ?? Math.random;
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Resolves after `ms`, or rejects with the signal's reason when aborted first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
