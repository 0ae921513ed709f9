/**
 * Orders async operations. Read-modify-write sequences (webhook settings, the SMS
 * default sender switch) must not interleave, or one caller's write silently
 * undoes another's.
 *
 * `run` is exclusive: it starts after every earlier operation settled and holds
 * back every later one. `runShared` may overlap with other shared operations but
 * never with an exclusive one (a plain SMS must not go out while another send has
 * temporarily changed the default sender). Operations start in call order.
 */
export interface SerialQueue {
  run<T>(operation: () => Promise<T>): Promise<T>;
  runShared<T>(operation: () => Promise<T>): Promise<T>;
}

const settled = (promise: Promise<unknown>): Promise<void> =>
  promise.then(
    () => undefined,
    () => undefined,
  );

export function createSerialQueue(): SerialQueue {
  /** Settles when the latest exclusive operation has settled. */
  let exclusiveTail: Promise<void> = Promise.resolve();
  /** Shared operations started since the latest exclusive one and still running. */
  let sharedRunning = new Set<Promise<void>>();

  return {
    run<T>(operation: () => Promise<T>): Promise<T> {
      const before = Promise.all([exclusiveTail, ...sharedRunning]);
      // `then(() => operation())` also turns a synchronous throw into a rejection.
      const result = before.then(() => operation());
      exclusiveTail = settled(result);
      sharedRunning = new Set();
      return result;
    },
    runShared<T>(operation: () => Promise<T>): Promise<T> {
      const result = exclusiveTail.then(() => operation());
      const running = sharedRunning;
      const done = settled(result);
      running.add(done);
      // Dropped once settled, so a long run of shared operations keeps no history.
      void done.then(() => running.delete(done));
      return result;
    },
  };
}

const queuesByOwner = new WeakMap<object, Map<string, SerialQueue>>();

/**
 * The queue named `name` of `owner` (e.g. one HTTP client), created on first use. Two module
 * instances over the same client then share one queue, as they share the account they change.
 */
export function serialQueueFor(owner: object, name: string): SerialQueue {
  let queues = queuesByOwner.get(owner);
  if (!queues) {
    queues = new Map();
    queuesByOwner.set(owner, queues);
  }
  let queue = queues.get(name);
  if (!queue) {
    queue = createSerialQueue();
    queues.set(name, queue);
  }
  return queue;
}
