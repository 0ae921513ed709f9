/** Checks of RTCM input. */
import { ValidationError } from '../core/errors';
import { requireString } from '../core/validators';
import type { GenericCall } from './rtcm.types';

export function validateCall(call: GenericCall): string {
  if (call === null || typeof call !== 'object') throw new ValidationError('call', 'call must be an object with a callId');
  return requireString(call.callId, 'call.callId');
}
