/**
 * The command line signed in with an OAuth refresh token (profile file or environment) against the sandbox,
 * whose access tokens live one second: long commands keep working across expiry, rotated tokens are saved back
 * to the profile (atomically, 0600), no token is ever printed, and a refused refresh token exits 5.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import path from 'node:path';
import { samplePdf } from '../../../examples/lib/sample-pdf';
import { createOAuthClient, type TokenSet } from '../../../lib/oauth';
import { createSandbox, SANDBOX_CREDENTIALS, SANDBOX_OAUTH_CLIENT, type Sandbox } from '../../../lib/sandbox';
import { runInProcess, type CliRun } from '../../support/cli-run';
import { answerConsent } from '../../support/oauth-consent';

const NO_STATIC_CREDENTIALS = { SIPGATE_TOKEN_ID: undefined, SIPGATE_TOKEN: undefined, SIPGATE_BASE_URL: undefined };

describe('sipgateio command line: OAuth refresh token', () => {
  let sandbox: Sandbox;
  let dir: string;
  /** Every token the sandbox handed out in a test, to prove none of them reaches the output. */
  let issuedTokens: string[];

  before(async () => {
    sandbox = await createSandbox({ oauth: { accessTokenLifetimeSeconds: 1 }, faxStepMs: 700 });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sipgateio-cli-oauth-'));
  });
  after(async () => {
    await sandbox.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    sandbox.reset();
    sandbox.clearFaults();
    issuedTokens = [];
  });

  async function signIn(): Promise<TokenSet> {
    const client = createOAuthClient({
      clientId: SANDBOX_OAUTH_CLIENT.clientId,
      redirectUri: 'http://127.0.0.1:9/callback',
      authServerUrl: sandbox.oauthUrl,
    });
    const pending = await client.startSignIn({ scopes: ['all'] });
    const tokens = await client.completeSignIn(await answerConsent(pending.url), pending);
    issuedTokens.push(tokens.accessToken, tokens.refreshToken!);
    return tokens;
  }

  function writeProfiles(tokens: TokenSet, mode = 0o600): string {
    const file = path.join(dir, `profiles-${Math.random().toString(36).slice(2)}.json`);
    const profiles = {
      work: {
        baseUrl: sandbox.url,
        oauth: {
          clientId: SANDBOX_OAUTH_CLIENT.clientId,
          tokenUrl: `${sandbox.oauthUrl}/token`,
          refreshToken: tokens.refreshToken,
        },
      },
      other: { ...SANDBOX_CREDENTIALS },
    };
    fs.writeFileSync(file, JSON.stringify(profiles), { mode });
    fs.chmodSync(file, mode);
    return file;
  }

  function savedOAuth(file: string): Record<string, string | number> {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { work: { oauth: Record<string, string | number> } };
    issuedTokens.push(String(saved.work.oauth.refreshToken), String(saved.work.oauth.accessToken));
    return saved.work.oauth;
  }

  function expectNoTokenIn(result: CliRun): void {
    for (const token of issuedTokens) {
      expect(result.stdout).to.not.contain(token);
      expect(result.stderr).to.not.contain(token);
    }
  }

  it('keeps a history export of many slow pages working across access-token expiry and saves rotated tokens (0600)', async () => {
    const tokens = await signIn();
    const file = writeProfiles(tokens, 0o644);
    sandbox.injectFault({ path: /^\/history/, latencyMs: 300, times: Infinity });
    const output = path.join(dir, 'history.json');
    const started = Date.now();
    const result = await runInProcess(
      ['--profile', 'work', '--json', 'history', 'export', '--format', 'json', '--page-size', '1', '--output', output],
      { ...NO_STATIC_CREDENTIALS, SIPGATE_PROFILE_FILE: file },
    );
    expect(result.code, result.stderr).to.equal(0);
    expect(Date.now() - started).to.be.greaterThan(2000); // outlived at least two access tokens
    const exported = (JSON.parse(result.stdout) as { exported: number }).exported;
    expect(JSON.parse(fs.readFileSync(output, 'utf8'))).to.have.length(exported);
    const pages = sandbox.requests.filter((request) => request.path.startsWith('/v2/history'));
    expect(pages.length).to.be.greaterThan(4);
    expect(pages.every((request) => request.status === 200)).to.equal(true);
    expect(sandbox.oauth.issued.refreshToken).to.be.at.least(3); // the first token, then renewals during the run

    const saved = savedOAuth(file);
    expect(saved.refreshToken).to.be.a('string').and.not.equal(tokens.refreshToken);
    expect(saved.expiresAt).to.be.a('number');
    expect(fs.statSync(file).mode & 0o777).to.equal(0o600);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).other).to.deep.equal({ ...SANDBOX_CREDENTIALS });
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).to.deep.equal([]);
    expectNoTokenIn(result);

    // The sandbox's refresh tokens work once: only the saved, rotated one lets the next command in.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await runInProcess(['--profile', 'work', 'call', 'start', '--from', 'e0', '--to', '+4921165432'], {
      ...NO_STATIC_CREDENTIALS,
      SIPGATE_PROFILE_FILE: file,
    });
    expect(again.code, again.stderr).to.equal(0);
    expect(savedOAuth(file).refreshToken).to.not.equal(saved.refreshToken);
    expectNoTokenIn(again);
  });

  it('waits for a fax across expiry with the refresh token from the environment, saying the new one is not saved', async () => {
    const tokens = await signIn();
    const pdf = path.join(dir, 'letter.pdf');
    fs.writeFileSync(pdf, samplePdf('OAuth fax'));
    const result = await runInProcess(['fax', 'send', '--to', '+4921165432', '--file', pdf, '--interval', '200'], {
      ...NO_STATIC_CREDENTIALS,
      SIPGATE_BASE_URL: sandbox.url,
      SIPGATE_OAUTH_URL: sandbox.oauthUrl,
      SIPGATE_OAUTH_REFRESH_TOKEN: tokens.refreshToken,
      SIPGATE_OAUTH_CLIENT_ID: SANDBOX_OAUTH_CLIENT.clientId,
      SIPGATE_PROFILE_FILE: path.join(dir, 'none.json'),
    });
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stdout).to.match(/: SENT\n$/);
    expect(sandbox.oauth.issued.refreshToken).to.be.at.least(2);
    expect(sandbox.requests.filter((request) => request.status === 401)).to.deep.equal([]);
    expect(result.stderr.match(/SIPGATE_OAUTH_REFRESH_TOKEN may stop working/g)).to.have.length(1);
    expectNoTokenIn(result);
  });

  it('exits 5 with a clear message when the refresh token was revoked, and prints no token', async () => {
    const tokens = await signIn();
    const file = writeProfiles(tokens);
    sandbox.oauth.revokeAll();
    const result = await runInProcess(['--profile', 'work', 'call', 'start', '--from', 'e0', '--to', '+4921165432'], {
      ...NO_STATIC_CREDENTIALS,
      SIPGATE_PROFILE_FILE: file,
    });
    expect(result.code).to.equal(5);
    expect(result.stderr).to.match(/OAuth sign-in can no longer be renewed \(invalid_grant\).*Sign in again/);
    expect(sandbox.requests.filter((request) => request.path.startsWith('/v2'))).to.deep.equal([]);
    expect(savedOAuth(file).refreshToken).to.equal(tokens.refreshToken); // nothing to save
    expectNoTokenIn(result);
  });

  it('refuses an incomplete OAuth profile or environment with exit 3, before any request', async () => {
    const file = path.join(dir, 'incomplete.json');
    fs.writeFileSync(file, JSON.stringify({ work: { oauth: { refreshToken: 'r' } } }), { mode: 0o600 });
    const profile = await runInProcess(['--profile', 'work', 'call', 'start', '--from', 'e0', '--to', '+4921165432'], {
      ...NO_STATIC_CREDENTIALS,
      SIPGATE_PROFILE_FILE: file,
    });
    expect(profile.code).to.equal(3);
    expect(profile.stderr).to.contain('"oauth" needs clientId and refreshToken');
    const env = await runInProcess(['call', 'start', '--from', 'e0', '--to', '+4921165432'], {
      ...NO_STATIC_CREDENTIALS,
      SIPGATE_OAUTH_REFRESH_TOKEN: 'r',
    });
    expect(env.code).to.equal(3);
    expect(env.stderr).to.contain('SIPGATE_OAUTH_CLIENT_ID');
    expect(sandbox.requests).to.deep.equal([]);
  });
});
