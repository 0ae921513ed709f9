/** Input checks of the voicemails module; each throws a ValidationError naming the field before any request. */
import { validateExtension } from '../core/validators';

export function validateVoicemailId(voicemailId: unknown, field = 'voicemailId'): string {
  return validateExtension(voicemailId, field, ['v']);
}

export function validatePhonelineId(phonelineId: unknown, field = 'phonelineId'): string {
  return validateExtension(phonelineId, field, ['p']);
}
