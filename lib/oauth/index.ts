export { createOAuthClient } from './sign-in';
export type { OAuthClient, OAuthClientOptions, PendingSignIn, SignInRequest } from './sign-in';
export { createOAuthSession } from './session';
export type { OAuthSession, OAuthSessionOptions } from './session';
export { OAuthError, OAuthSessionExpiredError } from './errors';
export { DEFAULT_OAUTH_REALM, type OAuthEndpointOptions, type OAuthEndpoints } from './endpoints';
export type { TokenSet } from './token-set';
export type { FetchLike } from './token-request';
