/** Errors specific to sending an SMS from a phone number. */
import { keepErrorNames } from '../core/error-names';
import { SipgateIOError } from '../core/errors';

/**
 * Sending from a number changes the SMS extension's default sender for one request; this error says
 * that changing it back failed, so the account may still show `from` as its default sender. `sent` tells
 * whether the SMS itself went out (do not resend it when true); `sendError` is the send failure, if any.
 */
export class SmsSenderRestoreError extends SipgateIOError {
  readonly sent: boolean;
  readonly sendError?: unknown;

  constructor(details: { smsId: string; from: string; sent: boolean; sendError?: unknown; restoreError: unknown }) {
    const outcome = details.sent ? 'The SMS was sent' : 'The SMS was not sent';
    const restoreStatus = details.restoreError instanceof SipgateIOError ? details.restoreError.status : undefined;
    super(
      `${outcome}, but the previous default sender of SMS extension ${details.smsId} could not be restored, so ${details.from} may still be its default sender`,
      { status: restoreStatus, cause: details.restoreError, retryable: false },
    );
    this.sent = details.sent;
    this.sendError = details.sendError;
  }
}

keepErrorNames({ SmsSenderRestoreError });
