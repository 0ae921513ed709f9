/** Checks of webhook settings input. */
import { ValidationError } from '../core/errors';
import { validateExtension, validateHttpUrl } from '../core/validators';

/** Only phone lines (p) and groups (g) can be whitelisted (sipgate's ID formats: p0, g1, ...). */
export const WHITELIST_EXTENSION_TYPES = ['p', 'g'] as const;

export function validateWebhookUrl(url: unknown, field: string): string {
  return validateHttpUrl(url, field);
}

export function validateWhitelist(extensions: unknown): string[] {
  if (!Array.isArray(extensions))
    throw new ValidationError('extensions', 'extensions must be an array of p or g extension ids');
  return extensions.map((extension, index) =>
    validateExtension(extension, `extensions[${index}]`, WHITELIST_EXTENSION_TYPES),
  );
}
