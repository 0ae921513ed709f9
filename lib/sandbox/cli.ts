/** The `sipgateio-sandbox` bin; the command itself is in cli-app.ts (also run by `sipgateio sandbox`). */
import { runSandboxCli } from './cli-app';

runSandboxCli(process.argv.slice(2));
