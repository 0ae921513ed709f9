/** The tokens of one signed-in user, in the form the SDK keeps and hands to the app to persist. */
import { OAuthError } from './errors';

export interface TokenSet {
  accessToken: string;
  /** Absent when the server issued none; the session then cannot renew itself. */
  refreshToken?: string;
  /** When the access token expires, milliseconds since the epoch. */
  expiresAt: number;
  /** When the refresh token expires, when the server said so. */
  refreshExpiresAt?: number;
  /** When these tokens were issued (used to size the refresh margin of short-lived tokens). */
  issuedAt?: number;
  scope?: string;
  idToken?: string;
  tokenType: string;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Reads a token endpoint answer (RFC 6749 §5.1; Keycloak adds refresh_expires_in). */
export function tokenSetFromResponse(body: unknown, now: number, previousRefreshToken?: string): TokenSet {
  const json = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const accessToken = optionalString(json.access_token);
  const expiresIn = Number(json.expires_in);
  if (!accessToken || !Number.isFinite(expiresIn) || expiresIn <= 0) {
    throw new OAuthError('invalid_token_response', 'the token endpoint answered without access_token and expires_in', {
      body: json.error ? json : undefined,
    });
  }
  const refreshExpiresIn = Number(json.refresh_expires_in);
  return {
    accessToken,
    // A refresh answer without a new refresh token keeps the old one valid (RFC 6749 §6).
    refreshToken: optionalString(json.refresh_token) ?? previousRefreshToken,
    expiresAt: now + expiresIn * 1000,
    refreshExpiresAt: refreshExpiresIn > 0 ? now + refreshExpiresIn * 1000 : undefined,
    issuedAt: now,
    scope: optionalString(json.scope),
    idToken: optionalString(json.id_token),
    tokenType: optionalString(json.token_type) ?? 'bearer',
  };
}
