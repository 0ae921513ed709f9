/**
 * Builds API paths so that no value can change which endpoint is called. Each interpolated value is given
 * with its field name (`apiPath`/contacts/${{ id }}``) and must be a non-empty string (or a non-negative
 * integer). Values that are, after percent-decoding, a dot segment (`.`, `..`, `%2e`, `%252E%2e`, …) are
 * refused: URL normalisation (by the HTTP stack, a proxy or the server) would drop them and the request
 * would reach the parent resource, e.g. `DELETE /contacts/` instead of one contact. Everything else is
 * percent-encoded, so `/`, `?` and `#` stay inside their segment.
 */
import { ValidationError } from './errors';

/** One path value, named by its field: `{ entryId }` or `{ 'call.callId': callId }`. */
export type PathValue = Readonly<Record<string, unknown>>;

/** Percent-decoding is repeated (a proxy or server may decode twice), but a value cannot nest deeper than this. */
const MAX_DECODE_ROUNDS = 8;

function fullyDecoded(value: string): string {
  let current = value;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current; // a malformed escape stays literal: encodeURIComponent sends it as `%25…`
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : value === null ? 'null' : typeof value;
}

/** Checks a value that will become one path segment (before it is used anywhere); returns it unchanged. */
export function requirePathValue(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ValidationError(field, `${field} must be a non-empty string, got ${describe(value)}`);
  }
  const decoded = fullyDecoded(value);
  if (decoded === '.' || decoded === '..') {
    throw new ValidationError(
      field,
      `${field} must not be a dot segment (${describe(value)}): it would leave its path`,
    );
  }
  return value;
}

/** Checks one path value and returns it as the encoded segment. */
export function pathSegment(value: unknown, field: string): string {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return encodeURIComponent(requirePathValue(value, field));
}

export function apiPath(strings: TemplateStringsArray, ...values: PathValue[]): string {
  return strings.reduce((result, part, index) => {
    if (index >= values.length) return result + part;
    const named = values[index];
    const entries = named !== null && typeof named === 'object' ? Object.entries(named) : [];
    if (entries.length !== 1) throw new TypeError('apiPath: pass each value as { fieldName: value }');
    const [field, value] = entries[0];
    return result + part + pathSegment(value, field);
  }, '');
}
