/**
 * Every program in examples/ runs against a sandbox, as a user would run it
 * (`npx ts-node examples/<name>.ts` with credentials in the environment), and
 * `npm run demo` completes. New examples are picked up automatically.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createSandbox, SANDBOX_CREDENTIALS, type Sandbox } from '../lib/sandbox';

const root = path.resolve(__dirname, '..');
const examplesDir = path.join(root, 'examples');

/** What each example must print when it worked (the demo has its own test below). */
const EXPECTED_OUTPUT: Record<string, RegExp> = {
  'sms.ts': /SMS scheduled for/,
  'fax.ts': /fax status: SENT/,
  'call.ts': /call started: e0 → \+4921165432/,
  'settings.ts': /incomingUrl: 'http:\/\/127\.0\.0\.1:8080\/sipgate'/,
  'contacts.ts': /vCard export: \d+ cards/,
  'history.ts': /CSV export: \d+ lines/,
  'rtcm.ts': /muted, held, resumed, sent DTMF 123#, hung up/,
  'webhook-ivr.ts': /caller pressed "1"[\s\S]*call \S+ ended: normalClearing/,
};

function runExample(file: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register', path.join(examplesDir, file)], {
      cwd: root,
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('examples against the sandbox', function () {
  this.timeout(90_000);
  let sandbox: Sandbox;

  before(async () => {
    sandbox = await createSandbox({ outgoingCallDtmf: '1' });
  });
  after(() => sandbox.stop());
  // Each example starts from the seed state, so one cannot steer the next (e.g. webhook URLs).
  beforeEach(() => sandbox.reset());

  const examples = readdirSync(examplesDir).filter((file) => file.endsWith('.ts') && file !== 'demo.ts');

  it('has an expectation for every example', () => {
    expect(examples.sort()).to.deep.equal(Object.keys(EXPECTED_OUTPUT).sort());
  });

  for (const file of examples) {
    it(`${file} runs and exits 0`, async () => {
      const env: Record<string, string> = {
        SIPGATE_BASE_URL: sandbox.url,
        SIPGATE_TOKEN_ID: SANDBOX_CREDENTIALS.tokenId,
        SIPGATE_TOKEN: SANDBOX_CREDENTIALS.token,
      };
      if (file === 'webhook-ivr.ts') {
        Object.assign(env, {
          WEBHOOK_PORT: String(await freePort()),
          SIPGATE_WEBHOOK_PUBLIC_KEY: sandbox.publicKeyPem,
          SIPGATE_EXAMPLE_SELF_TEST: '1',
        });
      }
      const { code, output } = await runExample(file, env);
      expect(code, output).to.equal(0);
      expect(output).to.match(EXPECTED_OUTPUT[file] ?? /$^/);
    });
  }

  it('an example without credentials exits 2 with a hint instead of a stack trace', async () => {
    const { code, output } = await runExample('sms.ts', { SIPGATE_TOKEN_ID: '', SIPGATE_TOKEN: '', SIPGATE_BASE_URL: sandbox.url });
    expect(code).to.equal(2);
    expect(output).to.contain('Set SIPGATE_TOKEN_ID and SIPGATE_TOKEN');
  });

  it('the demo (npm run demo) walks through every step and exits 0', async () => {
    const { code, output } = await runExample('demo.ts', {});
    expect(code, output).to.equal(0);
    expect(output).to.contain('fax').and.contain(': SENT');
    expect(output).to.contain('caller pressed "1"');
    expect(output).to.contain('Done: every step succeeded.');
  });
});
