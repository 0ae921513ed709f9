/** The `sipgateio` bin: every command resolves when it is done (servers once they stopped), then the process ends. */
import { runCli } from './main';

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
}).then(
  (code) => process.stdout.write('', () => process.exit(code)),
  (error: Error) => {
    process.stderr.write(`sipgateio: ${error.message}\n`);
    process.exit(1);
  },
);
