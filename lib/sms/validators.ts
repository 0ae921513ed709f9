/** Checks of an SMS before it is sent. */
import { ValidationError } from '../core/errors';
import {
  normalizePhoneNumber,
  requireObject,
  requireString,
  validateDate,
  validateExtension,
} from '../core/validators';
import type { ShortMessage } from './sms.types';

export const MAX_SCHEDULE_AHEAD_MS = 30 * 24 * 60 * 60 * 1000;

export interface CheckedShortMessage {
  to: string;
  message: string;
  smsId?: string;
  from?: string;
}

export function validateShortMessage(sms: ShortMessage): CheckedShortMessage {
  requireObject(sms, 'sms', 'an object with to, message and smsId or from');
  const to = normalizePhoneNumber(sms.to, 'to');
  const message = requireString(sms.message, 'message');
  if (sms.smsId !== undefined && sms.from !== undefined) {
    throw new ValidationError('smsId', 'give either smsId or from, not both');
  }
  if (sms.smsId !== undefined) return { to, message, smsId: validateExtension(sms.smsId, 'smsId', ['s']) };
  if (sms.from !== undefined) return { to, message, from: normalizePhoneNumber(sms.from, 'from') };
  throw new ValidationError('smsId', 'smsId (e.g. s0) or from (a verified sender number) is required');
}

/** `sendAt` must lie in the future and at most 30 days ahead; returns Unix seconds. */
export function validateSendAt(sendAt: unknown, now = Date.now()): number {
  const date = validateDate(sendAt, 'sendAt');
  if (date.getTime() <= now) {
    throw new ValidationError('sendAt', `sendAt must be in the future, got ${date.toISOString()}`);
  }
  if (date.getTime() > now + MAX_SCHEDULE_AHEAD_MS) {
    throw new ValidationError('sendAt', `sendAt must be at most 30 days ahead, got ${date.toISOString()}`);
  }
  return Math.floor(date.getTime() / 1000);
}
