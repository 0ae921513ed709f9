/** The error of a bulk operation (vCard import, deleting all shared contacts) in which some requests failed. */
import { SipgateIOError } from '../core/errors';

export interface BulkFailure {
  /** Position of the item in the input (card number − 1, contact index). */
  index: number;
  /** What the item was (contact name or id), for the message. */
  label: string;
  error: unknown;
}

export class ContactsBulkError extends SipgateIOError {
  readonly failures: BulkFailure[];
  readonly succeeded: number;
  readonly total: number;

  constructor(action: string, failures: BulkFailure[], total: number) {
    const shown = failures
      .slice(0, 5)
      .map(
        (failure) =>
          `${failure.label}: ${failure.error instanceof Error ? failure.error.message : String(failure.error)}`,
      );
    const more = failures.length > shown.length ? ` (and ${failures.length - shown.length} more)` : '';
    super(`${action}: ${failures.length} of ${total} failed — ${shown.join('; ')}${more}`, {
      retryable: failures.every((failure) => failure.error instanceof SipgateIOError && failure.error.retryable),
    });
    this.failures = failures;
    this.total = total;
    this.succeeded = total - failures.length;
  }
}
