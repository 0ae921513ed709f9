import { createHash } from 'crypto';
import { expect } from 'chai';
import nock from 'nock';
import { ValidationError } from '../../../lib/core/errors';
import { createOAuthClient, OAuthError } from '../../../lib/oauth';
import { nodeHttpFetch } from '../../support/node-http-fetch';

const LOGIN = 'https://login.sipgate.com';
const OIDC = '/auth/realms/sipgate-apps/protocol/openid-connect';
const REDIRECT = 'https://app.example.test/callback';

function oauthClient(extra: Record<string, unknown> = {}) {
  return createOAuthClient({
    clientId: 'my-app',
    redirectUri: REDIRECT,
    fetch: nodeHttpFetch,
    now: () => 1_000_000,
    ...extra,
  });
}

describe('oauth: sign-in with authorization code and PKCE', () => {
  afterEach(() => nock.cleanAll());

  it('builds the authorization URL at sipgate with client, redirect, scopes, state and an S256 challenge', async () => {
    const pending = await oauthClient().startSignIn({ scopes: ['history:read', 'sessions:sms:write'] });
    const url = new URL(pending.url);
    expect(`${url.origin}${url.pathname}`).to.equal(`${LOGIN}${OIDC}/auth`);
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      response_type: 'code',
      client_id: 'my-app',
      redirect_uri: REDIRECT,
      scope: 'history:read sessions:sms:write',
      state: pending.state,
      code_challenge: createHash('sha256').update(pending.codeVerifier).digest('base64url'),
      code_challenge_method: 'S256',
    });
    expect(pending.codeVerifier).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(pending.state).to.match(/^[A-Za-z0-9_-]{22}$/);
  });

  it('makes a new state and verifier for every sign-in', async () => {
    const client = oauthClient();
    const [a, b] = await Promise.all([client.startSignIn(), client.startSignIn()]);
    expect(a.state).to.not.equal(b.state);
    expect(a.codeVerifier).to.not.equal(b.codeVerifier);
  });

  it('takes every endpoint from authServerUrl (the sandbox) or from single overrides', () => {
    const client = createOAuthClient({ clientId: 'x', authServerUrl: 'http://127.0.0.1:4000/oauth/' });
    expect(client.endpoints).to.deep.equal({
      authorization: 'http://127.0.0.1:4000/oauth/auth',
      token: 'http://127.0.0.1:4000/oauth/token',
      revocation: 'http://127.0.0.1:4000/oauth/revoke',
    });
    const legacy = createOAuthClient({
      clientId: 'x',
      realm: 'third-party',
      tokenEndpoint: 'https://t.example.test/token',
    });
    expect(legacy.endpoints.authorization).to.equal(`${LOGIN}/auth/realms/third-party/protocol/openid-connect/auth`);
    expect(legacy.endpoints.token).to.equal('https://t.example.test/token');
  });

  it('rejects bad options and bad scopes with a ValidationError naming the field', async () => {
    expect(() => createOAuthClient({ clientId: '' }))
      .to.throw(ValidationError)
      .with.property('field', 'clientId');
    expect(() => createOAuthClient({ clientId: 'x', authServerUrl: 'ftp://x' }))
      .to.throw(ValidationError)
      .with.property('field', 'authServerUrl');
    expect(() => createOAuthClient({ clientId: 'x', realm: '../evil' }))
      .to.throw(ValidationError)
      .with.property('field', 'realm');
    for (const scopes of [[], ['two words'], [''], 'all']) {
      const error = await oauthClient()
        .startSignIn({ scopes: scopes as string[] })
        .catch((e: unknown) => e);
      expect(error).to.be.instanceOf(ValidationError).with.property('field', 'scopes');
    }
    const noRedirect = await createOAuthClient({ clientId: 'x' })
      .startSignIn()
      .catch((e: unknown) => e);
    expect(noRedirect).to.be.instanceOf(ValidationError).with.property('field', 'redirectUri');
  });

  it('exchanges the code with verifier and redirect URI and returns the token set', async () => {
    let form: URLSearchParams | undefined;
    nock(LOGIN)
      .post(`${OIDC}/token`, (body) => {
        form = new URLSearchParams(body as Record<string, string>);
        return true;
      })
      .reply(200, {
        access_token: 'a.b.c',
        refresh_token: 'r1',
        expires_in: 300,
        refresh_expires_in: 2592000,
        token_type: 'bearer',
        id_token: 'i.d.t',
      });
    const client = oauthClient();
    const pending = await client.startSignIn();
    const tokens = await client.completeSignIn(`${REDIRECT}?state=${pending.state}&code=the-code`, pending);
    expect(tokens).to.deep.equal({
      accessToken: 'a.b.c',
      refreshToken: 'r1',
      expiresAt: 1_000_000 + 300_000,
      refreshExpiresAt: 1_000_000 + 2_592_000_000,
      issuedAt: 1_000_000,
      scope: undefined,
      idToken: 'i.d.t',
      tokenType: 'bearer',
    });
    expect(Object.fromEntries(form!)).to.deep.equal({
      grant_type: 'authorization_code',
      code: 'the-code',
      redirect_uri: REDIRECT,
      code_verifier: pending.codeVerifier,
      client_id: 'my-app',
    });
  });

  it('refuses a callback whose state differs, before any request', async () => {
    const client = oauthClient();
    const pending = await client.startSignIn();
    const error = await client.completeSignIn(`${REDIRECT}?state=forged&code=x`, pending).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(OAuthError).with.property('code', 'state_mismatch');
    expect(nock.pendingMocks()).to.deep.equal([]);
  });

  it('turns an error callback (the user denied) into an OAuthError with the OAuth code', async () => {
    const client = oauthClient();
    const pending = await client.startSignIn();
    const error = await client
      .completeSignIn(new URL(`${REDIRECT}?state=${pending.state}&error=access_denied&error_description=nope`), pending)
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(OAuthError).with.property('code', 'access_denied');
    expect((error as Error).message).to.contain('nope');
  });

  it('reports a refused code as OAuthError with status and never puts the form into the error', async () => {
    nock(LOGIN).post(`${OIDC}/token`).reply(400, { error: 'invalid_grant', error_description: 'Code not valid' });
    const error = (await oauthClient()
      .exchangeCode('secret-code', 'v'.repeat(43))
      .catch((e: unknown) => e)) as OAuthError;
    expect(error).to.be.instanceOf(OAuthError);
    expect(error).to.include({ code: 'invalid_grant', status: 400, name: 'OAuthError' });
    expect(JSON.stringify(error) + error.message).to.not.contain('secret-code');
  });

  it('sends the client secret of a confidential client and revokes tokens (RFC 7009)', async () => {
    let revokeForm: Record<string, string> = {};
    nock(LOGIN)
      .post(`${OIDC}/revoke`, (body: Record<string, string>) => {
        revokeForm = body;
        return true;
      })
      .reply(200);
    await oauthClient({ clientSecret: 's3cret' }).revoke('refresh-1');
    expect(revokeForm).to.deep.equal({
      token: 'refresh-1',
      token_type_hint: 'refresh_token',
      client_id: 'my-app',
      client_secret: 's3cret',
    });
  });
});
