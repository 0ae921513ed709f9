/**
 * Checks of the sandbox's own input (createSandbox options, simulated calls, control API bodies). Each throws a
 * SandboxOptionError naming the field, before anything starts; written for the sandbox, not taken from the client.
 */
import { SandboxOptionError } from './errors';
import { toDtmf, toE164 } from './wire-formats';

/** A plain object (not null, not an array); `shape` describes it for the message. */
export function requireOptionObject(value: unknown, field: string, shape: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new SandboxOptionError(field, `${field} must be ${shape}`);
  return value as Record<string, unknown>;
}

/** An optional whole number in [min, max]; `unit` ends the message ("seconds"). */
export function optionalInteger(
  value: unknown,
  field: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
  unit = '',
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`;
    throw new SandboxOptionError(field, `${field} must be a whole number ${unit ? `of ${unit} ` : ''}${range}`);
  }
  return value;
}

export function optionalBoolean(value: unknown, field: string): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean')
    throw new SandboxOptionError(field, `${field} must be a boolean`);
  return value;
}

/** An optional array; each item goes through `item` with its field name (`allowedHosts[2]`). */
export function optionalArray<T>(
  value: unknown,
  field: string,
  what: string,
  item: (value: unknown, field: string) => T,
): T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new SandboxOptionError(field, `${field} must be an array of ${what}`);
  return value.map((entry, i) => item(entry, `${field}[${i}]`));
}

export function phoneNumberOption(value: unknown, field: string): string {
  const number = toE164(value);
  if (number === undefined)
    throw new SandboxOptionError(field, `${field} must be a phone number in E.164 format (e.g. +4921112345678)`);
  return number;
}

/** Who calls: a phone number, or "anonymous" for a suppressed number. */
export function callerOption(value: unknown, field = 'from'): string {
  return value === 'anonymous' ? 'anonymous' : phoneNumberOption(value, field);
}

/** Optional DTMF digits in upper case; '' when none. */
export function dtmfOption(value: unknown, field = 'dtmf'): string {
  if (value === undefined || value === '') return '';
  const dtmf = toDtmf(value);
  if (dtmf === undefined) throw new SandboxOptionError(field, `${field} must consist of 0-9, A-D, * and # only`);
  return dtmf;
}
