import { expect } from 'chai';
import nock from 'nock';
import { AuthenticationError, ServerError, SipgateIOError } from '../../../lib/core/errors';
import { sipgateIO } from '../../../lib';
import { createOAuthSession, OAuthSessionExpiredError, type TokenSet } from '../../../lib/oauth';
import { mockApi, recordedRequests } from '../../support/api-mock';
import { nodeHttpFetch } from '../../support/node-http-fetch';

const LOGIN = 'https://login.sipgate.com';
const TOKEN_PATH = '/auth/realms/sipgate-apps/protocol/openid-connect/token';
const NOW = 1_700_000_000_000;
const BALANCE = { amount: 100, currency: 'EUR' };

function tokens(overrides: Partial<TokenSet> = {}): TokenSet {
  return {
    accessToken: 'old-access',
    refreshToken: 'refresh-1',
    expiresAt: NOW + 300_000,
    issuedAt: NOW,
    tokenType: 'bearer',
    ...overrides,
  };
}

interface Setup {
  initial?: TokenSet;
  clock?: { now: number };
}

function signedIn({ initial = tokens(), clock = { now: NOW } }: Setup = {}) {
  const saved: TokenSet[] = [];
  const session = createOAuthSession({
    client: { clientId: 'my-app', fetch: nodeHttpFetch, now: () => clock.now },
    tokens: initial,
    onTokens: (next) => {
      saved.push(next);
    },
    now: () => clock.now,
  });
  const client = sipgateIO(session, { retryBaseDelayMs: 1 });
  return { session, client, saved, clock };
}

/** The token endpoint answering refreshes with new-access-N / refresh-(N+1); counts what it was asked. */
function tokenEndpoint(options: { delayMs?: number; times?: number } = {}) {
  const forms: Record<string, string>[] = [];
  nock(LOGIN)
    .post(TOKEN_PATH, (body: Record<string, string>) => {
      forms.push(body);
      return true;
    })
    .times(options.times ?? 1)
    .delay(options.delayMs ?? 0)
    .reply(() => [
      200,
      {
        access_token: `new-access-${forms.length}`,
        refresh_token: `refresh-${forms.length + 1}`,
        expires_in: 300,
        token_type: 'bearer',
      },
    ]);
  return forms;
}

const authorizations = () => recordedRequests().map((request) => request.headers.authorization);

