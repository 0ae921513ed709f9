/**
 * Where the authorization server lives. sipgate runs Keycloak at login.sipgate.com,
 * realm "sipgate-apps" for new clients ("third-party" for older ones). Every URL
 * can be replaced, so the offline sandbox can play the server.
 */
import { ValidationError } from '../core/errors';

export const DEFAULT_OAUTH_REALM = 'sipgate-apps';

export interface OAuthEndpointOptions {
  /** Keycloak realm of the client; default "sipgate-apps". */
  realm?: string;
  /**
   * Base of the OpenID Connect endpoints (`…/protocol/openid-connect`), e.g. `sandbox.oauthUrl`.
   * Default: `SIPGATE_OAUTH_URL` from the environment, else sipgate's login server for `realm`.
   */
  authServerUrl?: string;
  /** Overrides of single endpoints; default `${authServerUrl}/auth`, `/token`, `/revoke`. */
  authorizationEndpoint?: string;
  tokenEndpoint?: string;
  revocationEndpoint?: string;
}

export interface OAuthEndpoints {
  authorization: string;
  token: string;
  revocation: string;
}

function environmentAuthServerUrl(): string | undefined {
  const value = typeof process !== 'undefined' ? process.env?.SIPGATE_OAUTH_URL : undefined;
  return value && value.trim() !== '' ? value.trim() : undefined;
}

function checkedUrl(value: string, field: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ValidationError(field, `${field} must be an absolute http(s) URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ValidationError(field, `${field} must be an absolute http(s) URL`);
  return url.toString().replace(/\/+$/, '');
}

export function resolveEndpoints(options: OAuthEndpointOptions): OAuthEndpoints {
  const realm = options.realm ?? DEFAULT_OAUTH_REALM;
  if (!/^[\w.-]+$/.test(realm))
    throw new ValidationError('realm', 'realm must consist of letters, digits, ".", "_", "-"');
  const base = checkedUrl(
    options.authServerUrl ??
      environmentAuthServerUrl() ??
      `https://login.sipgate.com/auth/realms/${realm}/protocol/openid-connect`,
    'authServerUrl',
  );
  return {
    authorization: checkedUrl(options.authorizationEndpoint ?? `${base}/auth`, 'authorizationEndpoint'),
    token: checkedUrl(options.tokenEndpoint ?? `${base}/token`, 'tokenEndpoint'),
    revocation: checkedUrl(options.revocationEndpoint ?? `${base}/revoke`, 'revocationEndpoint'),
  };
}
