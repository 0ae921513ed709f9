/**
 * Every program in examples/ runs against a sandbox as a user would run it (`npx ts-node examples/<name>.ts`
 * with credentials and SIPGATE_BASE_URL in the environment), and `npm run demo` completes. The examples are
 * enumerated from the directory, so a new one is run (and must exit 0) without touching this file.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { createSandbox, SANDBOX_CREDENTIALS, SANDBOX_OAUTH_CREDENTIALS, type Sandbox } from '../lib/sandbox';
import { freePort } from '../examples/lib/free-port';

const root = path.resolve(__dirname, '..');
const examplesDir = path.join(root, 'examples');
const CHILD_TIMEOUT_MS = 60_000;

/** What each example prints when it worked (the demo has its own tests below). */
const EXPECTED_OUTPUT: Record<string, RegExp> = {
  'sms.ts': /SMS sent to \+4915799912345 with s0[\s\S]*SMS scheduled for/,
  'fax.ts': /fax status: SENT/,
  'call.ts': /call started: e0 → \+4921165432, session \S+/,
  'settings.ts': /webhook settings now:[\s\S]*incomingUrl: 'http:\/\/127\.0\.0\.1:8080\/sipgate'/,
  'contacts.ts': /imported 2 contacts from CSV[\s\S]*imported 1 contact\(s\) from vCard[\s\S]*vCard export: \d+ cards/,
  'history.ts': /CSV export: \d+ lines/,
  'rtcm.ts': /muted=true, hold=true, recording=true[\s\S]*muted, held, recorded, resumed, announced, sent DTMF 123#, hung up/,
  'webhook-ivr.ts': /caller pressed "1"[\s\S]*→ dtmf +answered 200: dial[\s\S]*: answered, answered by \+4921100000001/,
};

interface ChildResult {
  code: number | null;
  output: string;
}

