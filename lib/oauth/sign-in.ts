/**
 * The authorization-code flow with PKCE (RFC 6749 §4.1, RFC 7636): build the
 * sign-in URL, check the callback, exchange the code, refresh, revoke.
 *
 *   const oauth = createOAuthClient({ clientId, redirectUri });
 *   const { url, state, codeVerifier } = await oauth.startSignIn({ scopes: ['history:read'] });
 *   // keep state + codeVerifier (session storage), send the user to url; on the way back:
 *   const tokens = await oauth.completeSignIn(callbackUrl, { state, codeVerifier });
 */
import { ValidationError } from '../core/errors';
import { resolveEndpoints, type OAuthEndpointOptions, type OAuthEndpoints } from './endpoints';
import { OAuthError } from './errors';
import { codeChallengeS256, randomUrlSafe } from './pkce';
import { postForm, type FetchLike } from './token-request';
import { tokenSetFromResponse, type TokenSet } from './token-set';

export interface OAuthClientOptions extends OAuthEndpointOptions {
  clientId: string;
  /** Only for confidential (server-side) clients; a browser app is a public client and has none. */
  clientSecret?: string;
  /** Where the server sends the user back to; must be registered for the client. */
  redirectUri?: string;
  /** Timeout of one token request in milliseconds (default 30 000). */
  timeout?: number;
  /** fetch to use for token requests; default globalThis.fetch. */
  fetch?: FetchLike;
  /** Clock in milliseconds since the epoch (tests). */
  now?: () => number;
}

export interface SignInRequest {
  /** OAuth scopes, e.g. ['history:read', 'sessions:sms:write']; default ['all']. */
  scopes?: string[];
  /** Overrides the client's redirectUri for this sign-in. */
  redirectUri?: string;
  /** Extra query parameters (e.g. { prompt: 'login' }). */
  extraParams?: Record<string, string>;
}

export interface PendingSignIn {
  /** Send the user's browser here. */
  url: string;
  /** Keep until the callback and pass to completeSignIn (protects against forged callbacks). */
  state: string;
  /** Keep secret until the callback and pass to completeSignIn. */
  codeVerifier: string;
  redirectUri: string;
}

export interface OAuthClient {
  readonly clientId: string;
  readonly endpoints: OAuthEndpoints;
  startSignIn(request?: SignInRequest): Promise<PendingSignIn>;
  /** Checks the callback URL (or its query string) against the pending sign-in and exchanges the code. */
  completeSignIn(
    callback: string | URL,
    pending: Pick<PendingSignIn, 'state' | 'codeVerifier'> & { redirectUri?: string },
  ): Promise<TokenSet>;
  exchangeCode(code: string, codeVerifier: string, redirectUri?: string): Promise<TokenSet>;
  refresh(refreshToken: string): Promise<TokenSet>;
  /** Revokes a refresh (or access) token at the server (RFC 7009). */
  revoke(token: string, hint?: 'refresh_token' | 'access_token'): Promise<void>;
}

const SCOPE_PATTERN = /^[\x21\x23-\x5b\x5d-\x7e]+$/;

function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new ValidationError(field, `${field} must be a non-empty string`);
  return value;
}

function callbackParams(callback: string | URL): URLSearchParams {
  if (callback instanceof URL) return callback.searchParams;
  const text = requireString(callback, 'callback');
  const query = text.includes('?') ? text.slice(text.indexOf('?') + 1) : text;
  return new URLSearchParams(query.split('#')[0]);
}

export function createOAuthClient(options: OAuthClientOptions): OAuthClient {
  if (options === null || typeof options !== 'object')
    throw new ValidationError('options', 'options must be an object');
  const clientId = requireString(options.clientId, 'clientId');
  if (options.clientSecret !== undefined) requireString(options.clientSecret, 'clientSecret');
  const endpoints = resolveEndpoints(options);
  const now = options.now ?? Date.now;
  const post = { fetch: options.fetch, timeoutMs: options.timeout ?? 30_000 };
  const clientFields = { client_id: clientId, client_secret: options.clientSecret };

  const redirectFor = (override?: string): string => {
    const uri = requireString(override ?? options.redirectUri, 'redirectUri');
    try {
      new URL(uri);
    } catch {
      throw new ValidationError('redirectUri', 'redirectUri must be an absolute URL');
    }
    return uri;
  };

  const client: OAuthClient = {
    clientId,
    endpoints,
    async startSignIn(request = {}) {
      const scopes = request.scopes ?? ['all'];
      if (
        !Array.isArray(scopes) ||
        scopes.length === 0 ||
        scopes.some((s) => typeof s !== 'string' || !SCOPE_PATTERN.test(s))
      )
        throw new ValidationError('scopes', 'scopes must be a non-empty list of scope names without spaces');
      const redirectUri = redirectFor(request.redirectUri);
      const state = randomUrlSafe(16);
      const codeVerifier = randomUrlSafe(32);
      const url = new URL(endpoints.authorization);
      for (const [key, value] of Object.entries(request.extraParams ?? {})) url.searchParams.set(key, String(value));
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('client_id', clientId);
      url.searchParams.set('redirect_uri', redirectUri);
      url.searchParams.set('scope', scopes.join(' '));
      url.searchParams.set('state', state);
      url.searchParams.set('code_challenge', await codeChallengeS256(codeVerifier));
      url.searchParams.set('code_challenge_method', 'S256');
      return { url: url.toString(), state, codeVerifier, redirectUri };
    },
    async completeSignIn(callback, pending) {
      const params = callbackParams(callback);
      if (params.get('state') !== requireString(pending?.state, 'state')) {
        throw new OAuthError('state_mismatch', 'the sign-in callback does not belong to this sign-in (state differs)');
      }
      const error = params.get('error');
      if (error) {
        const description = params.get('error_description');
        throw new OAuthError(error, `sign-in failed (${error})${description ? `: ${description}` : ''}`);
      }
      const code = params.get('code');
      if (!code) throw new OAuthError('invalid_request', 'the sign-in callback carries no code');
      return client.exchangeCode(code, pending.codeVerifier, pending.redirectUri);
    },
    async exchangeCode(code, codeVerifier, redirectUri) {
      const body = await postForm(
        endpoints.token,
        {
          grant_type: 'authorization_code',
          code: requireString(code, 'code'),
          redirect_uri: redirectFor(redirectUri),
          code_verifier: requireString(codeVerifier, 'codeVerifier'),
          ...clientFields,
        },
        post,
      );
      return tokenSetFromResponse(body, now());
    },
    async refresh(refreshToken) {
      const body = await postForm(
        endpoints.token,
        { grant_type: 'refresh_token', refresh_token: requireString(refreshToken, 'refreshToken'), ...clientFields },
        post,
      );
      return tokenSetFromResponse(body, now(), refreshToken);
    },
    async revoke(token, hint = 'refresh_token') {
      await postForm(
        endpoints.revocation,
        { token: requireString(token, 'token'), token_type_hint: hint, ...clientFields },
        post,
      );
    },
  };
  return client;
}
