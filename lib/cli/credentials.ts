/**
 * Where the command line finds credentials: never in its arguments (they would land in the shell history and
 * in `ps`), but in the environment or in a profile file.
 *
 *   SIPGATE_TOKEN_ID + SIPGATE_TOKEN   personal access token
 *   SIPGATE_OAUTH_TOKEN                OAuth access token (SIPGATE_TOKEN alone is read as one too)
 *   profile file                       $SIPGATE_PROFILE_FILE, else $XDG_CONFIG_HOME/sipgateio/profiles.json
 *                                      (~/.config/…): { "default": { "tokenId": "…", "token": "…", "baseUrl": "…" } }
 *                                      --profile NAME or $SIPGATE_PROFILE picks another entry.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { AuthCredentials } from '../core/credentials';
import { CliCredentialsError } from './errors';

export interface ResolvedCredentials {
  credentials: AuthCredentials;
  /** From the profile; SIPGATE_BASE_URL in the environment wins (the SDK reads it itself). */
  baseUrl?: string;
  source: string;
}

export function profileFilePath(env: NodeJS.ProcessEnv): string {
  if (env.SIPGATE_PROFILE_FILE) return env.SIPGATE_PROFILE_FILE;
  const config = env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(config, 'sipgateio', 'profiles.json');
}

function fromProfile(entry: unknown, name: string, file: string): ResolvedCredentials {
  const profile = (entry ?? {}) as Record<string, unknown>;
  const str = (key: string) => (typeof profile[key] === 'string' ? (profile[key] as string) : undefined);
  const baseUrl = str('baseUrl');
  const source = `profile "${name}" in ${file}`;
  if (str('tokenId') && str('token'))
    return { credentials: { tokenId: str('tokenId')!, token: str('token')! }, baseUrl, source };
  if (str('oauthToken') ?? str('token'))
    return { credentials: { token: (str('oauthToken') ?? str('token'))! }, baseUrl, source };
  throw new CliCredentialsError(`${source} has neither tokenId + token nor oauthToken`);
}

export function resolveCredentials(env: NodeJS.ProcessEnv, profileName?: string): ResolvedCredentials {
  if (!profileName && !env.SIPGATE_PROFILE) {
    if (env.SIPGATE_TOKEN_ID && env.SIPGATE_TOKEN)
      return { credentials: { tokenId: env.SIPGATE_TOKEN_ID, token: env.SIPGATE_TOKEN }, source: 'environment' };
    const oauthToken = env.SIPGATE_OAUTH_TOKEN || (!env.SIPGATE_TOKEN_ID ? env.SIPGATE_TOKEN : undefined);
    if (oauthToken) return { credentials: { token: oauthToken }, source: 'environment' };
  }
  const file = profileFilePath(env);
  const name = profileName ?? env.SIPGATE_PROFILE ?? 'default';
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new CliCredentialsError(
      'no credentials: set SIPGATE_TOKEN_ID and SIPGATE_TOKEN (personal access token) or SIPGATE_OAUTH_TOKEN, ' +
        `or write a profile to ${file}`,
    );
  }
  let profiles: Record<string, unknown>;
  try {
    profiles = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new CliCredentialsError(`${file} is not valid JSON`);
  }
  if (!profiles || typeof profiles !== 'object' || !(name in profiles))
    throw new CliCredentialsError(`${file} has no profile "${name}"`);
  return fromProfile(profiles[name], name, file);
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
