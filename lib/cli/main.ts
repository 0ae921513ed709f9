/**
 * The `sipgateio` command line. Credentials come from the environment or a profile file (see credentials.ts),
 * never from arguments. Exit codes: 0 done, 1 API or network failure, 2 bad command line or input (nothing was
 * sent), 3 credentials missing or refused, 4 the job ended unsuccessfully (a fax that FAILED), 5 the saved OAuth
 * sign-in can no longer be renewed (sign in again).
 */
import { Command, CommanderError } from 'commander';
import { SDK_VERSION } from '../core/version';
import { registerData } from './commands/data';
import { registerLogin } from './commands/login';
import { registerMessaging } from './commands/messaging';
import { registerSandbox } from './commands/sandbox';
import { registerWebhooks } from './commands/webhooks';
import { CliContext, type GlobalOptions, type Streams } from './context';
import { describeError, EXIT, exitCodeFor } from './errors';

/** Wraps a command's function: builds the context, maps errors to messages and exit codes. */
export type Action = <A extends unknown[]>(
  run: (ctx: CliContext, ...args: A) => Promise<number | void>,
) => (...args: unknown[]) => Promise<void>;

export async function runCli(argv: string[], io: Streams): Promise<number> {
  let exitCode: number = EXIT.OK;
  const program = new Command('sipgateio')
    .description(
      'sipgate.io from the shell. Credentials: SIPGATE_TOKEN_ID + SIPGATE_TOKEN, SIPGATE_OAUTH_REFRESH_TOKEN + ' +
        'SIPGATE_OAUTH_CLIENT_ID, SIPGATE_OAUTH_TOKEN, or a profile file',
    )
    .version(SDK_VERSION)
    .option('--json', 'print results as JSON (one object per line)')
    .option('-q, --quiet', 'no progress and no messages, only data and errors')
    .option('--profile <name>', 'profile from the profile file (default: "default")')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(add --help for usage)');
  // Commands created from here on inherit exitOverride, the output streams and the help hint from the program.

  const action: Action =
    (run) =>
    async (...args) => {
      // commander passes the command's options, then the Command itself, after the positional arguments.
      const command = args[args.length - 1] as Command;
      const ctx = new CliContext(command.optsWithGlobals<GlobalOptions>(), io);
      try {
        exitCode = (await run(ctx, ...(args.slice(0, -1) as never))) ?? EXIT.OK;
      } catch (error) {
        io.stderr.write(`sipgateio: ${describeError(error)}\n`);
        exitCode = exitCodeFor(error);
      }
    };

  registerMessaging(program, action);
  registerData(program, action);
  registerWebhooks(program, action);
  registerLogin(program, action);
  registerSandbox(program, action);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const shown = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      return shown ? EXIT.OK : EXIT.USAGE;
    }
    io.stderr.write(`sipgateio: ${describeError(error)}\n`);
    return EXIT.FAILURE;
  }
  return exitCode;
}
