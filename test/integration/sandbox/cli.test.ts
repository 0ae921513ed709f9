/**
 * The `sipgateio-sandbox` command (lib/sandbox/cli.ts): prints URL, credentials and key, serves, and exits
 * cleanly on SIGINT and SIGTERM.
 */
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SANDBOX_CREDENTIALS } from '../../../lib/sandbox';
import { REPO_ROOT } from '../../support/paths';

const ROOT = REPO_ROOT;

function startCli(args: string[]): { child: ChildProcess; output: () => string; url: Promise<string> } {
  const child = spawn(
    process.execPath,
    [require.resolve('ts-node/dist/bin.js'), path.join(ROOT, 'lib/sandbox/cli.ts'), ...args],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening: (http:\/\/\S+)/.exec(output);
      // The banner may arrive in several chunks; it is complete once the last line is there.
      if (match && output.includes('Press Ctrl-C')) resolve(match[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`exited with ${code} before listening:\n${output}`)));
  });
  return { child, output: () => output, url };
}

function exitCode(child: ChildProcess): Promise<number | null> {
  // 'close' waits for stdout/stderr to end as well, so the output is complete.
  return new Promise((resolve) => child.on('close', (code) => resolve(code)));
}

describe('sandbox CLI', function () {
  this.timeout(30_000);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`serves the API with the printed credentials and exits 0 on ${signal}`, async () => {
      const keyFile = path.join(os.tmpdir(), `sandbox-cli-test-${process.pid}-${signal}.pem`);
      const cli = startCli(['--port', '0', '--key-file', keyFile]);
      try {
        const url = await cli.url;
        expect(url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);
        expect(cli.output())
          .to.include(SANDBOX_CREDENTIALS.tokenId)
          .and.include(SANDBOX_CREDENTIALS.token)
          .and.include('BEGIN PUBLIC KEY');
        expect(cli.output()).to.include(
          `SIP over WebSocket:    ${url.replace(/^http/, 'ws').replace(/\/v2$/, '/sip')}`,
        );
        expect(fs.readFileSync(keyFile, 'utf8')).to.include('BEGIN PUBLIC KEY');
        const authorization = `Basic ${Buffer.from(`${SANDBOX_CREDENTIALS.tokenId}:${SANDBOX_CREDENTIALS.token}`).toString('base64')}`;
        const response = await fetch(`${url}/authorization/userinfo`, { headers: { Authorization: authorization } });
        expect(response.status).to.equal(200);
        const exited = exitCode(cli.child);
        cli.child.kill(signal);
        expect(await exited).to.equal(0);
      } finally {
        if (cli.child.exitCode === null) cli.child.kill('SIGKILL');
        fs.rmSync(keyFile, { force: true });
      }
    });
  }

  it('exits 1 with usage on an unknown option', async () => {
    const cli = startCli(['--bogus']);
    cli.url.catch(() => undefined);
    expect(await exitCode(cli.child)).to.equal(1);
    expect(cli.output()).to.include('usage: sipgateio-sandbox');
  });
});
