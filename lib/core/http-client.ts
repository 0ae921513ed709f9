/**
 * The one HTTP client every module uses: base URL, auth, statistics headers, deadlines, cancellation,
 * retries, date fields and error mapping live here and nowhere else. The network itself is behind a
 * `Transport` (./transport): the package entry passes the Node or the fetch one.
 */
import { AttemptRequest } from './attempt-request';
import { isAuthProvider, toAuthProvider, type AuthProvider } from './auth-provider';
import { credentialSecrets, type AuthCredentials } from './credentials';
import { reviveDateFields } from './dates';
import {
  abortedError,
  httpStatusError,
  transportFailure,
  unexpectedBodyError,
  type ErrorContext,
} from './error-mapping';
import { AbortError, AuthenticationError, UnexpectedResponseError, type SipgateIOError } from './errors';
import type { ClientOptions, HttpRequestConfig, SipgateIOClient, UserInfo, Webuser } from './http-types';
import { serializeQuery } from './query';
import { retryDelayMs, sleep } from './retry';
import type { Transport, TransportResponse } from './transport/types';
import { SDK_NAME, SDK_VERSION } from './version';

export const DEFAULT_BASE_URL = 'https://api.sipgate.com/v2';
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RETRIES = 2;
/** Fax bodies may reach 28.3 MB of base64: answers up to 32 MB are read, larger ones refused. */
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

/** A 2xx body as the caller gets it: text, or JSON (never anything else taken for data). */
function successBody(response: TransportResponse, method: string, config: HttpRequestConfig, context: ErrorContext) {
  if (config.responseType === 'text') return response.body;
  const text = response.body;
  if (text.trim() === '') {
    // Reads return data: an empty read is a proxy or portal speaking, not the API.
    if (method === 'GET' && response.status !== 204) throw unexpectedBodyError(response, context);
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw unexpectedBodyError(response, context);
  }
  return config.dateFields && config.parseDates !== false ? reviveDateFields(data, config.dateFields) : data;
}

/**
 * Creates the low-level client. `transport` moves the bytes: lib/index.ts passes `createNodeTransport(options)`,
 * lib/browser.ts `createFetchTransport()`.
 */
