/**
 * Runs async operations one after another. Read-modify-write sequences (webhook
 * settings, the SMS default sender switch) must not interleave, or one caller's
 * write silently undoes another's.
 */
export interface SerialQueue {
  run<T>(operation: () => Promise<T>): Promise<T>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(operation: () => Promise<T>): Promise<T> {
      const result = tail.then(operation, operation);
      // The next operation waits for this one, whether it succeeded or failed.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
