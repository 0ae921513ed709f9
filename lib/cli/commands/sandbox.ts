/** `sipgateio sandbox [options]`: the same command as the `sipgateio-sandbox` bin; it ends when the sandbox stops. */
import type { Command } from 'commander';
import { runSandbox } from '../../sandbox/cli-app';
import type { Action } from '../main';

export function registerSandbox(program: Command, action: Action): void {
  program
    .command('sandbox')
    .description('start the offline sandbox (API, webhooks, OAuth); "sipgateio sandbox --help" lists its options')
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .argument('[options...]', 'options of the sandbox (--port, --host, --fail-fax, --key-file)')
    .action(action((_ctx, args: string[]) => runSandbox(args)));
}
