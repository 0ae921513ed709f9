import { expect } from 'chai';
import { AttemptRequest } from '../../../lib/core/attempt-request';

const attemptFor = () =>
  new AttemptRequest('GET', 'https://api.example/v2/x', { Accept: 'application/json' }, undefined, 10);

describe('AttemptRequest (one attempt as a transport sees it)', () => {
  it('runs the transport cancel callback when the caller aborts, and the signal aborts too', () => {
    const caller = new AbortController();
    const request = attemptFor();
    let cancelled = 0;
    request.onCancel(() => (cancelled += 1));
    request.start(60_000, caller.signal);
    const signal = request.signal;
    caller.abort();
    caller.abort();
    request.end(caller.signal);
    expect(cancelled).to.equal(1);
    expect(signal.aborted).to.equal(true);
    expect(request.timedOut).to.equal(false);
  });

  it('cancels at once for a caller signal that already fired, also for a callback registered later', () => {
    const caller = new AbortController();
    caller.abort();
    const request = attemptFor();
    request.start(60_000, caller.signal);
    let cancelled = false;
    request.onCancel(() => (cancelled = true));
    request.end(caller.signal);
    expect(cancelled).to.equal(true);
    expect(request.signal.aborted, 'a signal made after the cancel').to.equal(true);
  });

  it('marks the attempt timed out when its deadline passes', async () => {
    const request = attemptFor();
    const cancelled = new Promise<void>((resolve) => request.onCancel(resolve));
    request.start(5, undefined);
    await cancelled;
    request.end(undefined);
    expect(request.timedOut).to.equal(true);
  });

  it('stops listening after end: a later abort of the caller signal cancels nothing', async () => {
    const caller = new AbortController();
    const request = attemptFor();
    let cancelled = false;
    request.onCancel(() => (cancelled = true));
    request.start(5, caller.signal);
    request.end(caller.signal);
    caller.abort();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cancelled, 'neither the abort nor the cleared deadline').to.equal(false);
  });

  it('keeps the signal and the cancel hook on the prototype, so every attempt has the same own keys', () => {
    const [first, second] = [attemptFor(), attemptFor()];
    expect(Object.keys(first)).to.deep.equal(Object.keys(second));
    expect(Object.keys(first)).not.to.include('signal');
    expect(Object.getOwnPropertyDescriptor(AttemptRequest.prototype, 'signal')?.get).to.be.a('function');
  });
});
