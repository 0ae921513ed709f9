/**
 * Credentials the sandbox accepts, and the Authorization header check (Basic for username/password and
 * personal access tokens, Bearer for OAuth tokens), as the real API does it.
 *
 * The defaults are published constants: convenient, and the reason the sandbox also checks Origin and Host
 * (see access.ts). `credentials: 'random'` makes a personal access token only this sandbox knows.
 */
import { randomBytes, randomUUID } from 'crypto';
import type {
  AuthCredentials,
  BasicAuthCredentials,
  OAuthCredentials,
  PersonalAccessTokenCredentials,
} from '../core/credentials';
import { SandboxOptionError } from './errors';
import { requireOptionObject } from './options';

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

const TOKEN_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A personal access token in sipgate's format that only the sandbox creating it knows. */
export function randomSandboxCredentials(): PersonalAccessTokenCredentials {
  const suffix = [...randomBytes(6)].map((byte) => TOKEN_ID_ALPHABET[byte % TOKEN_ID_ALPHABET.length]).join('');
  return Object.freeze({ tokenId: `token-${suffix}`, token: randomUUID() });
}

export interface Authenticator {
  accepts(authorization: string | undefined): boolean;
}

/** Printable, without spaces: what fits into an Authorization header unchanged. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;

function headerSafe(value: unknown, field: string): string {
  if (typeof value !== 'string' || !HEADER_SAFE.test(value))
    throw new SandboxOptionError(field, `${field} must be a non-empty string of printable characters without spaces`);
  return value;
}

/** The Basic "id:secret" pair or the Bearer token of one configured credential, checked for shape. */
const CREDENTIAL_SHAPES = '{ tokenId, token }, { token } or { username, password }';

function credentialKey(credential: unknown, at: string): { scheme: 'basic' | 'bearer'; value: string } {
  const c = requireOptionObject(credential, at, CREDENTIAL_SHAPES);
  if ('tokenId' in c) {
    const tokenId = headerSafe(c.tokenId, `${at}.tokenId`);
    if (tokenId.includes(':')) throw new SandboxOptionError(`${at}.tokenId`, `${at}.tokenId must not contain ":"`);
    return { scheme: 'basic', value: `${tokenId}:${headerSafe(c.token, `${at}.token`)}` };
  }
  if ('username' in c) {
    const username = headerSafe(c.username, `${at}.username`);
    if (username.includes(':')) throw new SandboxOptionError(`${at}.username`, `${at}.username must not contain ":"`);
    if (typeof c.password !== 'string' || c.password === '')
      throw new SandboxOptionError(`${at}.password`, `${at}.password must be a non-empty string`);
    return { scheme: 'basic', value: `${username}:${c.password}` };
  }
  if ('token' in c) return { scheme: 'bearer', value: headerSafe(c.token, `${at}.token`) };
  throw new SandboxOptionError(at, `${at} must be ${CREDENTIAL_SHAPES}`);
}

/** Checks the configured credentials once (SandboxOptionError on bad shapes) and builds the header check. */
export function createAuthenticator(credentials: readonly unknown[]): Authenticator {
  const basic = new Set<string>();
  const bearer = new Set<string>();
  credentials.forEach((credential, index) => {
    const key = credentialKey(credential, credentials.length === 1 ? 'credentials' : `credentials[${index}]`);
    (key.scheme === 'basic' ? basic : bearer).add(key.value);
  });
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