describe('oauth: a client created from a token set', () => {
  afterEach(() => nock.cleanAll());

  it('sends the access token as Bearer and does not refresh while it is fresh', async () => {
    const { client } = signedIn();
    mockApi().get('/balance').reply(200, BALANCE);
    expect(await client.get('/balance')).to.deep.equal(BALANCE);
    expect(authorizations()).to.deep.equal(['Bearer old-access']);
  });

  it('refreshes before the access token expires and hands the new tokens to onTokens', async () => {
    const { client, saved, clock } = signedIn();
    clock.now = NOW + 290_000; // 10 s left, inside the 30 s margin
    const forms = tokenEndpoint();
    mockApi().get('/balance').reply(200, BALANCE);
    await client.get('/balance');
    expect(forms).to.deep.equal([{ grant_type: 'refresh_token', refresh_token: 'refresh-1', client_id: 'my-app' }]);
    expect(authorizations()).to.deep.equal(['Bearer new-access-1']);
    expect(saved).to.have.length(1);
    expect(saved[0]).to.include({
      accessToken: 'new-access-1',
      refreshToken: 'refresh-2',
      expiresAt: clock.now + 300_000,
    });
  });

  it('refreshes once for many concurrent requests (no refresh storm)', async () => {
    const { client, saved, clock } = signedIn();
    clock.now = NOW + 299_000;
    const forms = tokenEndpoint({ delayMs: 50, times: 5 });
    mockApi().get('/balance').times(10).reply(200, BALANCE);
    await Promise.all(Array.from({ length: 10 }, () => client.get('/balance')));
    expect(forms).to.have.length(1);
    expect(saved).to.have.length(1);
    expect(new Set(authorizations())).to.deep.equal(new Set(['Bearer new-access-1']));
  });

  it('scales the margin down for short-lived tokens (a 10 s token is not refreshed at once)', async () => {
    const { client } = signedIn({ initial: tokens({ expiresAt: NOW + 10_000 }) });
    mockApi().get('/balance').reply(200, BALANCE);
    await client.get('/balance');
    expect(authorizations()).to.deep.equal(['Bearer old-access']);
  });

  it('retries a request answered 401 exactly once, with a refreshed token', async () => {
    const { client, saved } = signedIn();
    const forms = tokenEndpoint();
    mockApi().post('/sessions/sms').reply(401).post('/sessions/sms').reply(204);
    await client.post('/sessions/sms', { smsId: 's0', recipient: '+4915799912345', message: 'hi' });
    expect(forms).to.have.length(1);
    expect(authorizations()).to.deep.equal(['Bearer old-access', 'Bearer new-access-1']);
    expect(saved.map((t) => t.accessToken)).to.deep.equal(['new-access-1']);
  });

  it('gives up with AuthenticationError when the refreshed token is refused too (no loop)', async () => {
    const { client } = signedIn();
    const forms = tokenEndpoint({ times: 3 });
    mockApi().get('/balance').times(5).reply(401);
    const error = await client.get('/balance').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(AuthenticationError);
    expect(forms).to.have.length(1);
    expect(authorizations()).to.have.length(2);
  });

  it('refreshes once when concurrent requests are all answered 401', async () => {
    const { client } = signedIn();
    const forms = tokenEndpoint({ delayMs: 30, times: 5 });
    mockApi().get('/balance').times(5).reply(401).get('/balance').times(5).reply(200, BALANCE);
    await Promise.all(Array.from({ length: 5 }, () => client.get('/balance')));
    expect(forms).to.have.length(1);
    expect(authorizations().filter((a) => a === 'Bearer new-access-1')).to.have.length(5);
  });

  it('ends the session with OAuthSessionExpiredError when the refresh token is refused, and asks no more', async () => {
    const { client, session, clock } = signedIn();
    clock.now = NOW + 301_000;
    nock(LOGIN).post(TOKEN_PATH).reply(400, { error: 'invalid_grant', error_description: 'Token is not active' });
    const error = (await client.get('/balance').catch((e: unknown) => e)) as OAuthSessionExpiredError;
    expect(error).to.be.instanceOf(OAuthSessionExpiredError).and.instanceOf(SipgateIOError);
    expect(error).to.include({ name: 'OAuthSessionExpiredError', code: 'invalid_grant', status: 400 });
    expect(JSON.stringify(error) + error.message).to.not.contain('refresh-1');
    // No interceptor is left: any further token or API request would fail differently.
    const again = await client.get('/balance').catch((e: unknown) => e);
    expect(again).to.equal(error);
    expect(await session.refresh().catch((e: unknown) => e)).to.equal(error);
    expect(recordedRequests()).to.deep.equal([]);
  });

  it('ends the session at once when the refresh token is known to have expired', async () => {
    const { client, clock } = signedIn({ initial: tokens({ refreshExpiresAt: NOW + 1000 }) });
    clock.now = NOW + 400_000;
    const error = await client.get('/balance').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(OAuthSessionExpiredError).with.property('code', 'refresh_token_expired');
  });

  it('keeps the session after a passing refresh failure: a valid token is still used, an expired one fails retryably', async () => {
    const { client, clock } = signedIn();
    clock.now = NOW + 290_000;
    nock(LOGIN).post(TOKEN_PATH).reply(503);
    mockApi().get('/balance').reply(200, BALANCE);
    await client.get('/balance');
    expect(authorizations()).to.deep.equal(['Bearer old-access']);

    clock.now = NOW + 301_000;
    nock(LOGIN).post(TOKEN_PATH).reply(503);
    const error = await client.get('/balance').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ServerError).with.property('retryable', true);

    const forms = tokenEndpoint();
    mockApi().get('/balance').reply(200, BALANCE);
    await client.get('/balance');
    expect(forms).to.have.length(1);
    expect(authorizations().at(-1)).to.equal('Bearer new-access-1');
  });

  it('without a refresh token, sends the token it has and reports a 401 as AuthenticationError', async () => {
    const { client, clock } = signedIn({ initial: tokens({ refreshToken: undefined }) });
    clock.now = NOW + 400_000;
    mockApi().get('/balance').reply(401);
    const error = await client.get('/balance').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(AuthenticationError);
    expect(authorizations()).to.deep.equal(['Bearer old-access']);
  });

  it('signs out: revokes the refresh token and refuses further requests', async () => {
    const { client, session } = signedIn();
    let revoked: Record<string, string> = {};
    nock(LOGIN)
      .post('/auth/realms/sipgate-apps/protocol/openid-connect/revoke', (body: Record<string, string>) => {
        revoked = body;
        return true;
      })
      .reply(200);
    await session.signOut();
    expect(revoked).to.include({ token: 'refresh-1', token_type_hint: 'refresh_token' });
    const error = await client.get('/balance').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(OAuthSessionExpiredError).with.property('code', 'signed_out');
  });

  it('rejects a malformed token set with a ValidationError naming the field', () => {
    expect(() =>
      createOAuthSession({
        client: { clientId: 'x' },
        tokens: { ...tokens(), expiresAt: 'soon' as unknown as number },
      }),
    )
      .to.throw(SipgateIOError)
      .with.property('field', 'tokens.expiresAt');
    expect(() => createOAuthSession({ client: { clientId: 'x' }, tokens: { ...tokens(), accessToken: '' } }))
      .to.throw(SipgateIOError)
      .with.property('field', 'tokens.accessToken');
  });
});
