/**
 * What every command gets: the global options, where results and messages go, the SDK client (created only
 * when a command needs the API, after its own input was checked), and a progress display.
 */
import * as fs from 'fs';
import { sipgateIO, type SipgateIO } from '../index';
import { profilePermissionWarning, resolveCredentials } from './credentials';
import { CliUsageError } from './errors';
import { cliOAuthSession } from './oauth-session';
import { createProgress, type Progress } from './progress';

export interface GlobalOptions {
  json?: boolean;
  quiet?: boolean;
  profile?: string;
}

export interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export class CliContext {
  private client?: SipgateIO;

  constructor(
    readonly options: GlobalOptions,
    readonly io: Streams,
  ) {}

  /** The API client, from the environment or the profile file. */
  api(): SipgateIO {
    if (this.client) return this.client;
    const resolved = resolveCredentials(this.io.env, this.options.profile);
    if (resolved.profile) {
      const warning = profilePermissionWarning(resolved.profile.file);
      if (warning) this.io.stderr.write(`${warning}\n`);
    }
    const auth = resolved.oauth
      ? cliOAuthSession({ ...resolved, oauth: resolved.oauth }, this.io.env, (message) =>
          this.io.stderr.write(`${message}\n`),
        )
      : resolved.credentials!;
    this.client = sipgateIO(auth, {
      baseUrl: this.io.env.SIPGATE_BASE_URL || resolved.baseUrl,
    });
    return this.client;
  }

  /** A human message on stderr (stdout is for results); silent with --quiet or --json. */
  info(message: string): void {
    if (!this.options.quiet && !this.options.json) this.io.stderr.write(`${message}\n`);
  }

  /** The command's result: JSON with --json, else the text (nothing when the text is empty or --quiet). */
  result(value: unknown, text: string): void {
    if (this.options.json) this.io.stdout.write(`${JSON.stringify(value)}\n`);
    else if (text !== '' && !this.options.quiet) this.io.stdout.write(`${text}\n`);
  }

  progress(label: string): Progress {
    return createProgress(label, this.io.stderr, { quiet: this.options.quiet || this.options.json });
  }

  /** Writes data to a file, or to stdout when no file (or "-") is given. */
  writeOutput(file: string | undefined, data: string): void {
    if (file && file !== '-') fs.writeFileSync(file, data);
    else this.io.stdout.write(data.endsWith('\n') || data === '' ? data : `${data}\n`);
  }
}

export function readInputFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new CliUsageError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

export function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  const upper = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  if (!upper) throw new CliUsageError(`${option} must be one of ${allowed.join(', ')}, got "${value}"`);
  return upper;
}

export function positiveInteger(value: string, option: string, max = Number.MAX_SAFE_INTEGER): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1 || number > max)
    throw new CliUsageError(`${option} must be a whole number from 1 to ${max}, got "${value}"`);
  return number;
}

/** A port to listen on; 0 takes any free one. */
export function portNumber(value: string, option: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535)
    throw new CliUsageError(`${option} must be a port from 0 (any free one) to 65535, got "${value}"`);
  return Number(value);
}
