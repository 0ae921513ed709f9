/** Checks of RTCM input. */
import { requireObject, requireString } from '../core/validators';
import type { GenericCall } from './rtcm.types';

export function validateCall(call: GenericCall): string {
  requireObject(call, 'call', 'an object with a callId');
  return requireString(call.callId, 'call.callId');
}
