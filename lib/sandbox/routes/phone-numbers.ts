/**
 * Phone-number checks for request bodies: a 400 naming the field, as the real API answers a bad number.
 */
import { HttpError } from '../http';
import { toE164 } from '../wire-formats';

export function e164(value: unknown, field: string): string {
  const number = toE164(value);
  if (number === undefined)
    throw new HttpError(400, `${field} must be a phone number in E.164 format (e.g. +4921112345678)`);
  return number;
}
