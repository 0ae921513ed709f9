/**
 * The `sipgateio` bin as a child process: exit codes, progress as a bar on a pseudo terminal (util-linux
 * `script`) and as plain lines when piped, `webhooks serve` against the sandbox's calls, and `sipgateio sandbox`.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import path from 'node:path';
import { createSandbox, SANDBOX_CREDENTIALS, SANDBOX_NUMBERS, type Sandbox } from '../../../lib/sandbox';
import { CLI_COMMAND, runChild } from '../../support/cli-run';

const ESC = String.fromCharCode(27);
const shellQuote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

describe('sipgateio command line: the bin as a process', function () {
  this.timeout(400_000);
  let sandbox: Sandbox;
  let env: Record<string, string>;

  before(async () => {
    sandbox = await createSandbox();
    env = {
      SIPGATE_BASE_URL: sandbox.url,
      SIPGATE_TOKEN_ID: SANDBOX_CREDENTIALS.tokenId,
      SIPGATE_TOKEN: SANDBOX_CREDENTIALS.token,
    };
  });
  after(() => sandbox.stop());

  it('exits with the command exit code: 0 done, 2 bad input, 3 no credentials', async () => {
    const [ok, bad, noCredentials] = await Promise.all([
      runChild([...CLI_COMMAND, 'call', 'start', '--from', 'e0', '--to', '+4921165432'], env),
      runChild([...CLI_COMMAND, 'call', 'start', '--from', 'e0', '--to', 'nobody'], env),
      runChild([...CLI_COMMAND, 'call', 'start', '--from', 'e0', '--to', '+4921165432'], {
        SIPGATE_BASE_URL: sandbox.url,
        SIPGATE_PROFILE_FILE: '/nonexistent/profiles.json',
      }),
    ]);
    expect(ok.code, ok.stderr).to.equal(0);
    expect(ok.stdout).to.match(/^call started: e0 → \+4921165432, session \S+\n$/);
    expect(bad.code).to.equal(2);
    expect(noCredentials.code).to.equal(3);
  });

  it('draws a progress bar on a terminal and plain lines when piped', async () => {
    const args = ['history', 'export', '--page-size', '2', '--output', path.join(os.tmpdir(), `h-${process.pid}.csv`)];
    const onTerminal = await runChild(
      ['script', '-qec', [...CLI_COMMAND, ...args].map(shellQuote).join(' '), '/dev/null'],
      env,
    );
    const piped = await runChild([...CLI_COMMAND, ...args], env);
    const quiet = await runChild([...CLI_COMMAND, '--quiet', ...args], env);
    fs.rmSync(args[args.length - 1], { force: true });

    expect(onTerminal.code, onTerminal.stdout).to.equal(0);
    expect(onTerminal.stdout).to.match(new RegExp(`${ESC}\\[Khistory \\[#+-*\\] \\d+/\\d+`));
    expect(onTerminal.stdout).to.contain(`\r${ESC}[K`); // the bar is cleared at the end
    expect(piped.code).to.equal(0);
    expect(piped.stderr).to.not.contain(`${ESC}[`);
    expect(piped.stderr.split('\n').filter((line) => /^history: \d+\/\d+$/.test(line)).length).to.be.greaterThan(1);
    expect(quiet.stderr).to.equal('');
    expect(quiet.stdout).to.equal('');
  });

  it('webhooks serve prints each event and answers new calls with the chosen default', async () => {
    const keyFile = path.join(os.tmpdir(), `sandbox-key-${process.pid}.pem`);
    fs.writeFileSync(keyFile, sandbox.publicKeyPem);
    let call: Promise<unknown> | undefined;
    const result = await runChild(
      [...CLI_COMMAND, 'webhooks', 'serve', '--port', '0', '--public-key', keyFile, '--answer', 'busy'],
      env,
      (output, kill) => {
        const url = /listening on (http\S+)/.exec(output)?.[1];
        if (!url || call) return;
        sandbox.state.settings.incomingUrl = url;
        call = sandbox
          .simulateIncomingCall({ from: '+4915799912345', to: SANDBOX_NUMBERS.landline })
          .finally(() => kill('SIGINT'));
      },
    );
    fs.rmSync(keyFile, { force: true });
    const transcript = (await call) as {
      steps: Array<{ event: string; status?: number; parsed?: { actions: Array<{ type: string; reason?: string }> } }>;
    };
    expect(result.code, result.stderr).to.equal(0);
    expect(transcript.steps[0]).to.include({ event: 'newCall', status: 200 });
    expect(transcript.steps[0].parsed?.actions).to.deep.equal([{ type: 'reject', reason: 'busy' }]);
    expect(result.stdout).to.match(/newCall \+4915799912345 → \+\d+ callId=\S+/);
  });

  /** Runs `sipgateio ...args --port 0`, GETs the sandbox once it says it listens, then sends `signal`. */
  async function runSandboxUntil(args: string[], signal: NodeJS.Signals) {
    const keyFile = path.join(os.tmpdir(), `k-${process.pid}-${signal}.pem`);
    let served: Promise<number> | undefined;
    const result = await runChild(
      [...CLI_COMMAND, ...args, '--port', '0', '--key-file', keyFile],
      {},
      (output, kill) => {
        const url = /sandbox listening: (http\S+)/.exec(output)?.[1];
        if (!url || !output.includes('Press Ctrl-C') || served) return;
        // A second of life after start-up: a command that ended early would have closed the port by now.
        served = new Promise((resolve) => setTimeout(resolve, 1000))
          .then(() => fetch(`${url}/sessions`))
          .then((response) => response.status)
          .finally(() => kill(signal));
      },
    );
    fs.rmSync(keyFile, { force: true });
    return { ...result, status: await served };
  }

  it('sipgateio sandbox starts the sandbox and stops on SIGINT with exit 0', async () => {
    const result = await runSandboxUntil(['sandbox'], 'SIGINT');
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stdout).to.match(/sipgate\.io sandbox listening: http:\/\/127\.0\.0\.1:\d+\/v2/);
    expect(result.stdout).to.contain('SIPGATE_OAUTH_URL=');
    expect(result.status).to.equal(401); // it answered: no credentials were sent
    expect(result.stdout).to.contain('SIGINT: stopping the sandbox');
  });

  it('sipgateio with a global option before sandbox keeps serving until SIGTERM, then exits 0', async () => {
    const result = await runSandboxUntil(['--quiet', 'sandbox'], 'SIGTERM');
    expect(result.code, result.stderr).to.equal(0);
    expect(result.status).to.equal(401);
    expect(result.stdout).to.contain('SIGTERM: stopping the sandbox');
  });
});
