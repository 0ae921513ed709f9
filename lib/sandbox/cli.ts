/** The `sipgateio-sandbox` bin; the command itself is in cli-app.ts (also run by `sipgateio sandbox`). */
import { runSandbox } from './cli-app';

void runSandbox(process.argv.slice(2)).then((code) => process.stdout.write('', () => process.exit(code)));
