/**
 * The seam between the HTTP client and whoever knows the credentials. Static
 * credentials give the same header every time; an OAuth session (lib/oauth)
 * refreshes its token before it expires and once more after a 401.
 */
import { authorizationHeader, classifyCredentials, type AuthCredentials } from './credentials';

export interface AuthProvider {
  /** The Authorization header value for the next attempt; asked before every attempt. */
  getAuthorization(): string | Promise<string>;
  /**
   * Called when an attempt sent with `rejected` was answered 401. Resolve true to
   * send the request once more (with a fresh getAuthorization()); reject to fail
   * it with that error instead.
   */
  renewAfterUnauthorized?(rejected: string): Promise<boolean>;
}

export function isAuthProvider(value: unknown): value is AuthProvider {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { getAuthorization?: unknown }).getAuthorization === 'function'
  );
}

/** Checks static credentials at once and wraps them; passes providers through. */
export function toAuthProvider(credentials: AuthCredentials | AuthProvider): AuthProvider {
  if (isAuthProvider(credentials)) return credentials;
  classifyCredentials(credentials);
  const header = authorizationHeader(credentials);
  return { getAuthorization: () => header };
}
