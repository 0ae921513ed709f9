/** What the command line exits with, and why. */
import { AuthenticationError, PermissionError, SipgateIOError, ValidationError } from '../core/errors';
import { OAuthError, OAuthSessionExpiredError } from '../oauth/errors';

export const EXIT = {
  OK: 0,
  /** The API or the network failed. */
  FAILURE: 1,
  /** Bad command line or input; nothing was sent. */
  USAGE: 2,
  /** Credentials missing, refused or lacking a scope. */
  AUTH: 3,
  /** The job ran but ended unsuccessfully (a fax that FAILED). */
  UNSUCCESSFUL: 4,
  /** The saved OAuth sign-in cannot be renewed any more (refresh token revoked or expired): sign in again. */
  SIGN_IN_EXPIRED: 5,
} as const;

/** A problem with how the command was called; the message is shown as is. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

/** Missing or unreadable credentials. */
export class CliCredentialsError extends Error {
  override readonly name = 'CliCredentialsError';
}

export function exitCodeFor(error: unknown): number {
  if (error instanceof CliUsageError || error instanceof ValidationError) return EXIT.USAGE;
  if (error instanceof CliCredentialsError) return EXIT.AUTH;
  if (error instanceof AuthenticationError || error instanceof PermissionError) return EXIT.AUTH;
  if (error instanceof OAuthSessionExpiredError) return EXIT.SIGN_IN_EXPIRED;
  // A refused sign-in (access_denied, invalid_client, …); a token endpoint answering 5xx is a failure like any.
  if (error instanceof OAuthError && (error.status === undefined || error.status < 500)) return EXIT.AUTH;
  return EXIT.FAILURE;
}

export function describeError(error: unknown): string {
  if (error instanceof OAuthSessionExpiredError)
    return (
      `the OAuth sign-in can no longer be renewed (${error.code}): the refresh token was revoked or has expired. ` +
      'Sign in again and store the new refresh token in the profile.'
    );
  if (error instanceof ValidationError) return `invalid ${error.field}: ${error.message}`;
  if (error instanceof SipgateIOError)
    return `${error.name}${error.status ? ` (HTTP ${error.status})` : ''}: ${error.message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
