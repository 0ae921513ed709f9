/**
 * Where the command line finds credentials: never in its arguments (they would land in the shell history and
 * in `ps`), but in the environment or in a profile file.
 *
 *   SIPGATE_TOKEN_ID + SIPGATE_TOKEN   personal access token
 *   SIPGATE_OAUTH_REFRESH_TOKEN +      OAuth refresh token, renewed for as long as the command runs
 *     SIPGATE_OAUTH_CLIENT_ID          (+ SIPGATE_OAUTH_CLIENT_SECRET for confidential clients,
 *                                      SIPGATE_OAUTH_TOKEN_URL when not sipgate's)
 *   SIPGATE_OAUTH_TOKEN                OAuth access token (SIPGATE_TOKEN alone is read as one too)
 *   profile file                       $SIPGATE_PROFILE_FILE, else $XDG_CONFIG_HOME/sipgateio/profiles.json
 *                                      (~/.config/…): { "default": { "tokenId": "…", "token": "…", "baseUrl": "…" } }
 *                                      or { "default": { "oauth": { "clientId", "clientSecret"?, "tokenUrl"?,
 *                                      "refreshToken" } } }; renewed tokens are written back into the file.
 *                                      --profile NAME or $SIPGATE_PROFILE picks another entry.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { AuthCredentials } from '../core/credentials';
import { validateHttpUrl } from '../core/validators';
import { CliCredentialsError } from './errors';
import { readProfiles } from './profile-file';

/** An OAuth refresh token and what is needed to renew access tokens with it. */
export interface OAuthRefreshGrant {
  clientId: string;
  clientSecret?: string;
  /** Token endpoint; default SIPGATE_OAUTH_URL's, else sipgate's. */
  tokenUrl?: string;
  refreshToken: string;
  /** The last access token and its expiry (ms since the epoch), saved to spare a renewal at start. */
  accessToken?: string;
  expiresAt?: number;
  issuedAt?: number;
  refreshExpiresAt?: number;
}

export interface ResolvedCredentials {
  /** Static credentials; absent when `oauth` is set. */
  credentials?: AuthCredentials;
  oauth?: OAuthRefreshGrant;
  /** The profile the credentials came from (absent: the environment); renewed OAuth tokens are saved there. */
  profile?: { file: string; name: string };
  /** From the profile; SIPGATE_BASE_URL in the environment wins (the SDK reads it itself). */
  baseUrl?: string;
  source: string;
}

export function profileFilePath(env: NodeJS.ProcessEnv): string {
  if (env.SIPGATE_PROFILE_FILE) return env.SIPGATE_PROFILE_FILE;
  const config = env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(config, 'sipgateio', 'profiles.json');
}

/** The profile a command uses: --profile, else $SIPGATE_PROFILE, else "default"; in the profile file. */
export function profileLocation(env: NodeJS.ProcessEnv, name?: string): { file: string; name: string } {
  return { file: profileFilePath(env), name: name ?? env.SIPGATE_PROFILE ?? 'default' };
}

/** A token URL given in the environment or a profile; a bad one is a credentials problem, named where it was. */
function checkTokenUrl(value: string | undefined, field: string, where?: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    return validateHttpUrl(value, field);
  } catch (error) {
    throw new CliCredentialsError(`${where ? `${where}: ` : ''}${(error as Error).message}`);
  }
}

const stringOf = (record: Record<string, unknown>, key: string): string | undefined =>
  typeof record[key] === 'string' && record[key] !== '' ? (record[key] as string) : undefined;
const numberOf = (record: Record<string, unknown>, key: string): number | undefined =>
  typeof record[key] === 'number' && Number.isFinite(record[key]) ? (record[key] as number) : undefined;

