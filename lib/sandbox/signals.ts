/**
 * How a command that serves (the sandbox, `webhooks serve`) ends: on Ctrl-C (SIGINT) or SIGTERM `stop` runs once,
 * and the promise resolves with the exit code, 0 when it stopped cleanly, 1 when stopping failed. The listeners
 * are removed then, so an in-process run leaves none behind; until then a second signal does not kill the
 * process half-way through stopping. It lives with the sandbox, which imports nothing from the rest of the
 * SDK; the CLI takes it from here.
 */
export function untilSignalled(stop: (signal: NodeJS.Signals) => Promise<void>): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const done = (code: number) => {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      resolve(code);
    };
    function onSignal(signal: NodeJS.Signals) {
      if (stopping) return;
      stopping = true;
      Promise.resolve()
        .then(() => stop(signal))
        .then(
          () => done(0),
          () => done(1),
        );
    }
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
