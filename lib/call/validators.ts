/**
 * The valid combinations of call data (contract table): `to` is always a number;
 * `from` is an extension, or a number together with a deviceId; callerId is an
 * optional number. Extensions of a caller are devices: e, p, x or y.
 */
import { ValidationError } from '../core/errors';
import { isExtension, normalizePhoneNumber, requireObject, validateExtension } from '../core/validators';
import type { CallData, CallDTO } from './call.types';

export const CALLER_EXTENSION_TYPES = ['e', 'p', 'x', 'y'] as const;

export function validateCallData(call: CallData): CallDTO {
  requireObject(call, 'callData', 'an object with from and to');
  const callee = normalizePhoneNumber(call.to, 'to');
  // null means absent, as in the official package (code often passes `deviceId: row.deviceId ?? null`).
  const deviceId =
    call.deviceId == null ? undefined : validateExtension(call.deviceId, 'deviceId', CALLER_EXTENSION_TYPES);
  const callerId = call.callerId == null ? undefined : normalizePhoneNumber(call.callerId, 'callerId');
  let caller: string;
  if (isExtension(call.from, CALLER_EXTENSION_TYPES)) {
    caller = call.from;
  } else {
    if (typeof call.from === 'string' && isExtension(call.from)) {
      throw new ValidationError(
        'from',
        `from must be a phone number or an extension of type e, p, x or y, got "${call.from}"`,
      );
    }
    caller = normalizePhoneNumber(call.from, 'from');
    if (deviceId === undefined)
      throw new ValidationError('deviceId', 'deviceId is required when from is a phone number');
  }
  return { caller, callee, deviceId, callerId };
}
