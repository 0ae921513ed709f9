/**
 * `sipgateio login` against the sandbox: it prints the sign-in address, the test plays the browser (consent page,
 * Allow, back to the loopback redirect URI), and the saved profile then runs other commands.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../../lib/cli/main';
import { createSandbox, SANDBOX_OAUTH_CLIENT, type Sandbox } from '../../../lib/sandbox';
import { runInProcess } from '../../support/cli-run';
import { answerConsent } from '../../support/oauth-consent';

describe('sipgateio login: OAuth sign-in on a loopback redirect', () => {
  let sandbox: Sandbox;
  let dir: string;
  before(async () => {
    sandbox = await createSandbox();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sipgateio-cli-login-'));
  });
  after(async () => {
    await sandbox.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => sandbox.reset());

  /** Runs login in-process; `browser` gets the printed address and plays the user. */
  async function login(
    args: string[],
    env: Record<string, string | undefined>,
    browser: (url: string) => Promise<void>,
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    let browsed: Promise<void> | undefined;
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const url = /^(http\S+\/oauth\/auth\?\S+)$/m.exec(err)?.[1];
      if (url && !browsed) browsed = browser(url);
    });
    const code = await runCli(['login', ...args], { stdout, stderr, stdin: Readable.from(['']), env });
    await browsed;
    return { code, stdout: out, stderr: err };
  }

  it('prints the address, waits for the redirect, saves the refresh token (0600) and other commands use it', async () => {
    const file = path.join(dir, 'config', 'sipgateio', 'profiles.json'); // the directory does not exist yet
    const env = { SIPGATE_OAUTH_URL: sandbox.oauthUrl, SIPGATE_PROFILE_FILE: file };
    let callbackPage = '';
    const result = await login(
      ['--client-id', SANDBOX_OAUTH_CLIENT.clientId, '--scopes', 'history:read,balance:read'],
      env,
      async (url) => {
        expect(new URL(url).searchParams.get('code_challenge_method')).to.equal('S256');
        expect(new URL(url).searchParams.get('redirect_uri')).to.match(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
        const back = await fetch(await answerConsent(url));
        expect(back.status).to.equal(200);
        callbackPage = await back.text();
      },
    );
    expect(result.code, result.stderr).to.equal(0);
    expect(callbackPage).to.contain('Signed in');
    expect(result.stdout).to.equal(`signed in; profile "default" saved in ${file}\n`);
    expect(fs.statSync(file).mode & 0o777).to.equal(0o600);
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { default: { oauth: Record<string, unknown> } };
    expect(saved.default.oauth).to.include({
      clientId: SANDBOX_OAUTH_CLIENT.clientId,
      tokenUrl: `${sandbox.oauthUrl}/token`,
    });
    const refreshToken = saved.default.oauth.refreshToken as string;
    expect(refreshToken).to.be.a('string');
    expect(result.stderr + result.stdout).to.not.contain(refreshToken);

    const history = await runInProcess(
      ['--json', 'history', 'export', '--format', 'json', '-o', path.join(dir, 'h.json')],
      {
        SIPGATE_PROFILE_FILE: file,
        SIPGATE_BASE_URL: sandbox.url,
      },
    );
    expect(history.code, history.stderr).to.equal(0);
  });

  it('exits 3 when the user denies access, and saves nothing', async () => {
    const file = path.join(dir, 'denied.json');
    const result = await login(
      ['--client-id', SANDBOX_OAUTH_CLIENT.clientId],
      { SIPGATE_OAUTH_URL: sandbox.oauthUrl, SIPGATE_PROFILE_FILE: file },
      async (url) => {
        await fetch(await answerConsent(url, 'deny'));
      },
    );
    expect(result.code).to.equal(3);
    expect(result.stderr).to.contain('access_denied');
    expect(fs.existsSync(file)).to.equal(false);
  });

  it('gives up after --timeout with exit 1', async () => {
    const result = await login(
      ['--client-id', SANDBOX_OAUTH_CLIENT.clientId, '--timeout', '1'],
      { SIPGATE_OAUTH_URL: sandbox.oauthUrl, SIPGATE_PROFILE_FILE: path.join(dir, 'late.json') },
      async () => undefined,
    );
    expect(result.code).to.equal(1);
    expect(result.stderr).to.contain('no sign-in within 1 s');
  });
});
