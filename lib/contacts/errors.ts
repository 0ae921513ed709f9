/**
 * The error of a bulk operation (vCard import, CSV import one contact at a time, deleting all shared contacts)
 * in which some requests failed. It carries every failed item with its error, so exactly those can be retried.
 */
import { keepErrorNames } from '../core/error-names';
import { SipgateIOError } from '../core/errors';

export interface BulkFailure<T = unknown> {
  /** Position of the item in the input (card number − 1, CSV record − 1, contact index). */
  index: number;
  /** What the item was (contact name or id), for the message. */
  label: string;
  /** The item itself, ready to be sent again (a ContactImport for imports, a ContactResponse for deletes). */
  item: T;
  error: unknown;
}

export class ContactsBulkError<T = unknown> extends SipgateIOError {
  readonly failures: Array<BulkFailure<T>>;
  readonly succeeded: number;
  readonly total: number;

  constructor(action: string, failures: Array<BulkFailure<T>>, total: number) {
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
    this.name = 'ContactsBulkError';
    this.failures = failures;
    this.total = total;
    this.succeeded = total - failures.length;
  }

  /** The items that failed, in input order: pass them to the same operation again to retry just those. */
  get failedItems(): T[] {
    return this.failures.map((failure) => failure.item);
  }
}

keepErrorNames({ ContactsBulkError });
