/**
 * The sandbox's OAuth 2.0 authorization server, modelled on sipgate's Keycloak: authorization-code grant
 * with PKCE (S256), refresh with rotation, revocation (RFC 7009), token lifetimes configurable down to a
 * second. Endpoints, below the sandbox's /oauth prefix:
 *
 *   GET  /auth     consent page (Allow / Deny)        POST /auth    the decision → redirect with code or error
 *   POST /token    authorization_code | refresh_token  POST /revoke  token
 *
 * Everything is in memory and bounded (at most MAX_GRANTS signed-in users, the least recently active dropped
 * first); codes live 60 s and are single-use. Access tokens carry the granted scopes, which the sandbox's API
 * enforces (scopes.ts).
 */
import { createHash, randomBytes } from 'crypto';
import { optionalInteger, requireOptionObject } from '../options';
import type { HandlerResult } from '../http';
import { consentPage, errorPage } from './consent-page';
import type { SandboxOAuthClient, SandboxOAuthControl, SandboxOAuthOptions } from './types';

export const OAUTH_PREFIX = '/oauth';

/** The sandbox's default client: public (PKCE), any redirect URI on loopback. */
export const SANDBOX_OAUTH_CLIENT: SandboxOAuthClient = Object.freeze({
  clientId: 'sandbox-app',
  redirectUris: Object.freeze(['http://127.0.0.1:*', 'http://localhost:*']) as string[],
});

const CODE_LIFETIME_MS = 60_000;
const PENDING_LIFETIME_MS = 10 * 60_000;
const MAX_ENTRIES = 1000;
/** Signed-in users kept at once; beyond, the grant used least recently is dropped (its tokens stop working). */
export const MAX_GRANTS = 1000;
/** Valid access tokens kept per grant (requests in flight may carry an older one); older ones stop working. */
export const MAX_ACCESS_TOKENS_PER_GRANT = 5;
const HTML = 'text/html; charset=utf-8';

interface PendingConsent {
  clientId: string;
  redirectUri: string;
  scope: string;
  state?: string;
  codeChallenge?: string;
  createdAt: number;
}

interface IssuedCode extends PendingConsent {
  expiresAt: number;
  used: boolean;
  grantId?: string;
}

interface Grant {
  clientId: string;
  scope: string;
  refreshToken: string;
  refreshExpiresAt: number;
  accessTokens: Set<string>;
}

class OAuthProtocolError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const token = (bytes = 32): string => randomBytes(bytes).toString('base64url');
const s256 = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

function lifetime(value: number | undefined, fallback: number, field: string): number {
  return optionalInteger(value, field, 1, undefined, 'seconds') ?? fallback;
}

function remember<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.set(key, value);
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as K);
}

function redirectAllowed(client: SandboxOAuthClient, uri: string): boolean {
  return client.redirectUris.some((allowed) =>
    allowed.endsWith('*') ? uri.startsWith(allowed.slice(0, -1)) : uri === allowed,
  );
}

function withQuery(uri: string, params: Record<string, string | undefined>): string {
  const url = new URL(uri);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}

const redirect = (location: string): HandlerResult => ({
  status: 302,
  headers: { Location: location, 'Cache-Control': 'no-store' },
});
const html = (status: number, body: string): HandlerResult => ({ status, body, contentType: HTML });

export class AuthorizationServer implements SandboxOAuthControl {
  private accessLifetimeS: number;
  private refreshLifetimeS: number;
  private readonly clients: Map<string, SandboxOAuthClient>;
  private pending = new Map<string, PendingConsent>();
  private codes = new Map<string, IssuedCode>();
  private grants = new Map<string, Grant>();
  private refreshIndex = new Map<string, string>();
  private accessTokens = new Map<string, { grantId: string; expiresAt: number }>();
  readonly issued = { authorizationCode: 0, refreshToken: 0 };