/** Runs examples/<file> in a child process; `until` lets a test act on the output while it runs. */
function runExample(
  file: string,
  env: Record<string, string>,
  until?: (output: string, child: ReturnType<typeof spawn>) => void,
  args: string[] = [],
): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register', path.join(examplesDir, file), ...args], {
      cwd: root,
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      until?.(output, child);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('examples against the sandbox', function () {
  this.timeout(CHILD_TIMEOUT_MS + 30_000);
  let sandbox: Sandbox;
  let env: Record<string, string>;

  before(async () => {
    sandbox = await createSandbox({ outgoingCallDtmf: '1' });
    env = { SIPGATE_BASE_URL: sandbox.url, SIPGATE_TOKEN_ID: SANDBOX_CREDENTIALS.tokenId, SIPGATE_TOKEN: SANDBOX_CREDENTIALS.token, SIPGATE_SANDBOX: '' };
  });
  after(() => sandbox.stop());
  // Each example starts from the seed state, so one cannot steer the next (e.g. webhook URLs).
  beforeEach(() => sandbox.reset());

  const examples = readdirSync(examplesDir).filter((file) => file.endsWith('.ts') && file !== 'demo.ts');

  it('finds the examples, and each has an expected line of output here', () => {
    expect(examples.length).to.be.at.least(8);
    expect(examples.filter((file) => !EXPECTED_OUTPUT[file]), 'add an expectation to EXPECTED_OUTPUT').to.deep.equal([]);
  });

  for (const file of examples) {
    it(`${file} runs and exits 0`, async () => {
      const { code, output } = await runExample(file, env);
      expect(code, output).to.equal(0);
      expect(output).to.match(EXPECTED_OUTPUT[file] ?? /\S/);
    });
  }

  describe('webhook-ivr.ts', () => {
    it('verifies signatures with the key from the control API, and leaves the incoming URL as it was', async () => {
      sandbox.state.settings.incomingUrl = 'https://before.example.com/hook';
      const { code, output } = await runExample('webhook-ivr.ts', env);
      expect(code, output).to.equal(0);
      expect(sandbox.state.settings.incomingUrl).to.equal('https://before.example.com/hook');
      const [transcript] = sandbox.transcripts;
      expect(transcript.steps.map((step) => step.status)).to.deep.equal([200, 200, 200, 200]);
      expect(sandbox.requests.map((request) => `${request.method} ${request.path}`)).to.include.members(['GET /_sandbox/public-key', 'POST /_sandbox/calls']);
    });

    it('sends 2 to the voicemail and hangs up on anything else', async () => {
      const voicemail = await runExample('webhook-ivr.ts', { ...env, IVR_DTMF: '2' });
      expect(voicemail.code, voicemail.output).to.equal(0);
      expect(voicemail.output).to.match(/caller pressed "2"[\s\S]*: voicemail/);
      const other = await runExample('webhook-ivr.ts', { ...env, IVR_DTMF: '7' });
      expect(other.code, other.output).to.equal(0);
      expect(other.output).to.match(/caller pressed "7"[\s\S]*→ dtmf +answered 200: hangup[\s\S]*: hungUp/);
    });

    it('against the real API it only serves, until SIGTERM (no request leaves the machine)', async () => {
      const port = await freePort();
      const realApi = { ...env, SIPGATE_BASE_URL: 'https://api.sipgate.invalid/v2', WEBHOOK_PORT: String(port) };
      const { code, output } = await runExample('webhook-ivr.ts', realApi, (text, child) => {
        if (text.includes('waiting for calls')) child.kill('SIGTERM');
      });
      expect(output).to.contain(`webhook server listening on port ${port}`);
      expect(code, output).to.equal(0);
    });
  });

  describe('against the real API (SIPGATE_SANDBOX=0)', () => {
    const MUTATING = /^(POST|PUT|DELETE) /;

    for (const file of ['sms.ts', 'fax.ts', 'call.ts']) {
      it(`${file} without a recipient prints its usage, exits 2 and sends nothing`, async () => {
        const { code, output } = await runExample(file, { ...env, SIPGATE_SANDBOX: '0' });
        expect(code, output).to.equal(2);
        expect(output).to.match(/usage: npx ts-node examples\//);
        expect(sandbox.requests).to.deep.equal([]);
      });
    }

    for (const file of ['settings.ts', 'rtcm.ts', 'contacts.ts', 'history.ts']) {
      it(`${file} without arguments only reads`, async () => {
        const { code, output } = await runExample(file, { ...env, SIPGATE_SANDBOX: '0' });
        expect(code, output).to.equal(0);
        expect(sandbox.requests.length).to.be.above(0);
        expect(sandbox.requests.map((request) => `${request.method} ${request.path}`).filter((line) => MUTATING.test(line))).to.deep.equal([]);
      });
    }

    it('sms.ts with a recipient sends to exactly that number', async () => {
      const { code, output } = await runExample('sms.ts', { ...env, SIPGATE_SANDBOX: '0' }, undefined, ['+4915712345678']);
      expect(code, output).to.equal(0);
      const sent = sandbox.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/sessions/sms'));
      expect(sent.map((request) => (request.body as { recipient: string }).recipient)).to.deep.equal(['+4915712345678', '+4915712345678']);
    });
  });

  it('an example accepts an OAuth token alone (SIPGATE_TOKEN without SIPGATE_TOKEN_ID)', async () => {
    const { code, output } = await runExample('history.ts', { ...env, SIPGATE_TOKEN_ID: '', SIPGATE_TOKEN: SANDBOX_OAUTH_CREDENTIALS.token });
    expect(code, output).to.equal(0);
    expect(output).to.match(EXPECTED_OUTPUT['history.ts']);
  });

  it('an example without credentials exits 2 with a hint instead of a stack trace', async () => {
    const { code, output } = await runExample('sms.ts', { ...env, SIPGATE_TOKEN_ID: '', SIPGATE_TOKEN: '' });
    expect(code).to.equal(2);
    expect(output).to.contain('Set SIPGATE_TOKEN_ID and SIPGATE_TOKEN');
    expect(output).to.not.match(/\n\s+at /);
  });

  it('an example exits 1 with the error when the API refuses', async () => {
    const { code, output } = await runExample('history.ts', { ...env, SIPGATE_TOKEN: '00000000-0000-4000-8000-000000000000' });
    expect(code).to.equal(1);
    expect(output).to.match(/AuthenticationError/);
  });
});

describe('the demo (npm run demo)', function () {
  this.timeout(CHILD_TIMEOUT_MS + 30_000);

  it('walks through every step against its own sandbox and exits 0', async () => {
    // No SIPGATE_* variables: the demo needs nothing but the repository.
    const { code, output } = await runExample('demo.ts', { SIPGATE_BASE_URL: '', SIPGATE_TOKEN_ID: '', SIPGATE_TOKEN: '' });
    expect(code, output).to.equal(0);
    for (let step = 1; step <= 8; step += 1) expect(output).to.match(new RegExp(`^${step}\\. `, 'm'));
    expect(output).to.match(/fax \S+: PENDING[\s\S]*fax \S+: SENT/);
    expect(output).to.match(/call \S+ started[\s\S]*\(out\), asking for a digit[\s\S]*caller pressed "1"[\s\S]*: active, answered by \+4921100000001/);
    expect(output).to.contain('muted, held, resumed, sent DTMF 42#');
    expect(output).to.match(/→ hangup +answered 200[\s\S]*: answered, answered by \+4921100000001/);
    expect(output).to.match(/CSV export: \d+ lines[\s\S]*vCard export: \d+ cards/);
    expect(output).to.match(/history CSV: \d+ lines/);
    expect(output).to.contain('Done: every step succeeded.');
  });

  it('exits non-zero with the reason when a step fails', async () => {
    // Occupy the port the demo is told to use for its webhook server.
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const port = (blocker.address() as { port: number }).port;
      const { code, output } = await runExample('demo.ts', { DEMO_WEBHOOK_PORT: String(port) });
      expect(code, output).to.equal(1);
      expect(output).to.contain('Demo failed');
      expect(output).to.not.contain('Done: every step succeeded.');
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });
});
