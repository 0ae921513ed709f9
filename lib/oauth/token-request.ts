/**
 * Form posts to the token and revocation endpoints (RFC 6749 §4.1.3, §6; RFC 7009).
 * They go to the login server, not the REST API, with client credentials in the form,
 * so they use fetch directly (injectable for tests and unusual runtimes). Errors never
 * carry the form: it holds codes and refresh tokens.
 */
import { NetworkError, ServerError, TimeoutError, type SipgateIOError } from '../core/errors';
import { OAuthError } from './errors';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

const MAX_ERROR_BODY = 2000;

export interface FormPostOptions {
  fetch?: FetchLike;
  timeoutMs: number;
}

function bounded(text: string): string {
  return text.length > MAX_ERROR_BODY ? `${text.slice(0, MAX_ERROR_BODY)}…` : text;
}

function endpointPath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/** POSTs the form; resolves with the parsed JSON body of a 2xx answer (undefined when empty). */
export async function postForm(url: string, fields: Record<string, string | undefined>, options: FormPostOptions) {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) form.set(key, value);
  const fetchImpl = options.fetch ?? (globalThis.fetch as FetchLike | undefined);
  const request = { method: 'POST', path: endpointPath(url) };
  if (!fetchImpl) throw new NetworkError('no fetch implementation available for the OAuth token request', { request });

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: form.toString(),
      signal: controller.signal,
    });
    text = await response.text();
  } catch (cause) {
    const error: SipgateIOError = controller.signal.aborted
      ? new TimeoutError(`OAuth request timed out after ${options.timeoutMs} ms`, { request, retryable: true, cause })
      : new NetworkError(`OAuth request failed: ${(cause as Error)?.message ?? cause}`, {
          request,
          retryable: true,
          cause,
        });
    throw error;
  } finally {
    clearTimeout(timer);
  }

  let body: unknown = undefined;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = bounded(text);
    }
  }
  if (response.ok) return body;
  const status = response.status;
  const json = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (status >= 500 || status === 429) {
    throw new ServerError(`OAuth server answered ${status}`, { status, body, request, retryable: true });
  }
  const code = typeof json.error === 'string' ? json.error : `http_${status}`;
  const description = typeof json.error_description === 'string' ? `: ${bounded(json.error_description)}` : '';
  throw new OAuthError(code, `OAuth server refused the request (${code})${description}`, { status, body, request });
}
