/** Input checks of the devices module; each throws a ValidationError naming the field before any request. */
import { ValidationError } from '../core/errors';
import { validateExtension } from '../core/validators';

/** Device ids: e = register (VoIP) device, x = external device, y = mobile device. */
export const DEVICE_EXTENSION_TYPES = ['e', 'x', 'y'] as const;
const MAX_ALIAS_LENGTH = 255;

export function validateDeviceId(deviceId: unknown, field = 'deviceId'): string {
  return validateExtension(deviceId, field, DEVICE_EXTENSION_TYPES);
}

/** Only VoIP devices (`e<n>`) have SIP credentials. */
export function validateRegisterDeviceId(deviceId: unknown, field = 'deviceId'): string {
  return validateExtension(deviceId, field, ['e']);
}

export function validateDeviceAlias(alias: unknown, field = 'alias'): string {
  if (typeof alias !== 'string' || alias.trim() === '' || alias.length > MAX_ALIAS_LENGTH) {
    throw new ValidationError(field, `${field} must be a non-empty string of at most ${MAX_ALIAS_LENGTH} characters`);
  }
  return alias;
}
