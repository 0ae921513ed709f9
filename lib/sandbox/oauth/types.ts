/** Options and control surface of the sandbox's OAuth 2.0 authorization server. */

export interface SandboxOAuthClient {
  clientId: string;
  /** Set for a confidential client; public clients (browser apps) have none and must use PKCE. */
  clientSecret?: string;
  /** Allowed redirect URIs; a trailing "*" allows any continuation (Keycloak's wildcard). */
  redirectUris: string[];
}

export interface SandboxOAuthOptions {
  /** Lifetime of access tokens; default 300 (sipgate's five minutes). Down to 1 for expiry tests. */
  accessTokenLifetimeSeconds?: number;
  /** Lifetime of refresh tokens; default 2 592 000 (30 days). */
  refreshTokenLifetimeSeconds?: number;
  /** Registered clients; default [SANDBOX_OAUTH_CLIENT]. */
  clients?: SandboxOAuthClient[];
}

/** What a test can do with the authorization server of a running sandbox. */
export interface SandboxOAuthControl {
  /** Changes token lifetimes for tokens issued from now on. */
  setLifetimes(
    lifetimes: Pick<SandboxOAuthOptions, 'accessTokenLifetimeSeconds' | 'refreshTokenLifetimeSeconds'>,
  ): void;
  /** Lets every access token issued so far expire now (refresh tokens stay valid). */
  expireAccessTokens(): void;
  /** Revokes every grant: access and refresh tokens stop working, as when a user withdraws consent. */
  revokeAll(): void;
  /** How many token requests (by grant type) the server answered with new tokens. */
  readonly issued: { authorizationCode: number; refreshToken: number };
}
