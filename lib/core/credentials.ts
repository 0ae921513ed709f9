/**
 * The three ways to authenticate against the sipgate REST API, their shape
 * checks and the Authorization header each produces. Error messages never
 * repeat a secret: they describe what is wrong, not the value.
 */
import { base64ToUtf8, utf8ToBase64 } from './base64';
import { ValidationError } from './errors';

/**
 * @deprecated sipgate recommends personal access tokens or OAuth; username and
 * password Basic auth still works and stays supported.
 */
export interface BasicAuthCredentials {
  username: string;
  password: string;
}

/** An OAuth 2.0 access token (a JWT), sent as a Bearer token. */
export interface OAuthCredentials {
  token: string;
}

/** A personal access token: its id (`token-XXXXXX`) and the secret UUID. */
export interface PersonalAccessTokenCredentials {
  tokenId: string;
  token: string;
}

export type AuthCredentials = BasicAuthCredentials | OAuthCredentials | PersonalAccessTokenCredentials;

const TOKEN_ID_PATTERN = /^token-[a-zA-Z\d]{6}$/;
const UUID_V4_PATTERN = /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/i;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** True when the token has the three dot-separated parts of a JWT with a JSON payload. */
export function looksLikeJwt(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+={0,2}$/.test(part))) return false;
  try {
    const payload: unknown = JSON.parse(base64ToUtf8(parts[1]));
    return isObject(payload);
  } catch {
    return false;
  }
}

/** Checks the credentials' shape and says which kind they are. */
export function classifyCredentials(credentials: unknown): 'basic' | 'oauth' | 'pat' {
  if (!isObject(credentials)) {
    throw new ValidationError(
      'credentials',
      'credentials must be an object: { tokenId, token }, { token } or { username, password }',
    );
  }
  if ('tokenId' in credentials) {
    if (typeof credentials.tokenId !== 'string' || !TOKEN_ID_PATTERN.test(credentials.tokenId)) {
      throw new ValidationError(
        'credentials.tokenId',
        'credentials.tokenId must look like "token-" followed by 6 letters or digits',
      );
    }
    if (typeof credentials.token !== 'string' || !UUID_V4_PATTERN.test(credentials.token)) {
      throw new ValidationError(
        'credentials.token',
        'credentials.token of a personal access token must be a UUID (the value is not shown here)',
      );
    }
    return 'pat';
  }
  if ('token' in credentials) {
    if (typeof credentials.token !== 'string' || !looksLikeJwt(credentials.token)) {
      throw new ValidationError(
        'credentials.token',
        'credentials.token must be an OAuth access token (a JWT); for personal access tokens pass { tokenId, token }',
      );
    }
    return 'oauth';
  }
  if ('username' in credentials || 'password' in credentials) {
    if (typeof credentials.username !== 'string' || !EMAIL_PATTERN.test(credentials.username)) {
      throw new ValidationError(
        'credentials.username',
        'credentials.username must be the e-mail address of the sipgate account',
      );
    }
    if (typeof credentials.password !== 'string' || credentials.password === '') {
      throw new ValidationError('credentials.password', 'credentials.password must be a non-empty string');
    }
    return 'basic';
  }
  throw new ValidationError(
    'credentials',
    'credentials must contain { tokenId, token }, { token } or { username, password }',
  );
}

function encodeBasic(user: string, secret: string): string {
  return utf8ToBase64(`${user}:${secret}`);
}

/** The Authorization header value for validated credentials. */
export function authorizationHeader(credentials: AuthCredentials): string {
  const kind = classifyCredentials(credentials);
  if (kind === 'pat') {
    const pat = credentials as PersonalAccessTokenCredentials;
    return `Basic ${encodeBasic(pat.tokenId, pat.token)}`;
  }
  if (kind === 'oauth') return `Bearer ${(credentials as OAuthCredentials).token}`;
  const basic = credentials as BasicAuthCredentials;
  return `Basic ${encodeBasic(basic.username, basic.password)}`;
}

/**
 * Every form in which the credentials could come back in a server's text (a gateway echoing the request):
 * the header value, its encoded part and the raw secrets. Error messages and bodies are scrubbed of them.
 */
export function credentialSecrets(credentials: AuthCredentials | undefined, authorization: string): string[] {
  const secrets = [authorization, authorization.replace(/^\S+\s+/, '')];
  if (credentials && 'token' in credentials) secrets.push(credentials.token);
  if (credentials && 'password' in credentials)
    secrets.push(credentials.password, `${credentials.username}:${credentials.password}`);
  // Longest first, so a secret is replaced whole before a part of it; very short ones would mangle any text.
  return [...new Set(secrets)].filter((secret) => secret.length >= 4).sort((a, b) => b.length - a.length);
}
