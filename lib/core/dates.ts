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

/** Returns a copy of `value` with every ISO date-time string replaced by a Date. */
export function reviveDates<T>(value: T): T {
  if (typeof value === 'string') {
    if (!isIsoDateTime(value)) return value;
    // The pattern above admits only full ISO-8601 date-times with a zone, which Date parses exactly.
    const date = new Date(value);
    return (Number.isNaN(date.getTime()) ? value : date) as unknown as T;
  }
  if (Array.isArray(value)) return value.map((item) => reviveDates(item)) as unknown as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) result[key] = reviveDates(item);
    return result as T;
  }
  return value;
}
