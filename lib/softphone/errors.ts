/** Errors of the softphone, in the SDK's hierarchy (their names survive minification: see SipgateIOError). */
import { SipgateIOError, type SipgateIOErrorOptions } from '../core/errors';
import { keepErrorNames } from '../core/error-names';

/** The SIP server refused the registration (wrong password: 401/403) or could not be reached (no status). */
export class SoftphoneRegistrationError extends SipgateIOError {
  constructor(message: string, options: SipgateIOErrorOptions = {}) {
    super(message, { retryable: options.status === undefined || options.status >= 500, ...options });
  }
}

/** Why a call did not come about or was cut. */
export type CallFailureCause =
  'busy' | 'rejected' | 'notFound' | 'unavailable' | 'canceled' | 'noAnswer' | 'media' | 'connectionLost' | 'failed';

/** A call failed: `reason` says why, `status` is the SIP status when there was one (486, 603, 404, …). */
export class SoftphoneCallError extends SipgateIOError {
  readonly reason: CallFailureCause;
  constructor(reason: CallFailureCause, message: string, options: SipgateIOErrorOptions = {}) {
    super(message, options);
    this.reason = reason;
  }
}

/** The browser (or the user) refused the microphone, or there is none. */
export class MicrophonePermissionError extends SipgateIOError {}

keepErrorNames({ SoftphoneRegistrationError, SoftphoneCallError, MicrophonePermissionError });
