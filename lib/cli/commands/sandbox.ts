/** `sipgateio sandbox [options]`: the same command as the `sipgateio-sandbox` bin. */
import type { Command } from 'commander';
import { runSandboxCli } from '../../sandbox/cli-app';

export function registerSandbox(program: Command): void {
  program
    .command('sandbox')
    .description('start the offline sandbox (API, webhooks, OAuth); "sipgateio sandbox --help" lists its options')
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .argument('[options...]', 'options of the sandbox (--port, --host, --fail-fax, --key-file)')
    .action((args: string[]) => runSandboxCli(args));
}
