/**
 * Every program in examples/ runs against a sandbox as a user would run it (`npx ts-node examples/<name>.ts`
 * with credentials and SIPGATE_BASE_URL in the environment), and `npm run demo` completes. The examples are
 * enumerated from the directory, so a new one is run (and must exit 0) without touching this file.
 *
 * Each run gets its own sandbox, so the runs are independent and start together (a few at a time): loading
 * the SDK through ts-node costs a child process a second or two of CPU.
 */
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import {
  createSandbox,
  SANDBOX_CREDENTIALS,
  SANDBOX_OAUTH_CREDENTIALS,
  type CallTranscript,
  type RecordedRequest,
  type Sandbox,
} from '../../lib/sandbox';
import { freePort } from '../../examples/lib/free-port';
import { REPO_ROOT } from '../support/paths';
import { answerConsent } from '../support/oauth-consent';

const root = REPO_ROOT;
const examplesDir = path.join(root, 'examples');
const CHILD_TIMEOUT_MS = 60_000;
const PARALLEL_RUNS = Math.max(2, availableParallelism());

/** What each example prints when it worked (the demo has its own tests below). */
const EXPECTED_OUTPUT: Record<string, RegExp> = {
  'sms.ts': /SMS sent to \+4915799912345 with s0[\s\S]*SMS scheduled for/,
  'fax.ts': /fax status: SENT/,
  'call.ts': /call started: e0 → \+4921165432, session \S+/,
  'settings.ts': /webhook settings now:[\s\S]*incomingUrl: 'http:\/\/127\.0\.0\.1:8080\/sipgate'/,
  'contacts.ts': /imported 2 contacts from CSV[\s\S]*imported 1 contact\(s\) from vCard[\s\S]*vCard export: \d+ cards/,
  'history.ts': /CSV export: \d+ lines/,
  'rtcm.ts':
    /muted=true, hold=true, recording=true[\s\S]*muted, held, recorded, resumed, announced, sent DTMF 123#, hung up/,
  'oauth-web-app.ts': /user signed in[\s\S]*listed \d+ history entries[\s\S]*user signed out/,
  'webhook-ivr.ts': /caller pressed "1"[\s\S]*→ dtmf +answered 200: dial[\s\S]*: answered, answered by \+4921100000001/,
};

/** Examples that serve until stopped: a visitor uses them, then they get SIGINT. */
const SCENARIO_OPTIONS: Record<string, Partial<Scenario>> = {
  'oauth-web-app.ts': { env: { PORT: '0' }, watch: visitOnce(signInAndListHistory) },
};

function visitOnce(visit: (url: string) => Promise<void>): Scenario['watch'] {
  let started = false;
  return (output, child) => {
    const url = /listening on (http\S+)/.exec(output)?.[1];
    if (!url || started) return;
    started = true;
    visit(url).then(
      () => child.kill('SIGINT'),
      (error: Error) => {
        console.error(`visiting ${url} failed: ${error.message}`);
        child.kill('SIGKILL');
      },
    );
  };
}

/** A user of the OAuth web app: sign in (consent over HTTP), see the history, sign out. */
async function signInAndListHistory(appUrl: string): Promise<void> {
  const login = await fetch(new URL('/login', appUrl), { redirect: 'manual' });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const callback = await answerConsent(login.headers.get('location')!);
  const signedIn = await fetch(callback, { redirect: 'manual', headers: { cookie } });
  if (signedIn.status !== 302) throw new Error(`callback answered ${signedIn.status}: ${await signedIn.text()}`);
  const home = await (await fetch(appUrl, { headers: { cookie } })).text();
  if (!home.includes('Your sipgate history')) throw new Error(`no history page: ${home}`);
  await fetch(new URL('/logout', appUrl), { redirect: 'manual', headers: { cookie } });
}

interface Run {
  code: number | null;
  output: string;
  env: Record<string, string>;
  /** What the run's sandbox saw (empty for the demo, which starts its own). */
  requests: RecordedRequest[];
  transcripts: CallTranscript[];
  incomingUrl: string;
}

interface Scenario {
  file: string;
  args?: string[];
  env?: Record<string, string>;
  /** The demo brings its own sandbox. */
  withoutSandbox?: boolean;
  /** Prepares the sandbox or the machine; may add environment variables and a cleanup. */
  setup?: (sandbox?: Sandbox) => Promise<{ env?: Record<string, string>; cleanup?: () => Promise<void> } | void>;
  /** Called with the output so far while the example runs (e.g. to stop a server). */
  watch?: (output: string, child: ChildProcess) => void;
}

