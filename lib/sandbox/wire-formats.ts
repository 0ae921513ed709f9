/**
 * The sandbox's own reading of sipgate's wire formats (phone numbers, extension ids, DTMF), written from the
 * API's documentation rather than taken from the client, so a client bug cannot hide behind the same code.
 */

/** E.164: "+", a country code not starting with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{1,14}$/;
/** Separators people type inside numbers; the sandbox, like the API, reads past them. */
const NUMBER_SEPARATORS = /[\s\-./()]/g;
/** Extension ids are a lower-case letter and a number without leading zeros: e0, p12, w3. */
const EXTENSION = /^([a-z])(0|[1-9]\d*)$/;
const DTMF = /^[0-9A-D#*]+$/;

/** The number in E.164 ("0049…" counts as "+49…"), or undefined when it is not a phone number. */
export function toE164(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let compact = value.trim().replace(NUMBER_SEPARATORS, '');
  if (compact.startsWith('00')) compact = `+${compact.slice(2)}`;
  return E164.test(compact) ? compact : undefined;
}

/** True for an extension id, optionally only of the given type letters. */
export function isExtensionId(value: unknown, types?: readonly string[]): value is string {
  if (typeof value !== 'string') return false;
  const match = EXTENSION.exec(value);
  return match !== null && (types === undefined || types.includes(match[1]));
}

/** The DTMF sequence in upper case, or undefined when it holds anything but 0-9, A-D, * and #. */
export function toDtmf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const upper = value.toUpperCase();
  return DTMF.test(upper) ? upper : undefined;
}
