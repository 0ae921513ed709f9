/**
 * Phone-number checks for request bodies, on top of the SDK's shared validators (400 instead of a thrown
 * ValidationError).
 */
import { normalizePhoneNumber } from '../../core/validators';
import { HttpError } from '../http';

export function e164(value: unknown, field: string): string {
  try {
    return normalizePhoneNumber(value, field);
  } catch (error) {
    throw new HttpError(400, (error as Error).message);
  }
}