function spawnExample(
  scenario: Scenario,
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register', path.join(examplesDir, scenario.file), ...(scenario.args ?? [])],
      {
        cwd: root,
        env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      scenario.watch?.(output, child);
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

async function execute(scenario: Scenario): Promise<Run> {
  const sandbox = scenario.withoutSandbox ? undefined : await createSandbox({ outgoingCallDtmf: '1' });
  try {
    const prepared = (await scenario.setup?.(sandbox)) ?? {};
    const env: Record<string, string> = sandbox
      ? {
          SIPGATE_BASE_URL: sandbox.url,
          SIPGATE_TOKEN_ID: SANDBOX_CREDENTIALS.tokenId,
          SIPGATE_TOKEN: SANDBOX_CREDENTIALS.token,
          SIPGATE_SANDBOX: '',
        }
      : { SIPGATE_BASE_URL: '', SIPGATE_TOKEN_ID: '', SIPGATE_TOKEN: '', SIPGATE_SANDBOX: '' };
    Object.assign(env, scenario.env, prepared.env);
    try {
      const { code, output } = await spawnExample(scenario, env);
      return {
        code,
        output,
        env,
        requests: sandbox?.requests ?? [],
        transcripts: [...(sandbox?.transcripts ?? [])],
        incomingUrl: sandbox?.state.settings.incomingUrl ?? '',
      };
    } finally {
      await prepared.cleanup?.();
    }
  } finally {
    await sandbox?.stop();
  }
}

// ---- a small pool: every scenario starts in the root `before`, PARALLEL_RUNS at a time ----
const scenarios: Array<{ start: () => Promise<Run> }> = [];
let active = 0;
const waiting: Array<() => void> = [];

async function inSlot<T>(task: () => Promise<T>): Promise<T> {
  if (active >= PARALLEL_RUNS) await new Promise<void>((resolve) => waiting.push(resolve));
  active += 1;
  try {
    return await task();
  } finally {
    active -= 1;
    waiting.shift()?.();
  }
}

/** Registers a run; the returned function resolves with its result. */
function scenario(definition: Scenario): () => Promise<Run> {
  let result: Promise<Run> | undefined;
  const start = () => {
    if (!result) {
      result = inSlot(() => execute(definition));
      result.catch(() => undefined); // reported by the test that awaits it
    }
    return result;
  };
  scenarios.push({ start });
  return start;
}

const MUTATING = /^(POST|PUT|DELETE) /;
const lines = (requests: RecordedRequest[]) => requests.map((request) => `${request.method} ${request.path}`);

describe('examples and the demo, each run as a child process', function () {
  // Scoped to this file: every run starts when this suite does, not at the start of the whole test run.
  before(() => {
    scenarios.forEach(({ start }) => void start());
  });

  describe('examples against the sandbox', function () {
    this.timeout(CHILD_TIMEOUT_MS * 3);

    const examples = readdirSync(examplesDir).filter((file) => file.endsWith('.ts') && file !== 'demo.ts');

    it('finds the examples, and each has an expected line of output here', () => {
      expect(examples.length).to.be.at.least(8);
      expect(
        examples.filter((file) => !EXPECTED_OUTPUT[file]),
        'add an expectation to EXPECTED_OUTPUT',
      ).to.deep.equal([]);
    });

    for (const file of examples) {
      const run = scenario({ file, ...SCENARIO_OPTIONS[file] });
      it(`${file} runs and exits 0`, async () => {
        const { code, output } = await run();
        expect(code, output).to.equal(0);
        expect(output).to.match(EXPECTED_OUTPUT[file] ?? /\S/);
      });
    }

    describe('webhook-ivr.ts', () => {
      const keepsSettings = scenario({
        file: 'webhook-ivr.ts',
        setup: async (sandbox) => {
          sandbox!.state.settings.incomingUrl = 'https://before.example.com/hook';
        },
      });
      it('verifies signatures with the key from the control API, and leaves the incoming URL as it was', async () => {
        const run = await keepsSettings();
        expect(run.code, run.output).to.equal(0);
        expect(run.incomingUrl).to.equal('https://before.example.com/hook');
        expect(run.transcripts).to.have.length(1);
        expect(run.transcripts[0].steps.map((step) => step.status)).to.deep.equal([200, 200, 200, 200]);
        expect(lines(run.requests)).to.include.members(['GET /_sandbox/public-key', 'POST /_sandbox/calls']);
      });

      const voicemail = scenario({ file: 'webhook-ivr.ts', env: { IVR_DTMF: '2' } });
      const other = scenario({ file: 'webhook-ivr.ts', env: { IVR_DTMF: '7' } });
      it('sends 2 to the voicemail and hangs up on anything else', async () => {
        const two = await voicemail();
        expect(two.code, two.output).to.equal(0);
        expect(two.output).to.match(/caller pressed "2"[\s\S]*: voicemail/);
        const seven = await other();
        expect(seven.code, seven.output).to.equal(0);
        expect(seven.output).to.match(/caller pressed "7"[\s\S]*→ dtmf +answered 200: hangup[\s\S]*: hungUp/);
      });

      const serving = scenario({
        file: 'webhook-ivr.ts',
        setup: async () => ({
          env: { SIPGATE_BASE_URL: 'https://api.sipgate.invalid/v2', WEBHOOK_PORT: String(await freePort()) },
        }),
        watch: (output, child) => {
          // Once: a second signal is the user insisting, and ends the process the hard way.
          if (output.includes('waiting for calls') && child.signalCode === null && !child.killed) child.kill('SIGTERM');
        },
      });
      it('against the real API it only serves, until SIGTERM (no request leaves the machine)', async () => {
        const run = await serving();
        expect(run.output).to.contain(`webhook server listening on port ${run.env.WEBHOOK_PORT}`);
        expect(run.code, run.output).to.equal(0);
      });
    });

    describe('against the real API (SIPGATE_SANDBOX=0)', () => {
      for (const file of ['sms.ts', 'fax.ts', 'call.ts']) {
        const run = scenario({ file, env: { SIPGATE_SANDBOX: '0' } });
        it(`${file} without a recipient prints its usage, exits 2 and sends nothing`, async () => {
          const { code, output, requests } = await run();
          expect(code, output).to.equal(2);
          expect(output).to.match(/usage: npx ts-node examples\//);
          expect(requests).to.deep.equal([]);
        });
      }

      for (const file of ['settings.ts', 'rtcm.ts', 'contacts.ts', 'history.ts']) {
        const run = scenario({ file, env: { SIPGATE_SANDBOX: '0' } });
        it(`${file} without arguments only reads`, async () => {
          const { code, output, requests } = await run();
          expect(code, output).to.equal(0);
          expect(requests.length).to.be.above(0);
          expect(lines(requests).filter((line) => MUTATING.test(line))).to.deep.equal([]);
        });
      }

      const named = scenario({ file: 'sms.ts', env: { SIPGATE_SANDBOX: '0' }, args: ['+4915712345678'] });
      it('sms.ts with a recipient sends to exactly that number', async () => {
        const { code, output, requests } = await named();
        expect(code, output).to.equal(0);
        const sent = requests.filter((request) => request.method === 'POST' && request.path.endsWith('/sessions/sms'));
        expect(sent.map((request) => (request.body as { recipient: string }).recipient)).to.deep.equal([
          '+4915712345678',
          '+4915712345678',
        ]);
      });
    });

    const oauth = scenario({
      file: 'history.ts',
      env: { SIPGATE_TOKEN_ID: '', SIPGATE_TOKEN: SANDBOX_OAUTH_CREDENTIALS.token },
    });
    it('an example accepts an OAuth token alone (SIPGATE_TOKEN without SIPGATE_TOKEN_ID)', async () => {
      const { code, output } = await oauth();
      expect(code, output).to.equal(0);
      expect(output).to.match(EXPECTED_OUTPUT['history.ts']);
    });

    const noCredentials = scenario({ file: 'sms.ts', env: { SIPGATE_TOKEN_ID: '', SIPGATE_TOKEN: '' } });
    it('an example without credentials exits 2 with a hint instead of a stack trace', async () => {
      const { code, output } = await noCredentials();
      expect(code).to.equal(2);
      expect(output).to.contain('Set SIPGATE_TOKEN_ID and SIPGATE_TOKEN');
      expect(output).to.not.match(/\n\s+at /);
    });

    const refused = scenario({ file: 'history.ts', env: { SIPGATE_TOKEN: '00000000-0000-4000-8000-000000000000' } });
    it('an example exits 1 with the error when the API refuses', async () => {
      const { code, output } = await refused();
      expect(code).to.equal(1);
      expect(output).to.match(/AuthenticationError/);
    });
  });

  describe('the demo (npm run demo)', function () {
    this.timeout(CHILD_TIMEOUT_MS * 3);

    // No SIPGATE_* variables: the demo needs nothing but the repository.
    const demo = scenario({ file: 'demo.ts', withoutSandbox: true });
    it('walks through every step against its own sandbox and exits 0', async () => {
      const { code, output } = await demo();
      expect(code, output).to.equal(0);
      for (let step = 1; step <= 8; step += 1) expect(output).to.match(new RegExp(`^${step}\\. `, 'm'));
      expect(output).to.match(/fax \S+: PENDING[\s\S]*fax \S+: SENT/);
      expect(output).to.match(
        /call \S+ started[\s\S]*\(out\), asking for a digit[\s\S]*caller pressed "1"[\s\S]*: active, answered by \+4921100000001/,
      );
      expect(output).to.contain('muted, held, resumed, sent DTMF 42#');
      expect(output).to.match(/→ hangup +answered 200[\s\S]*: answered, answered by \+4921100000001/);
      expect(output).to.match(/CSV export: \d+ lines[\s\S]*vCard export: \d+ cards/);
      expect(output).to.match(/history CSV: \d+ lines/);
      expect(output).to.contain('Done: every step succeeded.');
    });

    // The port the demo is told to use for its webhook server is taken.
    const blocked = scenario({
      file: 'demo.ts',
      withoutSandbox: true,
      setup: async () => {
        const blocker = createServer();
        await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
        const port = (blocker.address() as { port: number }).port;
        return {
          env: { DEMO_WEBHOOK_PORT: String(port) },
          cleanup: () => new Promise<void>((resolve) => blocker.close(() => resolve())),
        };
      },
    });
    it('exits non-zero with the reason when a step fails', async () => {
      const { code, output } = await blocked();
      expect(code, output).to.equal(1);
      expect(output).to.contain('Demo failed');
      expect(output).to.not.contain('Done: every step succeeded.');
    });
  });
});
