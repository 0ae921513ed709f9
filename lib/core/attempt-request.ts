/**
 * One attempt as the transport receives it, with the attempt's cancellation (its deadline or the caller's
 * AbortSignal). It is a class on purpose: an object literal with its own `get signal()` gets a hidden class of
 * its own in V8 for every attempt, and those kept finished requests reachable until a full GC (small requests
 * spent several times longer in young-generation GC). Read `signal` from the object; a spread copy creates it.
 */
import type { TransportRequest } from './transport/types';

export class AttemptRequest implements TransportRequest {
  timedOut = false;
  private cancelled = false;
  private controller: AbortController | undefined = undefined;
  private cancelCallback: (() => void) | undefined = undefined;
  private timer: ReturnType<typeof setTimeout> | undefined = undefined;

  constructor(
    readonly method: string,
    readonly url: string,
    readonly headers: Record<string, string>,
    readonly body: string | undefined,
    readonly maxResponseBytes: number,
  ) {}

  /** Made only for a transport that reads it; the Node transport takes `onCancel` instead. */
  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.cancelled) this.controller.abort();
    }
    return this.controller.signal;
  }

  onCancel(callback: () => void): void {
    if (this.cancelled) callback();
    else this.cancelCallback = callback;
  }

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.controller?.abort();
    this.cancelCallback?.();
  }

  /** As the caller's AbortSignal listener: EventTarget calls `handleEvent`, so no closure per attempt. */
  handleEvent(): void {
    this.cancel();
  }

  /** Arms the attempt's deadline and listens to the caller's signal (cancelling at once if it already fired). */
  start(ms: number, callerSignal: AbortSignal | undefined): void {
    this.timer = setTimeout(expire, ms, this);
    if (callerSignal?.aborted) this.cancel();
    else callerSignal?.addEventListener('abort', this, { once: true });
  }

  end(callerSignal: AbortSignal | undefined): void {
    clearTimeout(this.timer);
    callerSignal?.removeEventListener('abort', this);
  }
}

function expire(attempt: AttemptRequest): void {
  attempt.timedOut = true;
  attempt.cancel();
}
