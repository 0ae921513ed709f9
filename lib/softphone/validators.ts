/** Input checks of the softphone: each throws a ValidationError naming the field before anything is sent. */
import { ValidationError } from '../core/errors';

const MAX_DTMF = 100;

/**
 * What can be dialled: a number (E.164 `+4930123456`, national `030123456`, short numbers such as `112`, with
 * spaces, dashes, dots, slashes or brackets) or an internal extension (`e1`, `w0`). Returns the dial string.
 */
export function validateDialTarget(value: unknown, field = 'target'): string {
  if (typeof value !== 'string')
    throw new ValidationError(field, `${field} must be a phone number or extension string, got ${typeof value}`);
  const compact = value.trim().replace(/[\s\-./()]/g, '');
  if (/^\+?[0-9*#]{2,32}$/.test(compact) || /^[a-z][0-9]{1,9}$/i.test(compact)) {
    return compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  }
  throw new ValidationError(field, `${field} must be a phone number (e.g. +4930123456) or an extension (e.g. e1)`);
}

/** DTMF tones: 0-9, A-D, * and #; a comma is a pause. */
export function validateDtmf(value: unknown, field = 'tones'): string {
  if (typeof value !== 'string' || !/^[0-9A-D*#,]+$/i.test(value) || value.length > MAX_DTMF)
    throw new ValidationError(field, `${field} must be 1 to ${MAX_DTMF} of 0-9, A-D, *, # and , (pause)`);
  return value.toUpperCase();
}

export type RejectReason = 'busy' | 'decline';

/** SIP status sent for a rejection: 486 Busy Here or 603 Decline. */
export function rejectStatus(reason: unknown): 486 | 603 {
  if (reason === undefined || reason === 'busy') return 486;
  if (reason === 'decline') return 603;
  throw new ValidationError('reason', 'reason must be "busy" or "decline"');
}

export function validateDtmfTransport(value: unknown): 'rfc4733' | 'info' {
  if (value === undefined || value === 'rfc4733') return 'rfc4733';
  if (value === 'info') return 'info';
  throw new ValidationError('transport', 'transport must be "rfc4733" or "info"');
}
