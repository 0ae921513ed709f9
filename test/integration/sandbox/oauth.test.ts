import { expect } from 'chai';
import { SandboxOptionError } from '../../../lib/sandbox/errors';
import { PermissionError, sipgateIO } from '../../../lib';
import {
  createOAuthClient,
  createOAuthSession,
  OAuthError,
  OAuthSessionExpiredError,
  type TokenSet,
} from '../../../lib/oauth';
import { createSandbox, SANDBOX_OAUTH_CLIENT, type Sandbox } from '../../../lib/sandbox';
import { answerConsent } from '../../support/oauth-consent';

const REDIRECT = 'http://127.0.0.1:9/callback';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sandbox: OAuth sign-in, refresh and revocation', () => {
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await createSandbox({
      oauth: {
        clients: [SANDBOX_OAUTH_CLIENT, { clientId: 'server-app', clientSecret: 's3cret', redirectUris: [REDIRECT] }],
      },
    });
  });
  after(() => sandbox.stop());
  afterEach(() => {
    sandbox.reset();
    sandbox.oauth.setLifetimes({ accessTokenLifetimeSeconds: 300 });
  });

  const oauthClient = (clientId = SANDBOX_OAUTH_CLIENT.clientId, clientSecret?: string) =>
    createOAuthClient({ clientId, clientSecret, redirectUri: REDIRECT, authServerUrl: sandbox.oauthUrl });

  async function signIn(client = oauthClient()): Promise<TokenSet> {
    const pending = await client.startSignIn({ scopes: ['history:read', 'balance:read'] });
    return client.completeSignIn(await answerConsent(pending.url), pending);
  }

  function signedInClient(tokens: TokenSet) {
    const saved: TokenSet[] = [];
    const session = createOAuthSession({ client: oauthClient(), tokens, onTokens: (next) => void saved.push(next) });
    return { session, saved, client: sipgateIO(session, { baseUrl: sandbox.url }) };
  }

  it('signs in with PKCE and uses the tokens against the API (5-minute access, 30-day refresh by default)', async () => {
    const before = Date.now();
    const tokens = await signIn();
    expect(tokens.expiresAt - before).to.be.within(299_000, 301_000);
    expect(tokens.refreshExpiresAt! - before).to.be.within(2_591_999_000, 2_592_001_000);
    expect(tokens.scope).to.equal('history:read balance:read');
    const { client } = signedInClient(tokens);
    const page = await client.history.fetchPage({}, { limit: 2 });
    expect(page.items).to.have.length(2);
    expect(sandbox.requests.at(-1)).to.include({ status: 200 });
  });

  it('renews a token that expires, before the request, and passes the rotated tokens to onTokens', async () => {
    sandbox.oauth.setLifetimes({ accessTokenLifetimeSeconds: 1 });
    const tokens = await signIn();
    const { client, saved } = signedInClient(tokens);
    await client.get('/balance');
    await sleep(1100);
    await client.get('/balance');
    expect(sandbox.oauth.issued.refreshToken).to.equal(1);
    expect(saved).to.have.length(1);
    expect(saved[0].refreshToken).to.not.equal(tokens.refreshToken);
    expect(sandbox.requests.filter((r) => r.path.startsWith('/v2')).map((r) => r.status)).to.deep.equal([200, 200]);
  });

  it('renews once for concurrent requests after the token expired at the server (one 401 retry each)', async () => {
    const { client } = signedInClient(await signIn());
    sandbox.oauth.expireAccessTokens();
    await Promise.all(Array.from({ length: 6 }, () => client.get('/balance')));
    expect(sandbox.oauth.issued.refreshToken).to.equal(1);
    const statuses = sandbox.requests.filter((r) => r.path === '/v2/balance').map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).to.have.length.within(1, 6);
    expect(statuses.filter((s) => s === 200)).to.have.length(6);
  });

  it('enforces scopes like sipgate: 403 without one of the operation\'s scopes, "all" allows everything', async () => {
    const tokens = await signIn(); // history:read balance:read
    const { client } = signedInClient(tokens);
    expect((await client.history.fetchPage({}, { limit: 1 })).items).to.have.length(1);
    const sms = { smsId: 's0', to: '+4915799912345', message: 'scoped' };
    const refused = await client.sms.send(sms).catch((e: unknown) => e);
    expect(refused).to.be.instanceOf(PermissionError).with.property('status', 403);
    expect(sandbox.requests.at(-1)).to.include({ method: 'POST', path: '/v2/sessions/sms', status: 403 });

    const write = await fetch(
      `${sandbox.url}/history/${(await client.history.fetchPage({}, { limit: 1 })).items[0].id}`,
      {
        method: 'PUT',
        headers: { Authorization: `Bearer ${tokens.accessToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ read: true }),
      },
    );
    expect(write.status).to.equal(403);
    expect(write.headers.get('www-authenticate')).to.equal(
      'Bearer error="insufficient_scope", scope="all history:write"',
    );

    const pending = await oauthClient().startSignIn({ scopes: ['all'] });
    const everything = signedInClient(await oauthClient().completeSignIn(await answerConsent(pending.url), pending));
    await everything.client.sms.send(sms);
    expect(sandbox.requests.at(-1)?.status).to.be.within(200, 299);
  });

  it('ends the session with OAuthSessionExpiredError when consent was withdrawn (no loop)', async () => {
    const { client } = signedInClient(await signIn());
    const tokenRequestsBefore = sandbox.requests.filter((r) => r.path.startsWith('/oauth/token')).length;
    sandbox.oauth.revokeAll();
    const error = await client.get('/balance').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(OAuthSessionExpiredError).with.property('code', 'invalid_grant');
    expect(await client.get('/balance').catch((e: unknown) => e)).to.equal(error);
    expect(sandbox.requests.filter((r) => r.path.startsWith('/oauth/token'))).to.have.length(tokenRequestsBefore + 1);
  });

  it('signs out by revoking the refresh token at the sandbox', async () => {
    const tokens = await signIn();
    const { session } = signedInClient(tokens);
    await session.signOut();
    const error = await oauthClient()
      .refresh(tokens.refreshToken!)
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(OAuthError).with.property('code', 'invalid_grant');
  });

  it('reports a denied consent as access_denied', async () => {
    const client = oauthClient();
    const pending = await client.startSignIn();
    const error = await client
      .completeSignIn(await answerConsent(pending.url, 'deny'), pending)
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(OAuthError).with.property('code', 'access_denied');
  });

  it('refuses a wrong PKCE verifier and a code used twice', async () => {
    const client = oauthClient();
    const pending = await client.startSignIn();
    const code = new URL(await answerConsent(pending.url)).searchParams.get('code')!;
    const wrong = await client.exchangeCode(code, 'x'.repeat(43)).catch((e: unknown) => e);
    expect(wrong).to.be.instanceOf(OAuthError).with.property('code', 'invalid_grant');
    await client.exchangeCode(code, pending.codeVerifier);
    const reused = await client.exchangeCode(code, pending.codeVerifier).catch((e: unknown) => e);
    expect(reused).to.be.instanceOf(OAuthError).with.property('code', 'invalid_grant');
  });

  it('authenticates a confidential client by its secret', async () => {
    expect((await signIn(oauthClient('server-app', 's3cret'))).accessToken).to.be.a('string');
    const error = await signIn(oauthClient('server-app', 'wrong')).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(OAuthError).and.include({ code: 'invalid_client', status: 401 });
  });

  it('never redirects to an unknown client or an unregistered redirect URI', async () => {
    const url = (params: Record<string, string>) => `${sandbox.oauthUrl}/auth?${new URLSearchParams(params)}`;
    const unknown = await fetch(url({ client_id: 'nobody', redirect_uri: REDIRECT, response_type: 'code' }), {
      redirect: 'manual',
    });
    expect(unknown.status).to.equal(400);
    const foreign = await fetch(
      url({ client_id: 'server-app', redirect_uri: 'https://evil.example/cb', response_type: 'code' }),
      {
        redirect: 'manual',
      },
    );
    expect(foreign.status).to.equal(400);
    expect(await foreign.text()).to.contain('redirect_uri is not registered');
  });

  it('checks its lifetimes (ValidationError) and rejects unsupported grants', async () => {
    const error = await createSandbox({ oauth: { accessTokenLifetimeSeconds: 0 } }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(SandboxOptionError).with.property('field', 'accessTokenLifetimeSeconds');
    const response = await fetch(`${sandbox.oauthUrl}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password&username=a&password=b',
    });
    expect(response.status).to.equal(400);
    expect(await response.json()).to.include({ error: 'unsupported_grant_type' });
  });
});
