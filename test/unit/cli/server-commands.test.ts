/** Commands that serve until a signal (`webhooks serve`, `login`'s redirect, the sandbox): how they end, and their ports. */
import { expect } from 'chai';
import { untilSignalled } from '../../../lib/sandbox/signals';
import { runInProcess } from '../../support/cli-run';

const signalListeners = () => process.listenerCount('SIGINT') + process.listenerCount('SIGTERM');

async function whenListening(before: number): Promise<void> {
  while (signalListeners() === before) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('CLI commands that serve until a signal', () => {
  it('untilSignalled stops once, resolves 0 (1 when stopping failed) and removes its listeners', async () => {
    const before = signalListeners();
    let stops = 0;
    const stopped = untilSignalled(async (signal) => {
      stops += 1;
      expect(signal).to.equal('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    process.emit('SIGTERM', 'SIGTERM');
    process.emit('SIGTERM', 'SIGTERM'); // while stopping: ignored
    expect(await stopped).to.equal(0);
    expect(stops).to.equal(1);
    expect(signalListeners()).to.equal(before);

    const failed = untilSignalled(() => Promise.reject(new Error('cannot close')));
    process.emit('SIGTERM', 'SIGTERM');
    expect(await failed).to.equal(1);
    expect(signalListeners()).to.equal(before);
  });

  it('webhooks serve ends with exit 0 on SIGTERM and leaves no signal listener behind', async () => {
    const before = signalListeners();
    const run = runInProcess(['webhooks', 'serve', '--port', '0', '--skip-signature-check'], {});
    await whenListening(before);
    process.emit('SIGTERM', 'SIGTERM');
    const result = await run;
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stderr).to.match(/^listening on http:\/\/127\.0\.0\.1:\d+ /);
    expect(signalListeners()).to.equal(before);
  });

  it('--port takes 0 (any free port) to 65535 in webhooks serve and login, and refuses the rest with exit 2', async () => {
    for (const port of ['65536', '-1', 'http', '1e3']) {
      for (const command of [
        ['webhooks', 'serve'],
        ['login', '--client-id', 'app'],
      ]) {
        const result = await runInProcess([...command, '--port', port], {});
        expect(result.code, `${command[0]} --port ${port}`).to.equal(2);
        expect(result.stderr).to.contain(`--port must be a port from 0 (any free one) to 65535, got "${port}"`);
      }
    }
    // login on any free port: it waits for the browser, here in vain.
    const login = await runInProcess(['login', '--client-id', 'app', '--port', '0', '--timeout', '1'], {});
    expect(login.code).to.equal(1);
    expect(login.stderr).to.contain('Open this address in a browser').and.contain('no sign-in within 1 s');
  });
});
