/**
 * Response bodies carry timestamps as ISO-8601 strings; the public types say
 * Date. Only full date-time strings with a time zone are converted, so free
 * text that merely contains a date stays untouched. Parsing uses the platform's
 * Date, which handles exactly this ISO form, and needs no date library.
 */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export function isIsoDateTime(value: string): boolean {
  return ISO_DATE_TIME.test(value);
}

function reviveString(value: string): string | Date {
  // Cheap shape test first: most strings are not timestamps and skip the regex.
  if (value.length < 16 || value.charCodeAt(4) !== 45 /* - */ || !isIsoDateTime(value)) return value;
  // The pattern admits only full ISO-8601 date-times with a zone, which Date parses exactly.
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date;
}

/**
 * Replaces every ISO date-time string in `value` by a Date, in place, and
 * returns it. Bodies are freshly parsed JSON owned by the caller, so changing
 * them in place saves a copy of every response (and never assigns a parsed
 * `__proto__` key onto a new object).
 */
export function reviveDates<T>(value: T): T {
  if (typeof value === 'string') return reviveString(value) as unknown as T;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) value[index] = reviveDates(value[index]);
    return value;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (item !== null && typeof item !== 'number' && typeof item !== 'boolean') record[key] = reviveDates(item);
    }
  }
  return value;
}