  constructor(options: SandboxOAuthOptions = {}) {
    requireOptionObject(options, 'oauth', 'an object');
    this.accessLifetimeS = lifetime(options.accessTokenLifetimeSeconds, 300, 'accessTokenLifetimeSeconds');
    this.refreshLifetimeS = lifetime(options.refreshTokenLifetimeSeconds, 2_592_000, 'refreshTokenLifetimeSeconds');
    this.clients = new Map((options.clients ?? [SANDBOX_OAUTH_CLIENT]).map((client) => [client.clientId, client]));
  }

  setLifetimes(
    lifetimes: Pick<SandboxOAuthOptions, 'accessTokenLifetimeSeconds' | 'refreshTokenLifetimeSeconds'>,
  ): void {
    this.accessLifetimeS = lifetime(
      lifetimes.accessTokenLifetimeSeconds,
      this.accessLifetimeS,
      'accessTokenLifetimeSeconds',
    );
    this.refreshLifetimeS = lifetime(
      lifetimes.refreshTokenLifetimeSeconds,
      this.refreshLifetimeS,
      'refreshTokenLifetimeSeconds',
    );
  }

  expireAccessTokens(): void {
    for (const entry of this.accessTokens.values()) entry.expiresAt = 0;
  }

  revokeAll(): void {
    this.pending.clear();
    this.codes.clear();
    this.grants.clear();
    this.refreshIndex.clear();
    this.accessTokens.clear();
  }

  /** Back to the start: no grants, counters at zero (the sandbox's reset). */
  reset(): void {
    this.revokeAll();
    this.issued.authorizationCode = 0;
    this.issued.refreshToken = 0;
  }

  /** True for an access token this server issued that has neither expired nor been revoked. */
  acceptsAccessToken(accessToken: string): boolean {
    const entry = this.accessTokens.get(accessToken);
    return entry !== undefined && Date.now() < entry.expiresAt;
  }

  /** The scopes granted to a valid access token; undefined when the token is unknown, expired or revoked. */
  grantedScopes(accessToken: string): string[] | undefined {
    if (!this.acceptsAccessToken(accessToken)) return undefined;
    const grant = this.grants.get(this.accessTokens.get(accessToken)!.grantId);
    return grant ? grant.scope.split(/\s+/) : undefined;
  }

  /** Handles a request below /oauth; `form` is the parsed urlencoded body. */
  handle(
    method: string,
    path: string,
    query: URLSearchParams,
    form: URLSearchParams,
    authorization?: string,
  ): HandlerResult {
    try {
      if (path === '/auth' && method === 'GET') return this.authorize(query);
      if (path === '/auth' && method === 'POST') return this.decide(form);
      if (path === '/token' && method === 'POST') return this.token(form, authorization);
      if (path === '/revoke' && method === 'POST') return this.revoke(form);
      const known = ['/auth', '/token', '/revoke'].includes(path);
      return known
        ? { status: 405, body: { error: 'invalid_request', error_description: `${method} not allowed` } }
        : html(404, errorPage(`no OAuth endpoint ${path}`));
    } catch (error) {
      if (error instanceof OAuthProtocolError)
        return {
          status: error.status,
          body: { error: error.code, error_description: error.message },
          headers: { 'Cache-Control': 'no-store' },
        };
      throw error;
    }
  }

