/**
 * The sandbox's authorization server keeps a bounded number of grants (signed-in users) and of access tokens per
 * grant, however many sign-ins and refreshes arrive: the least recently active grant goes first.
 */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import {
  AuthorizationServer,
  MAX_ACCESS_TOKENS_PER_GRANT,
  MAX_GRANTS,
  SANDBOX_OAUTH_CLIENT,
} from '../../../lib/sandbox/oauth/authorization-server';

const REDIRECT = 'http://127.0.0.1:9/callback';
const form = (fields: Record<string, string>) => new URLSearchParams(fields);

interface Tokens {
  access_token: string;
  refresh_token: string;
}

/** One sign-in straight through handle(): consent page, Allow, code exchange with PKCE. */
function signIn(server: AuthorizationServer): Tokens {
  const verifier = 'v'.repeat(43);
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const page = server.handle(
    'GET',
    '/auth',
    form({
      client_id: SANDBOX_OAUTH_CLIENT.clientId,
      redirect_uri: REDIRECT,
      response_type: 'code',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }),
    form({}),
  );
  const request = /name="request" value="([^"]+)"/.exec(String(page.body))![1];
  const decided = server.handle('POST', '/auth', form({}), form({ request, decision: 'allow' }));
  const code = new URL(decided.headers!.Location).searchParams.get('code')!;
  const answer = server.handle(
    'POST',
    '/token',
    form({}),
    form({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
      client_id: SANDBOX_OAUTH_CLIENT.clientId,
    }),
  );
  expect(answer.status).to.equal(200);
  return answer.body as Tokens;
}

function refresh(server: AuthorizationServer, refreshToken: string): { status: number; tokens: Tokens } {
  const answer = server.handle(
    'POST',
    '/token',
    form({}),
    form({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: SANDBOX_OAUTH_CLIENT.clientId }),
  );
  return { status: answer.status, tokens: answer.body as Tokens };
}

describe('sandbox: OAuth grants are bounded', () => {
  it(`keeps at most ${MAX_GRANTS} grants, dropping the least recently active one`, () => {
    const server = new AuthorizationServer();
    const first = signIn(server);
    const second = signIn(server);
    for (let i = 2; i < MAX_GRANTS; i++) signIn(server);
    // The first user is active again: now the second one is the least recently active.
    const renewed = refresh(server, first.refresh_token);
    expect(renewed.status).to.equal(200);

    const newest = signIn(server); // one more than the bound
    expect(server.acceptsAccessToken(second.access_token)).to.equal(false);
    expect(refresh(server, second.refresh_token).status).to.equal(400);
    expect(server.acceptsAccessToken(renewed.tokens.access_token)).to.equal(true);
    expect(refresh(server, renewed.tokens.refresh_token).status).to.equal(200);
    expect(server.acceptsAccessToken(newest.access_token)).to.equal(true);
  });

  it(`keeps at most ${MAX_ACCESS_TOKENS_PER_GRANT} valid access tokens per grant, the newest`, () => {
    const server = new AuthorizationServer();
    let tokens = signIn(server);
    const accessTokens = [tokens.access_token];
    for (let i = 0; i < 3 * MAX_ACCESS_TOKENS_PER_GRANT; i++) {
      tokens = refresh(server, tokens.refresh_token).tokens;
      accessTokens.push(tokens.access_token);
    }
    const accepted = accessTokens.map((accessToken) => server.acceptsAccessToken(accessToken));
    expect(accepted.filter(Boolean)).to.have.length(MAX_ACCESS_TOKENS_PER_GRANT);
    expect(accepted.slice(-MAX_ACCESS_TOKENS_PER_GRANT).every(Boolean)).to.equal(true);
  });
});
