/** Errors of the OAuth sign-in and token refresh; part of the SDK's one hierarchy. */
import { keepErrorNames } from '../core/error-names';
import { SipgateIOError, type SipgateIOErrorOptions } from '../core/errors';

/**
 * The authorization server refused (an `error` from the token endpoint or the
 * sign-in callback, e.g. invalid_grant, access_denied) or answered something
 * that is not a token response. `code` is the OAuth error code.
 */
export class OAuthError extends SipgateIOError {
  readonly code: string;
  constructor(code: string, message: string, options: SipgateIOErrorOptions = {}) {
    super(message, options);
    this.code = code;
  }
}

/**
 * The session's tokens cannot be renewed any more (refresh token revoked or
 * expired, client no longer allowed): the user must sign in again. The session
 * answers every later request with this error without asking the server again.
 */
export class OAuthSessionExpiredError extends OAuthError {}

keepErrorNames({ OAuthError, OAuthSessionExpiredError });