  /** Errors about the client or redirect URI are shown, never redirected (the URI is not trusted). */
  private authorize(query: URLSearchParams): HandlerResult {
    const clientId = query.get('client_id') ?? '';
    const client = this.clients.get(clientId);
    if (!client) return html(400, errorPage(`unknown client_id "${clientId}"`));
    const redirectUri = query.get('redirect_uri') ?? '';
    if (!redirectAllowed(client, redirectUri))
      return html(400, errorPage('redirect_uri is not registered for this client'));
    const state = query.get('state') ?? undefined;
    const fail = (code: string, description: string) =>
      redirect(withQuery(redirectUri, { error: code, error_description: description, state }));
    if (query.get('response_type') !== 'code')
      return fail('unsupported_response_type', 'only response_type=code is supported');
    const codeChallenge = query.get('code_challenge') ?? undefined;
    const challengeMethod = query.get('code_challenge_method');
    if (codeChallenge !== undefined && challengeMethod !== 'S256')
      return fail('invalid_request', 'code_challenge_method must be S256');
    if (codeChallenge !== undefined && !/^[A-Za-z0-9_-]{43}$/.test(codeChallenge))
      return fail('invalid_request', 'code_challenge must be a base64url SHA-256 digest');
    if (codeChallenge === undefined && client.clientSecret === undefined)
      return fail('invalid_request', 'public clients must use PKCE (code_challenge)');
    const scope = (query.get('scope') ?? 'all').trim() || 'all';
    const requestId = token(16);
    remember(this.pending, requestId, { clientId, redirectUri, scope, state, codeChallenge, createdAt: Date.now() });
    return html(200, consentPage({ requestId, clientId, scopes: scope.split(/\s+/), action: `${OAUTH_PREFIX}/auth` }));
  }

  private decide(form: URLSearchParams): HandlerResult {
    const requestId = form.get('request') ?? '';
    const pending = this.pending.get(requestId);
    this.pending.delete(requestId);
    if (!pending || Date.now() - pending.createdAt > PENDING_LIFETIME_MS)
      return html(400, errorPage('this sign-in request is unknown or expired; start again'));
    if (form.get('decision') !== 'allow')
      return redirect(
        withQuery(pending.redirectUri, {
          error: 'access_denied',
          error_description: 'the user denied access',
          state: pending.state,
        }),
      );
    const code = token();
    remember(this.codes, code, { ...pending, expiresAt: Date.now() + CODE_LIFETIME_MS, used: false });
    return redirect(withQuery(pending.redirectUri, { code, state: pending.state }));
  }

  private authenticateClient(form: URLSearchParams, authorization?: string): SandboxOAuthClient {
    let clientId = form.get('client_id') ?? '';
    let secret = form.get('client_secret') ?? undefined;
    const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
    if (basic) {
      const [id, pass] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
      clientId = decodeURIComponent(id ?? '');
      secret = decodeURIComponent(pass ?? '');
    }
    const client = this.clients.get(clientId);
    if (!client) throw new OAuthProtocolError(401, 'invalid_client', 'unknown client');
    if (client.clientSecret !== undefined && secret !== client.clientSecret)
      throw new OAuthProtocolError(401, 'invalid_client', 'client authentication failed');
    return client;
  }

  private token(form: URLSearchParams, authorization?: string): HandlerResult {
    const grantType = form.get('grant_type');
    if (grantType !== 'authorization_code' && grantType !== 'refresh_token')
      throw new OAuthProtocolError(
        400,
        'unsupported_grant_type',
        'grant_type must be authorization_code or refresh_token',
      );
    const client = this.authenticateClient(form, authorization);
    return grantType === 'authorization_code' ? this.exchangeCode(client, form) : this.refresh(client, form);
  }

