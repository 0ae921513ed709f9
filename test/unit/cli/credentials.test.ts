/** Where the CLI finds credentials: profile location, token URL checks, and the profile file's permission warning. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { CliContext } from '../../../lib/cli/context';
import { profileLocation, resolveCredentials } from '../../../lib/cli/credentials';
import { CliCredentialsError, exitCodeFor } from '../../../lib/cli/errors';
import { runInProcess } from '../../support/cli-run';
import { TEST_CREDENTIALS } from '../../support/module-test-kit';

describe('CLI credentials', () => {
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sipgateio-cli-credentials-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const writeProfiles = (name: string, profiles: object, mode = 0o600) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(profiles));
    fs.chmodSync(file, mode);
    return file;
  };
  const thrown = (run: () => unknown): Error => {
    try {
      run();
    } catch (error) {
      return error as Error;
    }
    throw new Error('expected an error');
  };

  it('profileLocation: --profile, else SIPGATE_PROFILE, else "default", in the profile file', () => {
    const env = { SIPGATE_PROFILE_FILE: '/x/profiles.json' };
    expect(profileLocation(env)).to.deep.equal({ file: '/x/profiles.json', name: 'default' });
    expect(profileLocation({ ...env, SIPGATE_PROFILE: 'work' })).to.deep.equal({
      file: '/x/profiles.json',
      name: 'work',
    });
    expect(profileLocation({ ...env, SIPGATE_PROFILE: 'work' }, 'home').name).to.equal('home');
  });

  it('refuses a token URL that is not http(s), naming the variable or the profile field (exit 3)', () => {
    const fromEnv = thrown(() =>
      resolveCredentials({
        SIPGATE_OAUTH_REFRESH_TOKEN: 'r',
        SIPGATE_OAUTH_CLIENT_ID: 'c',
        SIPGATE_OAUTH_TOKEN_URL: 'ftp://x/token',
      }),
    );
    expect(fromEnv).to.be.instanceOf(CliCredentialsError);
    expect(fromEnv.message).to.equal('SIPGATE_OAUTH_TOKEN_URL must use http or https, got "ftp:"');
    expect(exitCodeFor(fromEnv)).to.equal(3);

    const file = writeProfiles('bad-url.json', {
      default: { oauth: { clientId: 'c', refreshToken: 'r', tokenUrl: 'no url' } },
    });
    const fromProfile = thrown(() => resolveCredentials({ SIPGATE_PROFILE_FILE: file }));
    expect(fromProfile).to.be.instanceOf(CliCredentialsError);
    expect(fromProfile.message).to.equal(`profile "default" in ${file}: oauth.tokenUrl is not a valid URL: "no url"`);
  });

  it('warns about a profile file others can read, whatever the profile is called', () => {
    const name = 'team "a" in b';
    const file = writeProfiles('shared.json', { [name]: TEST_CREDENTIALS }, 0o644);
    const stderr = new PassThrough();
    let warnings = '';
    stderr.on('data', (chunk: Buffer) => (warnings += chunk.toString()));
    const io = { stdout: new PassThrough(), stderr, stdin: Readable.from(['']), env: { SIPGATE_PROFILE_FILE: file } };
    new CliContext({ profile: name }, io).api();
    expect(warnings).to.equal(`warning: ${file} is readable by other users; run: chmod 600 ${file}\n`);
  });

  it("an unknown option of a subcommand gives exit 2 and the message on the command line's own stderr", async () => {
    for (const args of [
      ['call', 'start', '--from', 'e0', '--to', '+4921165432', '--bogus'],
      ['contacts', 'export', '--nope'],
      ['history', 'export', '--format', 'csv', '--nope'],
    ]) {
      const result = await runInProcess(args, {});
      expect(result.code, args.join(' ')).to.equal(2);
      expect(result.stderr)
        .to.contain(`unknown option '${args.at(-1)}'`)
        .and.contain('(add --help for usage)');
    }
  });
});
