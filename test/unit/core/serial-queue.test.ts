import { expect } from 'chai';
import { createSerialQueue, serialQueueFor } from '../../../lib/core/serial-queue';

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

  it('turns a synchronous throw of an operation into a rejection of its promise', async () => {
    const queue = createSerialQueue();
    const failed = queue.run((() => {
      throw new Error('sync');
    }) as () => Promise<void>);
    let message = '';
    await failed.catch((error: Error) => (message = error.message));
    expect(message).to.equal('sync');
    expect(await queue.runShared(async () => 'after')).to.equal('after');
  });

  it('lets shared operations overlap with each other', async () => {
    const queue = createSerialQueue();
    const events: string[] = [];
    const gate = deferred<void>();
    const a = queue.runShared(async () => {
      events.push('a:start');
      await gate.promise;
      events.push('a:end');
    });
    const b = queue.runShared(async () => {
      events.push('b:start');
    });
    await b;
    expect(events).to.deep.equal(['a:start', 'b:start']);
    gate.resolve();
    await a;
    expect(events).to.deep.equal(['a:start', 'b:start', 'a:end']);
  });

  it('never overlaps an exclusive operation with a shared one, in either direction', async () => {
    const queue = createSerialQueue();
    const events: string[] = [];
    const sharedGate = deferred<void>();
    const exclusiveGate = deferred<void>();
    const before = queue.runShared(async () => {
      events.push('shared1:start');
      await sharedGate.promise;
      events.push('shared1:end');
    });
    const exclusive = queue.run(async () => {
      events.push('exclusive:start');
      await exclusiveGate.promise;
      events.push('exclusive:end');
    });
    const after = queue.runShared(async () => {
      events.push('shared2:start');
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).to.deep.equal(['shared1:start']);
    sharedGate.resolve();
    await before;
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).to.deep.equal(['shared1:start', 'shared1:end', 'exclusive:start']);
    exclusiveGate.resolve();
    await Promise.all([exclusive, after]);
    expect(events).to.deep.equal(['shared1:start', 'shared1:end', 'exclusive:start', 'exclusive:end', 'shared2:start']);
  });

  it('gives one queue per owner and name', () => {
    const owner = {};
    expect(serialQueueFor(owner, 'sms')).to.equal(serialQueueFor(owner, 'sms'));
    expect(serialQueueFor(owner, 'sms')).to.not.equal(serialQueueFor(owner, 'settings'));
    expect(serialQueueFor(owner, 'sms')).to.not.equal(serialQueueFor({}, 'sms'));
  });
});
