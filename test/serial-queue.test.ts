import { expect } from 'chai';
import { createSerialQueue } from '../lib/core/serial-queue';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('serial queue', () => {
  it('starts an operation only after the previous one settled, in call order', async () => {
    const queue = createSerialQueue();
    const events: string[] = [];
    const first = deferred<string>();
    const a = queue.run(async () => {
      events.push('a:start');
      const value = await first.promise;
      events.push('a:end');
      return value;
    });
    const b = queue.run(async () => {
      events.push('b:start');
      return 'b';
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).to.deep.equal(['a:start']);
    first.resolve('a');
    expect(await a).to.equal('a');
    expect(await b).to.equal('b');
    expect(events).to.deep.equal(['a:start', 'a:end', 'b:start']);
  });

  it('keeps going after a failed operation and passes the failure to its caller only', async () => {
    const queue = createSerialQueue();
    const failed = queue.run(async () => {
      throw new Error('boom');
    });
    const next = queue.run(async () => 42);
    let message = '';
    await failed.catch((error: Error) => (message = error.message));
    expect(message).to.equal('boom');
    expect(await next).to.equal(42);
  });
});