function oauthFromProfile(value: unknown, source: string): OAuthRefreshGrant {
  const oauth = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const clientId = stringOf(oauth, 'clientId');
  const refreshToken = stringOf(oauth, 'refreshToken');
  if (!clientId || !refreshToken) throw new CliCredentialsError(`${source}: "oauth" needs clientId and refreshToken`);
  return {
    clientId,
    clientSecret: stringOf(oauth, 'clientSecret'),
    tokenUrl: checkTokenUrl(stringOf(oauth, 'tokenUrl'), 'oauth.tokenUrl', source),
    refreshToken,
    accessToken: stringOf(oauth, 'accessToken'),
    expiresAt: numberOf(oauth, 'expiresAt'),
    issuedAt: numberOf(oauth, 'issuedAt'),
    refreshExpiresAt: numberOf(oauth, 'refreshExpiresAt'),
  };
}

function fromProfile(entry: unknown, location: { file: string; name: string }): ResolvedCredentials {
  const profile = (entry ?? {}) as Record<string, unknown>;
  const str = (key: string) => stringOf(profile, key);
  const source = `profile "${location.name}" in ${location.file}`;
  const found = { profile: location, baseUrl: str('baseUrl'), source };
  if (profile.oauth !== undefined) return { ...found, oauth: oauthFromProfile(profile.oauth, source) };
  if (str('tokenId') && str('token'))
    return { ...found, credentials: { tokenId: str('tokenId')!, token: str('token')! } };
  if (str('oauthToken') ?? str('token'))
    return { ...found, credentials: { token: (str('oauthToken') ?? str('token'))! } };
  throw new CliCredentialsError(`${source} has neither tokenId + token, oauth, nor oauthToken`);
}

function oauthFromEnvironment(env: NodeJS.ProcessEnv): OAuthRefreshGrant | undefined {
  const refreshToken = env.SIPGATE_OAUTH_REFRESH_TOKEN;
  if (!refreshToken) return undefined;
  const clientId = env.SIPGATE_OAUTH_CLIENT_ID;
  if (!clientId)
    throw new CliCredentialsError('SIPGATE_OAUTH_REFRESH_TOKEN needs SIPGATE_OAUTH_CLIENT_ID (the OAuth client id)');
  return {
    clientId,
    clientSecret: env.SIPGATE_OAUTH_CLIENT_SECRET || undefined,
    tokenUrl: checkTokenUrl(env.SIPGATE_OAUTH_TOKEN_URL || undefined, 'SIPGATE_OAUTH_TOKEN_URL'),
    refreshToken,
  };
}

export function resolveCredentials(env: NodeJS.ProcessEnv, profileName?: string): ResolvedCredentials {
  if (!profileName && !env.SIPGATE_PROFILE) {
    if (env.SIPGATE_TOKEN_ID && env.SIPGATE_TOKEN)
      return { credentials: { tokenId: env.SIPGATE_TOKEN_ID, token: env.SIPGATE_TOKEN }, source: 'environment' };
    const oauth = oauthFromEnvironment(env);
    if (oauth) return { oauth, source: 'environment' };
    const oauthToken = env.SIPGATE_OAUTH_TOKEN || (!env.SIPGATE_TOKEN_ID ? env.SIPGATE_TOKEN : undefined);
    if (oauthToken) return { credentials: { token: oauthToken }, source: 'environment' };
  }
  const location = profileLocation(env, profileName);
  const { file, name } = location;
  const profiles = readProfiles(file);
  if (!profiles)
    throw new CliCredentialsError(
      'no credentials: set SIPGATE_TOKEN_ID and SIPGATE_TOKEN (personal access token), SIPGATE_OAUTH_REFRESH_TOKEN ' +
        `and SIPGATE_OAUTH_CLIENT_ID, or SIPGATE_OAUTH_TOKEN, or write a profile to ${file}`,
    );
  if (!Object.prototype.hasOwnProperty.call(profiles, name))
    throw new CliCredentialsError(`${file} has no profile "${name}"`);
  return fromProfile(profiles[name], location);
}

/** A profile file others can read leaks the token: say so (it still works). */
export function profilePermissionWarning(file: string): string | undefined {
  try {
    const mode = fs.statSync(file).mode;
    if (process.platform !== 'win32' && (mode & 0o077) !== 0)
      return `warning: ${file} is readable by other users; run: chmod 600 ${file}`;
  } catch {
    /* no file, nothing to warn about */
  }
  return undefined;
}