  private exchangeCode(client: SandboxOAuthClient, form: URLSearchParams): HandlerResult {
    const code = this.codes.get(form.get('code') ?? '');
    if (!code || code.clientId !== client.clientId) throw new OAuthProtocolError(400, 'invalid_grant', 'unknown code');
    if (code.used) {
      // A code used twice was probably stolen: the tokens issued for it stop working (RFC 6749 §4.1.2).
      if (code.grantId) this.dropGrant(code.grantId);
      throw new OAuthProtocolError(400, 'invalid_grant', 'code already used');
    }
    if (Date.now() > code.expiresAt) throw new OAuthProtocolError(400, 'invalid_grant', 'code expired');
    if (form.get('redirect_uri') !== code.redirectUri)
      throw new OAuthProtocolError(400, 'invalid_grant', 'redirect_uri differs from the authorization request');
    if (code.codeChallenge !== undefined) {
      const verifier = form.get('code_verifier') ?? '';
      if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) || s256(verifier) !== code.codeChallenge)
        throw new OAuthProtocolError(400, 'invalid_grant', 'code_verifier does not match the code_challenge');
    }
    code.used = true;
    const grantId = token(12);
    code.grantId = grantId;
    this.issued.authorizationCode += 1;
    return this.issue(grantId, {
      clientId: client.clientId,
      scope: code.scope,
      refreshToken: '',
      refreshExpiresAt: 0,
      accessTokens: new Set(),
    });
  }

  private refresh(client: SandboxOAuthClient, form: URLSearchParams): HandlerResult {
    const grantId = this.refreshIndex.get(form.get('refresh_token') ?? '');
    const grant = grantId === undefined ? undefined : this.grants.get(grantId);
    if (!grantId || !grant || grant.clientId !== client.clientId)
      throw new OAuthProtocolError(400, 'invalid_grant', 'refresh token unknown, revoked or already used');
    if (Date.now() >= grant.refreshExpiresAt) {
      this.dropGrant(grantId);
      throw new OAuthProtocolError(400, 'invalid_grant', 'refresh token expired');
    }
    this.refreshIndex.delete(grant.refreshToken); // rotation: each refresh token works once
    this.issued.refreshToken += 1;
    return this.issue(grantId, grant);
  }

  private issue(grantId: string, grant: Grant): HandlerResult {
    const now = Date.now();
    for (const old of grant.accessTokens) {
      // Sets iterate in insertion order: the oldest tokens go first once there are too many.
      if (!this.acceptsAccessToken(old) || grant.accessTokens.size >= MAX_ACCESS_TOKENS_PER_GRANT) {
        grant.accessTokens.delete(old);
        this.accessTokens.delete(old);
      }
    }
    const accessToken = this.accessToken(grant, now);
    grant.refreshToken = token();
    grant.refreshExpiresAt = now + this.refreshLifetimeS * 1000;
    grant.accessTokens.add(accessToken);
    // Re-inserted, so the map's first entry is always the grant used least recently.
    this.grants.delete(grantId);
    this.grants.set(grantId, grant);
    if (this.grants.size > MAX_GRANTS) this.dropGrant(this.grants.keys().next().value as string);
    this.refreshIndex.set(grant.refreshToken, grantId);
    this.accessTokens.set(accessToken, { grantId, expiresAt: now + this.accessLifetimeS * 1000 });
    return {
      status: 200,
      headers: { 'Cache-Control': 'no-store' },
      body: {
        access_token: accessToken,
        expires_in: this.accessLifetimeS,
        refresh_expires_in: this.refreshLifetimeS,
        refresh_token: grant.refreshToken,
        token_type: 'Bearer',
        'not-before-policy': 0,
        session_state: grantId,
        scope: grant.scope,
      },
    };
  }

  /** JWT-shaped like sipgate's (the SDK checks the shape); the signature is random, the sandbox looks tokens up. */
  private accessToken(grant: Grant, now: number): string {
    const part = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url');
    const payload = {
      sub: 'w0',
      azp: grant.clientId,
      scope: grant.scope,
      iat: Math.floor(now / 1000),
      exp: Math.floor(now / 1000) + this.accessLifetimeS,
      jti: token(9),
    };
    return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(payload)}.${token(24)}`;
  }

  private revoke(form: URLSearchParams): HandlerResult {
    const value = form.get('token') ?? '';
    if (value === '') throw new OAuthProtocolError(400, 'invalid_request', 'token is required');
    const grantId = this.refreshIndex.get(value);
    if (grantId) this.dropGrant(grantId);
    else this.accessTokens.delete(value);
    // RFC 7009 §2.2: unknown tokens are answered 200 as well.
    return { status: 200 };
  }

  private dropGrant(grantId: string): void {
    const grant = this.grants.get(grantId);
    if (!grant) return;
    for (const accessToken of grant.accessTokens) this.accessTokens.delete(accessToken);
    this.refreshIndex.delete(grant.refreshToken);
    this.grants.delete(grantId);
  }
}
