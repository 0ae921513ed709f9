/**
 * Input checks shared by every module. Each throws a ValidationError naming the
 * field; none sends anything. Phone numbers are checked and normalised without a
 * phone-number database on purpose: such a library would multiply the bundle size.
 */
import { ValidationError } from './errors';

/** Extension type letters used by the sipgate API (a=application … y=mobile). */
export type ExtensionType =
  'a' | 'c' | 'e' | 'f' | 'g' | 'h' | 'i' | 'p' | 'q' | 'r' | 's' | 't' | 'v' | 'w' | 'x' | 'y';

const EXTENSION_PATTERN = /^([a-z])(0|[1-9][0-9]*)$/;
const E164_PATTERN = /^\+[1-9][0-9]{1,14}$/;

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value;
}

/** Checks that an argument is an object; `expected` describes its shape for the message. */
export function requireObject<T>(value: T, field: string, expected = 'an object'): NonNullable<T> {
  if (value === null || typeof value !== 'object') {
    throw new ValidationError(field, `${field} must be ${expected}, got ${value === null ? 'null' : typeof value}`);
  }
  return value as NonNullable<T>;
}

export function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ValidationError(field, `${field} must be a non-empty string, got ${describe(value)}`);
  }
  return value;
}

/**
 * Normalises a phone number to E.164 (`+4921112345`): spaces, dashes, dots,
 * slashes and brackets are dropped, a leading `00` becomes `+`.
 * Throws when the result is not E.164.
 */
export function normalizePhoneNumber(value: unknown, field = 'phoneNumber'): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ValidationError(field, `${field} must be a phone number in E.164 format, got ${describe(value)}`);
  }
  let compact = value.trim().replace(/[\s\-./()]/g, '');
  if (compact.startsWith('00')) compact = `+${compact.slice(2)}`;
  if (!E164_PATTERN.test(compact)) {
    throw new ValidationError(
      field,
      `${field} must be a phone number in E.164 format (e.g. +4921112345678), got ${describe(value)}`,
    );
  }
  return compact;
}

export function isPhoneNumber(value: unknown): boolean {
  try {
    normalizePhoneNumber(value);
    return true;
  } catch {
    return false;
  }
}

export function isExtension(value: unknown, allowed?: readonly string[]): boolean {
  if (typeof value !== 'string') return false;
  const match = EXTENSION_PATTERN.exec(value);
  return match !== null && (allowed === undefined || allowed.includes(match[1]));
}

/** Checks an extension id such as `e14` or `p0`, optionally limited to some types. */
export function validateExtension(value: unknown, field: string, allowed?: readonly string[]): string {
  if (!isExtension(value, allowed)) {
    const types = allowed ? ` of type ${allowed.join(', ')}` : '';
    throw new ValidationError(
      field,
      `${field} must be an extension id${types} (e.g. ${allowed?.[0] ?? 'e'}0), got ${describe(value)}`,
    );
  }
  return value as string;
}

/** Web user ids are `w` extensions (`w0`, `w12`). */
export function validateWebuserId(webuserId: unknown, field = 'webuserId'): string {
  return validateExtension(webuserId, field, ['w']);
}

/** Checks an absolute http(s) URL. */
export function validateHttpUrl(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ValidationError(field, `${field} must be an http or https URL, got ${describe(value)}`);
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ValidationError(field, `${field} is not a valid URL: ${describe(value)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ValidationError(field, `${field} must use http or https, got ${describe(parsed.protocol)}`);
  }
  return value;
}

export function validateBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') {
    throw new ValidationError(field, `${field} must be a boolean, got ${describe(value)}`);
  }
  return value;
}

/** Checks an integer within [min, max]. */
export function validateInteger(value: unknown, field: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `between ${min} and ${max}`;
    throw new ValidationError(field, `${field} must be an integer ${range}, got ${String(value)}`);
  }
  return value;
}

const DTMF_PATTERN = /^[0-9A-D#*]+$/;

/** DTMF sequences: digits, A–D, `*` and `#` (lower-case letters are upper-cased). */
export function normalizeDtmf(value: unknown, field = 'sequence'): string {
  if (typeof value !== 'string' || !DTMF_PATTERN.test(value.toUpperCase())) {
    throw new ValidationError(field, `${field} must consist of 0-9, A-D, * and # only, got ${describe(value)}`);
  }
  return value.toUpperCase();
}

export function validateDate(value: unknown, field: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new ValidationError(field, `${field} must be a valid Date, got ${describe(value)}`);
  }
  return value;
}

export interface PaginationInput {
  offset?: number;
  limit?: number;
}

/** Checks offset/limit bounds; `maxLimit` comes from the endpoint (history: 1000). */
export function validatePagination(pagination: PaginationInput | undefined, maxLimit: number): void {
  if (pagination === undefined || pagination === null) return;
  if (typeof pagination !== 'object') {
    throw new ValidationError('pagination', 'pagination must be an object with offset and/or limit');
  }
  if (pagination.offset !== undefined) validateInteger(pagination.offset, 'pagination.offset', 0, 2147483647);
  if (pagination.limit !== undefined) validateInteger(pagination.limit, 'pagination.limit', 0, maxLimit);
}
