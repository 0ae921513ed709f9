/**
 * The rule for every value the XML answer carries, shared by the builder, the renderer and the
 * server's own address: refused when XML (or a URL parser) would not carry it exactly as validated.
 * No Node imports (part of the browser bundle).
 */
import { ValidationError } from '../core/errors';
import { validateHttpUrl } from '../core/validators';

/*
 * What may appear in a value the builder writes. XML 1.0 cannot carry C0 controls (other than tab, LF, CR),
 * U+FFFE, U+FFFF or lone surrogates; tab, LF and CR are legal but an XML parser turns them into spaces inside
 * attributes, and DEL is a control character. A URL may not contain any control character or space at all:
 * URL parsers silently drop tabs and newlines, so the URL fetched would not be the one validated.
 */
const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
export const UNSAFE_TEXT = new RegExp(`[\\u0000-\\u001F\\u007F\\uFFFE\\uFFFF]|${LONE_SURROGATE}`);
export const UNSAFE_URL = new RegExp(`[\\u0000-\\u0020\\u007F-\\u009F\\uFFFE\\uFFFF]|${LONE_SURROGATE}`);

export function describeUnsafe(value: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(value);
  if (match === null) return undefined;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `U+${code} at index ${match.index}`;
}

/** Refuses a URL with a control character, whitespace or a character XML cannot carry; returns it unchanged. */
export function refuseUnsafeUrl(url: string, field: string): string {
  const unsafe = describeUnsafe(url, UNSAFE_URL);
  if (unsafe !== undefined) {
    throw new ValidationError(
      field,
      `${field} contains a control character, whitespace or a character XML cannot carry (${unsafe})`,
    );
  }
  return url;
}

/** A validated announcement URL, exactly as given. */
export function announcementUrl(value: unknown): string {
  return refuseUnsafeUrl(validateHttpUrl(value, 'announcement'), 'announcement');
}
