/**
 * The sandbox command, shared by `sipgateio-sandbox` (lib/sandbox/cli.ts) and `sipgateio sandbox` (lib/cli).
 * `npx sipgateio-sandbox [--port 3333] [--host 127.0.0.1] [--fail-fax +49...] [--key-file ./sandbox-public.pem]
 *   [--random-credentials] [--allow-origin http://localhost:5173]... [--allow-host name]...`
 * Starts the offline sandbox, prints its base URL, the credentials it accepts and the webhook public key, and
 * runs until Ctrl-C (SIGINT) or SIGTERM. `runSandbox` resolves with the exit code once the sandbox stopped, so each
 * bin decides itself when to exit.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  randomSandboxCredentials,
  SANDBOX_BASIC_CREDENTIALS,
  SANDBOX_CREDENTIALS,
  SANDBOX_OAUTH_CREDENTIALS,
} from './credentials';
import { untilSignalled } from './signals';
import { createSandbox, type Sandbox } from './sandbox';

interface CliOptions {
  port: number;
  host: string;
  failingFaxNumbers: string[];
  keyFile: string;
  randomCredentials: boolean;
  allowedOrigins?: string[];
  allowedHosts?: string[];
}

const USAGE =
  'usage: sipgateio-sandbox [--port 3333] [--host 127.0.0.1] [--fail-fax <E.164>]... [--key-file <path>] ' +
  '[--random-credentials] [--allow-origin <origin>]... [--allow-host <name>]...';

/** The options, or 'help' when the usage was asked for. */
function parseArgs(argv: string[]): CliOptions | 'help' {
  const options: CliOptions = {
    port: 3333,
    host: '127.0.0.1',
    failingFaxNumbers: [],
    keyFile: path.join(os.tmpdir(), 'sipgateio-sandbox-public.pem'),
    randomCredentials: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--port' || flag === '-p') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be 0..65535');
      options.port = port;
    } else if (flag === '--host') options.host = value();
    else if (flag === '--fail-fax') options.failingFaxNumbers.push(value());
    else if (flag === '--key-file') options.keyFile = value();
    else if (flag === '--random-credentials') options.randomCredentials = true;
    else if (flag === '--allow-origin') (options.allowedOrigins ??= []).push(value());
    else if (flag === '--allow-host') (options.allowedHosts ??= []).push(value());
    else if (flag === '--help' || flag === '-h') return 'help';
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return options;
}

async function start(options: CliOptions): Promise<Sandbox> {
  const random = options.randomCredentials ? randomSandboxCredentials() : undefined;
  const sandbox = await createSandbox({
    port: options.port,
    host: options.host,
    failingFaxNumbers: options.failingFaxNumbers,
    credentials: random,
    allowedOrigins: options.allowedOrigins,
    allowedHosts: options.allowedHosts,
  });
  fs.writeFileSync(options.keyFile, sandbox.publicKeyPem);
  console.log(`sipgate.io sandbox listening: ${sandbox.url}`);
  console.log(`  SIPGATE_BASE_URL=${sandbox.url}`);
  console.log(`  SIP over WebSocket:    ${sandbox.sipUrl} (VoIP devices e0, e1; npm run softphone for a dial pad)`);
  const token = random ?? SANDBOX_CREDENTIALS;
  console.log(`  personal access token: SIPGATE_TOKEN_ID=${token.tokenId} SIPGATE_TOKEN=${token.token}`);
  if (!random) {
    console.log(
      `  basic login:           ${SANDBOX_BASIC_CREDENTIALS.username} / ${SANDBOX_BASIC_CREDENTIALS.password}`,
    );
    console.log(`  OAuth bearer token:    ${SANDBOX_OAUTH_CREDENTIALS.token}`);
    console.log(`  OAuth sign-in:         SIPGATE_OAUTH_URL=${sandbox.oauthUrl} (client id sandbox-app)`);
  }
  console.log(
    `  browser pages allowed: ${options.allowedOrigins?.join(' ') ?? 'localhost / 127.0.0.1 / [::1] origins'}`,
  );
  console.log(`  webhook signing public key written to ${options.keyFile}:`);
  console.log(sandbox.publicKeyPem.trim());
  console.log(
    `  control API (same credentials): ${sandbox.url.replace(/\/v2$/, '')}/_sandbox — GET public-key, POST calls {from,to,dtmf}, GET calls/{id}, POST reset`,
  );
  return sandbox;
}

/** Runs the sandbox command with `argv` (the arguments after the command name); resolves with the exit code. */
export async function runSandbox(argv: string[]): Promise<number> {
  let sandbox: Sandbox;
  try {
    const options = parseArgs(argv);
    if (options === 'help') {
      console.log(USAGE);
      return 0;
    }
    sandbox = await start(options);
  } catch (error) {
    console.error(`sipgateio-sandbox: ${(error as Error).message}`);
    console.error(USAGE);
    return 1;
  }
  // Listen for the signals before saying so: a Ctrl-C right after the line must stop it cleanly, not kill it.
  const stopped = untilSignalled((signal) => {
    console.log(`\n${signal}: stopping the sandbox`);
    return sandbox.stop();
  });
  console.log('Press Ctrl-C to stop.');
  return stopped;
}
