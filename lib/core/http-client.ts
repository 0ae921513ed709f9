/**
 * The one HTTP client every module uses: base URL, auth, statistics headers,
 * timeouts, cancellation, retries, date parsing and error mapping live here
 * and nowhere else. Modules never import axios.
 */
import type { AxiosInstance, AxiosResponse, CreateAxiosDefaults } from 'axios';
import { toAuthProvider, type AuthProvider } from './auth-provider';
import type { AuthCredentials } from './credentials';
import { reviveDates } from './dates';
import { toSipgateIOError } from './error-mapping';
import { AbortError, AuthenticationError } from './errors';
import type { ClientOptions, HttpRequestConfig, SipgateIOClient, UserInfo, Webuser } from './http-types';
import { serializeQuery } from './query';
import { retryDelayMs, sleep } from './retry';
import { SDK_NAME, SDK_VERSION } from './version';

export const DEFAULT_BASE_URL = 'https://api.sipgate.com/v2';
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RETRIES = 2;
/** Fax bodies may reach 28.3 MB of base64; axios' Node default of 10 MB would cut them. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

function environmentBaseUrl(): string | undefined {
  const env = typeof process !== 'undefined' ? process.env : undefined;
  const value = env?.SIPGATE_BASE_URL;
  return value && value.trim() !== '' ? value.trim() : undefined;
}

/** Describes the runtime for X-Sipgate-Client without fingerprinting the user. */
function clientDescription(): string {
  const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
  const runtime = isNode
    ? { type: 'node', version: process.versions.node, os: process.platform }
    : { type: 'browser', version: null, os: null };
  return JSON.stringify({ name: SDK_NAME, ...runtime });
}

function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const copy = { ...headers };
  for (const key of Object.keys(copy)) {
    if (key.toLowerCase() === 'authorization') copy[key] = '[REDACTED]';
  }
  return copy;
}

export function createHttpClient(
  credentials: AuthCredentials | AuthProvider,
  options: ClientOptions = {},
): SipgateIOClient {
  const auth = toAuthProvider(credentials);
  const baseUrl = (options.baseUrl ?? environmentBaseUrl() ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const defaultMaxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const backoff = {
    baseDelayMs: options.retryBaseDelayMs ?? 500,
    maxDelayMs: options.retryMaxDelayMs ?? 30_000,
  };
  const baseHeaders: Record<string, string> = {
    Accept: 'application/json',
    'X-Sipgate-Client': clientDescription(),
    'X-Sipgate-Version': SDK_VERSION,
    ...options.headers,
  };

  const axiosDefaults: CreateAxiosDefaults = {
    baseURL: baseUrl,
    timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
    maxBodyLength: MAX_BODY_BYTES,
    maxContentLength: MAX_BODY_BYTES,
    paramsSerializer: { serialize: serializeQuery },
    // Status handling is ours: every non-2xx becomes a typed error below.
    validateStatus: (status) => status >= 200 && status < 300,
  };
  // axios and the Node http stack under it cost more to load than the rest of the SDK
  // together (~200 ms, ~20 MB in Node): load them with the first request, not at require time.
  let instance: Promise<AxiosInstance> | undefined;
  const axiosInstance = (): Promise<AxiosInstance> =>
    (instance ??= import('axios').then((module) => module.default.create(axiosDefaults)));

  async function send<T>(method: string, url: string, data: unknown, config: HttpRequestConfig = {}): Promise<T> {
    const maxRetries = config.maxRetries ?? defaultMaxRetries;
    const headers: Record<string, string> = { ...baseHeaders, ...config.headers };
    if (data !== undefined) headers['Content-Type'] = 'application/json';
    // One extra attempt after a 401 when the auth provider renewed its token; it does not use the retry budget.
    let renewedAuthorization = false;

    for (let attempt = 0; ; attempt += 1) {
      const authorization = await auth.getAuthorization();
      headers.Authorization = authorization;
      // The request hook sees the headers as sent, the Authorization value masked.
      const visibleHeaders = options.onRequest ? redactHeaders(headers) : undefined;
      const started = Date.now();
      if (visibleHeaders) options.onRequest?.({ method, url, headers: { ...visibleHeaders }, body: data, attempt });
      let response: AxiosResponse;
      try {
        response = await (
          await axiosInstance()
        ).request({
          method,
          url,
          data,
          params: config.params,
          signal: config.signal,
          timeout: config.timeout,
          responseType: config.responseType === 'text' ? 'text' : 'json',
          headers,
        });
      } catch (raw) {
        const error = toSipgateIOError(raw, { method, url, config });
        const retriesUsed = renewedAuthorization ? attempt - 1 : attempt;
        const retry = !(error instanceof AbortError) && error.retryable && retriesUsed < maxRetries;
        const retryInMs = retry ? retryDelayMs(attempt, backoff, error.retryAfterMs) : undefined;
        options.onResponse?.({
          method,
          url,
          attempt,
          durationMs: Date.now() - started,
          status: error.status,
          body: error.body,
          error,
          retryInMs,
        });
        if (error instanceof AuthenticationError && !renewedAuthorization && auth.renewAfterUnauthorized) {
          renewedAuthorization = true;
          if (await auth.renewAfterUnauthorized(authorization)) continue;
        }
        if (retryInMs === undefined) throw error;
        await waitBeforeRetry(retryInMs, config.signal, { method, url, config });
        continue;
      }
      const body = parseBody(response.data, config);
      options.onResponse?.({ method, url, attempt, durationMs: Date.now() - started, status: response.status, body });
      return body as T;
    }
  }

  let webuserId: Promise<string> | undefined;

  const client: SipgateIOClient = {
    baseUrl,
    get: (url, config) => send('GET', url, undefined, config),
    post: (url, data, config) => send('POST', url, data, config),
    put: (url, data, config) => send('PUT', url, data, config),
    patch: (url, data, config) => send('PATCH', url, data, config),
    delete: (url, config) => send('DELETE', url, undefined, config),
    getAuthenticatedWebuserId() {
      webuserId ??= client.get<UserInfo>('/authorization/userinfo').then((info) => info.sub);
      // A failed lookup must not be cached: the next call asks again.
      webuserId.catch(() => {
        webuserId = undefined;
      });
      return webuserId;
    },
    async getWebUsers() {
      const response = await client.get<{ items: Webuser[] }>('/users');
      return response.items;
    },
  };
  return client;
}

function parseBody(data: unknown, config: HttpRequestConfig): unknown {
  if (config.responseType === 'text')
    return typeof data === 'string' ? data : data === undefined || data === null ? '' : String(data);
  if (data === '' || data === undefined || data === null) return undefined;
  return config.parseDates === false ? data : reviveDates(data);
}

async function waitBeforeRetry(
  ms: number,
  signal: AbortSignal | undefined,
  context: { method: string; url: string; config: HttpRequestConfig },
): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch (reason) {
    throw toSipgateIOError(reason ?? new Error('aborted'), { ...context, aborted: true });
  }
}
