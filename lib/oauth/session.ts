/**
 * A signed-in user's tokens as the SDK's credentials: give the session to
 * `sipgateIO(session)`. It renews the access token shortly before it expires,
 * with one refresh for any number of concurrent requests, renews once more when
 * a request is answered 401, and hands every new token set to `onTokens` so the
 * app can persist it (refresh tokens rotate). When renewal fails for good, every
 * request fails with OAuthSessionExpiredError, without asking the server again.
 */
import type { AuthProvider } from '../core/auth-provider';
import { ValidationError } from '../core/errors';
import { OAuthError, OAuthSessionExpiredError } from './errors';
import { createOAuthClient, type OAuthClient, type OAuthClientOptions } from './sign-in';
import type { TokenSet } from './token-set';

export interface OAuthSessionOptions {
  /** The OAuth client the tokens were issued to, or the options to create it. */
  client: OAuthClient | OAuthClientOptions;
  /** The tokens from completeSignIn, or the last ones the app persisted. */
  tokens: TokenSet;
  /** Called with every new token set, before the request that needed it continues. */
  onTokens?: (tokens: TokenSet) => void | Promise<void>;
  /** Renew this long before expiry (default 30 000 ms, at most a fifth of the token's lifetime). */
  refreshMarginMs?: number;
  /** Clock in milliseconds since the epoch (tests). */
  now?: () => number;
}

export interface OAuthSession extends AuthProvider {
  /** The current tokens. */
  readonly tokens: TokenSet;
  /** Renews now (joins a renewal already running). */
  refresh(): Promise<TokenSet>;
  /** Revokes the refresh token at the server and ends the session. */
  signOut(): Promise<void>;
}

function isOAuthClient(value: OAuthClient | OAuthClientOptions): value is OAuthClient {
  return typeof (value as OAuthClient).refresh === 'function';
}

function checkTokens(tokens: unknown): TokenSet {
  const t = tokens as Partial<TokenSet> | null;
  if (t === null || typeof t !== 'object') throw new ValidationError('tokens', 'tokens must be a token set object');
  if (typeof t.accessToken !== 'string' || t.accessToken === '')
    throw new ValidationError('tokens.accessToken', 'tokens.accessToken must be a non-empty string');
  if (typeof t.expiresAt !== 'number' || !Number.isFinite(t.expiresAt))
    throw new ValidationError('tokens.expiresAt', 'tokens.expiresAt must be a time in milliseconds since the epoch');
  if (t.refreshToken !== undefined && (typeof t.refreshToken !== 'string' || t.refreshToken === ''))
    throw new ValidationError('tokens.refreshToken', 'tokens.refreshToken must be a non-empty string when given');
  return { ...(t as TokenSet) };
}

const bearer = (tokens: TokenSet): string => `Bearer ${tokens.accessToken}`;

export function createOAuthSession(options: OAuthSessionOptions): OAuthSession {
  if (options === null || typeof options !== 'object')
    throw new ValidationError('options', 'options must be an object');
  const client = isOAuthClient(options.client) ? options.client : createOAuthClient(options.client);
  const now = options.now ?? Date.now;
  const marginMs = options.refreshMarginMs ?? 30_000;
  if (!Number.isFinite(marginMs) || marginMs < 0)
    throw new ValidationError('refreshMarginMs', 'refreshMarginMs must be a non-negative number');
  let tokens = checkTokens(options.tokens);
  let ended: OAuthSessionExpiredError | undefined;
  let renewing: Promise<TokenSet> | undefined;

  const end = (error: OAuthSessionExpiredError): OAuthSessionExpiredError => (ended = error);

  const dueForRenewal = (t: TokenSet): boolean => {
    const lifetime = t.issuedAt !== undefined ? t.expiresAt - t.issuedAt : Infinity;
    return now() >= t.expiresAt - Math.min(marginMs, lifetime / 5);
  };

  async function renew(): Promise<TokenSet> {
    const current = tokens;
    if (!current.refreshToken)
      throw end(
        new OAuthSessionExpiredError('no_refresh_token', 'the access token cannot be renewed: no refresh token'),
      );
    if (current.refreshExpiresAt !== undefined && now() >= current.refreshExpiresAt)
      throw end(new OAuthSessionExpiredError('refresh_token_expired', 'the refresh token expired: sign in again'));
    let next: TokenSet;
    try {
      next = await client.refresh(current.refreshToken);
    } catch (error) {
      // 4xx from the token endpoint (invalid_grant: revoked or expired; invalid_client) will not heal by itself.
      if (error instanceof OAuthError && error.status !== undefined && error.status < 500) {
        throw end(
          new OAuthSessionExpiredError(error.code, `the session cannot be renewed, sign in again (${error.code})`, {
            status: error.status,
            body: error.body,
            cause: error,
          }),
        );
      }
      throw error;
    }
    tokens = next;
    await options.onTokens?.(next);
    return next;
  }

  /** One renewal at a time: every caller waiting for new tokens shares it. */
  const renewOnce = (): Promise<TokenSet> => {
    if (ended) return Promise.reject(ended);
    renewing ??= renew().finally(() => {
      renewing = undefined;
    });
    return renewing;
  };

  const session: OAuthSession = {
    get tokens() {
      return { ...tokens };
    },
    async getAuthorization() {
      if (ended) throw ended;
      if (renewing) return bearer(await renewing);
      const current = tokens;
      if (!current.refreshToken || !dueForRenewal(current)) return bearer(current);
      try {
        return bearer(await renewOnce());
      } catch (error) {
        // A renewal that failed for a passing reason (network) still leaves a token that has not expired yet.
        if (!(error instanceof OAuthSessionExpiredError) && now() < current.expiresAt) return bearer(current);
        throw error;
      }
    },
    async renewAfterUnauthorized(rejected) {
      if (ended) throw ended;
      if (bearer(tokens) !== rejected) return true; // another request renewed meanwhile
      if (!tokens.refreshToken) return false;
      await renewOnce();
      return true;
    },
    refresh: renewOnce,
    async signOut() {
      const refreshToken = tokens.refreshToken;
      end(new OAuthSessionExpiredError('signed_out', 'the session was signed out'));
      if (refreshToken) await client.revoke(refreshToken, 'refresh_token');
    },
  };
  return session;
}
