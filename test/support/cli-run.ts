/** Runs the `sipgateio` command line in-process (fast) or as a child process (exit codes, pipes, terminals). */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../lib/cli/main';
import { REPO_ROOT } from './paths';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function collector(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

export async function runInProcess(
  args: string[],
  env: Record<string, string | undefined>,
  stdin = '',
): Promise<CliRun> {
  const out = collector();
  const err = collector();
  const code = await runCli(args, { stdout: out.stream, stderr: err.stream, stdin: Readable.from([stdin]), env });
  return { code, stdout: out.text(), stderr: err.text() };
}

export const CLI_BIN = path.join(REPO_ROOT, 'lib/cli/bin.ts');
/** node + ts-node (transpile only) running the bin, as an argv. */
export const CLI_COMMAND = [process.execPath, '-r', 'ts-node/register', CLI_BIN];

export function runChild(
  argv: string[],
  env: Record<string, string | undefined>,
  watch?: (output: string, kill: (signal: NodeJS.Signals) => void) => void,
): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TS_NODE_TRANSPILE_ONLY: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const kill = (signal: NodeJS.Signals) => child.kill(signal);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      watch?.(stdout + stderr, kill);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      watch?.(stdout + stderr, kill);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000); // ts-node start-up is slow on a loaded machine
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