export function createHttpClient(
  credentials: AuthCredentials | AuthProvider,
  options: ClientOptions | undefined,
  transport: Transport,
): SipgateIOClient {
  const settings = options ?? {};
  const auth = toAuthProvider(credentials);
  const staticCredentials = isAuthProvider(credentials) ? undefined : credentials;
  let secretsCache: { authorization: string; secrets: readonly string[] } | undefined;
  /** The forms of the credentials to scrub from server text, for the Authorization value just sent. */
  const secretsFor = (authorization: string): readonly string[] => {
    if (secretsCache?.authorization !== authorization)
      secretsCache = { authorization, secrets: credentialSecrets(staticCredentials, authorization) };
    return secretsCache.secrets;
  };
  const baseUrl = (settings.baseUrl ?? environmentBaseUrl() ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const defaultMaxRetries = settings.maxRetries ?? DEFAULT_MAX_RETRIES;
  const defaultTimeout = settings.timeout ?? DEFAULT_TIMEOUT_MS;
  const backoff = {
    baseDelayMs: settings.retryBaseDelayMs ?? 500,
    maxDelayMs: settings.retryMaxDelayMs ?? 30_000,
  };
  const baseHeaders: Record<string, string> = {
    Accept: 'application/json',
    'X-Sipgate-Client': clientDescription(),
    'X-Sipgate-Version': SDK_VERSION,
    ...settings.headers,
  };

  /** One attempt under its own deadline; the caller's signal cancels it too. */
  async function attempt(
    request: AttemptRequest,
    limit: { ms: number; deadlineMs?: number },
    context: ErrorContext,
    callerSignal: AbortSignal | undefined,
  ): Promise<TransportResponse> {
    request.start(limit.ms, callerSignal);
    try {
      return await transport.request(request);
    } catch (raw) {
      throw transportFailure(raw, context, {
        timedOut: request.timedOut ? limit : undefined,
        aborted: !request.timedOut && callerSignal?.aborted === true,
      });
    } finally {
      request.end(callerSignal);
    }
  }

  async function send<T>(method: string, url: string, data: unknown, config: HttpRequestConfig = {}): Promise<T> {
    const maxRetries = config.maxRetries ?? defaultMaxRetries;
    // Object.assign, not a spread: V8 copies these dash-named keys by spread about ten times slower (measured).
    const headers: Record<string, string> = Object.assign({}, baseHeaders, config.headers);
    if (data !== undefined) headers['Content-Type'] = 'application/json';
    const body = data === undefined ? undefined : JSON.stringify(data);
    const query = serializeQuery(config.params);
    const target = `${baseUrl}${url.startsWith('/') ? '' : '/'}${url}${query ? (url.includes('?') ? '&' : '?') + query : ''}`;
    const context: ErrorContext = { method, url, config, secrets: [] };
    const timeout = config.timeout ?? defaultTimeout;
    const deadline = config.deadline ?? settings.deadline;
    const endsAt = deadline === undefined ? Infinity : Date.now() + deadline;
    // One extra attempt after a 401 when the auth provider renewed its token; it does not use the retry budget.
    let renewedAuthorization = false;

    for (let attemptNumber = 0; ; attemptNumber += 1) {
      if (config.signal?.aborted) throw abortedError(context);
      // A static provider answers synchronously: no await (and no extra turn) for it.
      const pending = auth.getAuthorization();
      const authorization = typeof pending === 'string' ? pending : await pending;
      headers.Authorization = authorization;
      context.secrets = secretsFor(authorization);
      // The request hook sees the headers as sent, the Authorization value masked.
      const visibleHeaders = settings.onRequest ? redactHeaders(headers) : undefined;
      const started = Date.now();
      const remaining = endsAt - started;
      const limit = remaining < timeout ? { ms: Math.max(0, remaining), deadlineMs: deadline } : { ms: timeout };
      if (visibleHeaders)
        settings.onRequest?.({ method, url, headers: { ...visibleHeaders }, body: data, attempt: attemptNumber });
      let error: SipgateIOError;
      let status: number | undefined;
      try {
        const request = new AttemptRequest(method, target, headers, body, MAX_BODY_BYTES);
        const response = await attempt(request, limit, context, config.signal);
        status = response.status;
        if (status < 200 || status >= 300) throw httpStatusError(response, context);
        const result = successBody(response, method, config, context);
        settings.onResponse?.({
          method,
          url,
          attempt: attemptNumber,
          durationMs: Date.now() - started,
          status,
          body: result,
        });
        return result as T;
      } catch (caught) {
        error = caught as SipgateIOError;
      }
      const retriesUsed = renewedAuthorization ? attemptNumber - 1 : attemptNumber;
      const retry = !(error instanceof AbortError) && error.retryable && retriesUsed < maxRetries;
      let retryInMs = retry ? retryDelayMs(attemptNumber, backoff, error.retryAfterMs) : undefined;
      // No retry starts that the overall deadline would cut short anyway.
      if (retryInMs !== undefined && Date.now() + retryInMs >= endsAt) retryInMs = undefined;
      settings.onResponse?.({
        method,
        url,
        attempt: attemptNumber,
        durationMs: Date.now() - started,
        status: error.status ?? status,
        body: error.body,
        error,
        retryInMs,
      });
      if (error instanceof AuthenticationError && !renewedAuthorization && auth.renewAfterUnauthorized) {
        renewedAuthorization = true;
        if (await auth.renewAfterUnauthorized(authorization)) continue;
      }
      if (retryInMs === undefined) throw error;
      try {
        await sleep(retryInMs, config.signal);
      } catch {
        throw abortedError(context);
      }
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
      webuserId ??= client.get<UserInfo>('/authorization/userinfo').then((info) => {
        if (typeof info?.sub !== 'string' || info.sub === '')
          throw new UnexpectedResponseError('GET /authorization/userinfo answered without a web user id (sub)', {
            status: 200,
            request: { method: 'GET', path: '/authorization/userinfo' },
          });
        return info.sub;
      });
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
