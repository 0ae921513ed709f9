/**
 * The command line's OAuth session: the refresh token from the profile or the environment renews the access
 * token for as long as a command runs (a history export of many pages, a fax that takes minutes), and every
 * renewed token set goes back into the profile file (refresh tokens rotate; the old one may stop working).
 */
import type { AuthProvider } from '../core/auth-provider';
import { createOAuthClient, type OAuthClient } from '../oauth/sign-in';
import { createOAuthSession } from '../oauth/session';
import type { TokenSet } from '../oauth/token-set';
import type { OAuthRefreshGrant, ResolvedCredentials } from './credentials';
import { updateProfile } from './profile-file';

/** The OAuth client of a sign-in; SIPGATE_OAUTH_URL moves sipgate's endpoints (e.g. to the sandbox). */
export function cliOAuthClient(
  grant: Pick<OAuthRefreshGrant, 'clientId' | 'clientSecret' | 'tokenUrl'>,
  env: NodeJS.ProcessEnv,
  redirectUri?: string,
): OAuthClient {
  return createOAuthClient({
    clientId: grant.clientId,
    clientSecret: grant.clientSecret,
    redirectUri,
    // Read from the command's environment, not the process's, so that in-process runs see their own.
    authServerUrl: env.SIPGATE_OAUTH_URL || undefined,
    tokenEndpoint: grant.tokenUrl,
  });
}

export function cliOAuthSession(
  resolved: ResolvedCredentials & { oauth: OAuthRefreshGrant },
  env: NodeJS.ProcessEnv,
  warn: (message: string) => void,
): AuthProvider {
  const grant = resolved.oauth;
  const client = cliOAuthClient(grant, env);
  // Without a saved access token the first request renews at once (expiresAt 0 is due).
  const tokens: TokenSet = {
    accessToken: grant.accessToken ?? 'none-yet',
    expiresAt: grant.accessToken ? (grant.expiresAt ?? 0) : 0,
    refreshToken: grant.refreshToken,
    refreshExpiresAt: grant.refreshExpiresAt,
    issuedAt: grant.accessToken ? grant.issuedAt : undefined,
    tokenType: 'bearer',
  };
  const profile = resolved.profile;
  let warned = false;
  const onTokens = (next: TokenSet): void => {
    if (!profile) {
      if (!warned && next.refreshToken !== grant.refreshToken)
        warn(
          'note: the server issued a new refresh token; SIPGATE_OAUTH_REFRESH_TOKEN may stop working. ' +
            'Keep the sign-in in a profile file, where renewed tokens are saved.',
        );
      warned = true;
      return;
    }
    try {
      saveTokens(profile, next);
    } catch (error) {
      if (!warned)
        warn(
          `warning: cannot save the renewed tokens to ${profile.file} ` +
            `(${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the saved sign-in may stop working`,
        );
      warned = true;
    }
  };
  return createOAuthSession({ client, tokens, onTokens });
}

/** Writes a token set into the profile's "oauth" entry (creating file and entry when missing). */
export function saveTokens(profile: { file: string; name: string }, tokens: TokenSet, client: object = {}): void {
  updateProfile(profile.file, profile.name, 'oauth', {
    ...client,
    refreshToken: tokens.refreshToken,
    accessToken: tokens.accessToken,
    expiresAt: tokens.expiresAt,
    refreshExpiresAt: tokens.refreshExpiresAt,
    issuedAt: tokens.issuedAt,
  });
}
