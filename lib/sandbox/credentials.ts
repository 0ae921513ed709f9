/**
 * Credentials the sandbox accepts, and the Authorization header check (Basic for username/password and
 * personal access tokens, Bearer for OAuth tokens), as the real API does it.
 */
import {
  classifyCredentials,
  type AuthCredentials,
  type BasicAuthCredentials,
  type OAuthCredentials,
  type PersonalAccessTokenCredentials,
} from '../core/credentials';

/** Default personal access token of the sandbox (format as sipgate's: token-XXXXXX + UUID v4). */
export const SANDBOX_CREDENTIALS: PersonalAccessTokenCredentials = Object.freeze({
  tokenId: 'token-SANDBX',
  token: '5a1d2b3c-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
});

/** Default username/password (the deprecated Basic login, still accepted). */
export const SANDBOX_BASIC_CREDENTIALS: BasicAuthCredentials = Object.freeze({
  username: 'sandbox@sipgate.invalid',
  password: 'sandbox-password',
});

function base64Url(json: object): string {
  return Buffer.from(JSON.stringify(json), 'utf8').toString('base64url');
}

/** Default OAuth access token: a JWT-shaped token (the sandbox does not check its signature). */
export const SANDBOX_OAUTH_CREDENTIALS: OAuthCredentials = Object.freeze({
  token: [
    base64Url({ alg: 'RS256', typ: 'JWT' }),
    base64Url({ sub: 'w0', iss: 'sipgate-sandbox', scope: 'all', exp: 4102444800 }),
    'c2FuZGJveC1zaWduYXR1cmU',
  ].join('.'),
});

export const DEFAULT_SANDBOX_CREDENTIALS: AuthCredentials[] = [
  SANDBOX_CREDENTIALS,
  SANDBOX_BASIC_CREDENTIALS,
  SANDBOX_OAUTH_CREDENTIALS,
];

export interface Authenticator {
  accepts(authorization: string | undefined): boolean;
}

/** Validates the configured credentials once (ValidationError on bad shapes) and builds the check. */
export function createAuthenticator(credentials: AuthCredentials[]): Authenticator {
  const basic = new Set<string>();
  const bearer = new Set<string>();
  for (const credential of credentials) {
    const kind = classifyCredentials(credential);
    if (kind === 'oauth') bearer.add((credential as OAuthCredentials).token);
    else if (kind === 'pat')
      basic.add(
        `${(credential as PersonalAccessTokenCredentials).tokenId}:${(credential as PersonalAccessTokenCredentials).token}`,
      );
    else basic.add(`${(credential as BasicAuthCredentials).username}:${(credential as BasicAuthCredentials).password}`);
  }
  return {
    accepts(authorization) {
      if (typeof authorization !== 'string') return false;
      const match = /^(\w+)\s+(\S+)\s*$/.exec(authorization);
      if (!match) return false;
      const scheme = match[1].toLowerCase();
      if (scheme === 'bearer') return bearer.has(match[2]);
      if (scheme !== 'basic') return false;
      return basic.has(Buffer.from(match[2], 'base64').toString('utf8'));
    },
  };
}
