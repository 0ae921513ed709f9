/** Public types of the shared HTTP client that every module is built on. */
import type { SipgateIOError } from './errors';
import type { QueryParams } from './query';

export interface HttpRequestConfig {
  /** Query parameters; arrays become repeated keys, Dates ISO strings. */
  params?: QueryParams;
  headers?: Record<string, string>;
  /** Cancels the request (and any wait between retries). */
  signal?: AbortSignal;
  /** Deadline of each attempt in milliseconds, the whole answer included (overrides the client's). */
  timeout?: number;
  /** Deadline of the whole call, all attempts and waits between them, in milliseconds (overrides the client's). */
  deadline?: number;
  /** Per-request retry budget; 0 disables retries. */
  maxRetries?: number;
  /**
   * Declares the request safe to repeat. Defaults by method: GET, PUT, DELETE
   * are idempotent; POST and PATCH are not and are only retried when the
   * server certainly did not process them (connection refused, DNS failure, 429).
   */
  idempotent?: boolean;
  /** 'text' returns the body as a string (CSV exports); default 'json'. */
  responseType?: 'json' | 'text';
  /** Error messages by HTTP status, for module-specific wording. */
  errorMessages?: Partial<Record<number, string>>;
  /**
   * The response fields the API documents as date-times, converted to Date: dot-separated keys, `[]` for every
   * array element (`items[].created`). Nothing else is converted.
   */
  dateFields?: readonly string[];
  /** false keeps the `dateFields` as strings (default true). */
  parseDates?: boolean;
}

export interface Webuser {
  id: string;
  firstname: string;
  lastname: string;
  email: string;
  defaultDevice: string;
  busyOnBusy: boolean;
  addressId: string;
  directDialIds: string[];
  timezone: string;
  admin: boolean;
}

export interface UserInfo {
  sub: string;
  domain: string;
  masterSipId: string;
  locale: string;
}

/** The low-level client: raw access to any endpoint, used by every module. */
export interface SipgateIOClient {
  get<T = unknown>(url: string, config?: HttpRequestConfig): Promise<T>;
  post<T = unknown>(url: string, data?: unknown, config?: HttpRequestConfig): Promise<T>;
  put<T = unknown>(url: string, data?: unknown, config?: HttpRequestConfig): Promise<T>;
  patch<T = unknown>(url: string, data?: unknown, config?: HttpRequestConfig): Promise<T>;
  delete<T = unknown>(url: string, config?: HttpRequestConfig): Promise<T>;
  /** The web user id (`w0`, …) the credentials belong to; fetched once and cached. */
  getAuthenticatedWebuserId(): Promise<string>;
  getWebUsers(): Promise<Webuser[]>;
  /** The base URL requests go to (e.g. https://api.sipgate.com/v2). */
  readonly baseUrl: string;
}

/** What the request hook sees; the Authorization header is redacted. */
export interface RequestEvent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  attempt: number;
}

/** What the response hook sees, for success and failure alike. */
export interface ResponseEvent {
  method: string;
  url: string;
  attempt: number;
  durationMs: number;
  status?: number;
  body?: unknown;
  error?: SipgateIOError;
  /** Set when the client will try again, after this many milliseconds. */
  retryInMs?: number;
}

export interface ClientOptions {
  /** API base URL; default `SIPGATE_BASE_URL` from the environment, else https://api.sipgate.com/v2. */
  baseUrl?: string;
  /**
   * Deadline of each attempt in milliseconds (default 30 000): the attempt fails with a TimeoutError when the
   * whole answer has not arrived by then, however steadily bytes keep coming.
   */
  timeout?: number;
  /**
   * Deadline of a whole call in milliseconds, across all attempts and the waits between them (default: none,
   * only `timeout` per attempt). No retry starts that could not finish in time.
   */
  deadline?: number;
  /** How many times a failed, retry-safe request is repeated (default 2). */
  maxRetries?: number;
  /** First backoff step in milliseconds (default 500); doubles per attempt, with jitter. */
  retryBaseDelayMs?: number;
  /** Upper bound of one wait, also for Retry-After (default 30 000). */
  retryMaxDelayMs?: number;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * Node only: an http.Agent / https.Agent for every request (connection pooling, TLS options, a proxy agent).
   * When set, `proxy` and the proxy environment variables are not consulted.
   */
  agent?: object;
  /**
   * Node only: proxy URL for every request, e.g. `http://user:secret@proxy.local:3128`; false ignores the
   * environment. Default: HTTPS_PROXY / HTTP_PROXY / NO_PROXY (also lower case). https goes through a CONNECT tunnel.
   */
  proxy?: string | false;
  onRequest?: (event: RequestEvent) => void;
  onResponse?: (event: ResponseEvent) => void;
}
