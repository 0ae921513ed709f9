/** The `sipgateio` bin. */
import { runCli } from './main';

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
}).then(
  (code) => {
    // The sandbox command keeps running (its server holds the process); everything else ends here.
    if (process.argv[2] !== 'sandbox') process.stdout.write('', () => process.exit(code));
  },
  (error: Error) => {
    process.stderr.write(`sipgateio: ${error.message}\n`);
    process.exit(1);
  },
);
