/**
 * Response bodies carry timestamps as ISO-8601 strings; the public types say Date. Only the fields the API
 * documents as date-times are converted: each module names them (`dateFields` on the request), so free text
 * that happens to look like a date stays a string and no other string is even looked at.
 */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export function isIsoDateTime(value: string): boolean {
  return ISO_DATE_TIME.test(value);
}

/** The Date for a full ISO date-time with zone; anything else is returned unchanged. */
export function reviveDate(value: unknown): unknown {
  if (typeof value !== 'string' || !isIsoDateTime(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function reviveAt(value: unknown, segments: readonly string[], index: number): void {
  const segment = segments[index];
  const last = index === segments.length - 1;
  if (segment === '[]') {
    if (!Array.isArray(value)) return;
    for (let item = 0; item < value.length; item += 1) {
      if (last) value[item] = reviveDate(value[item]);
      else reviveAt(value[item], segments, index + 1);
    }
    return;
  }
  // Own keys only: a path never walks into the prototype.
  if (!isPlainObject(value) || !Object.prototype.hasOwnProperty.call(value, segment)) return;
  if (last) value[segment] = reviveDate(value[segment]);
  else reviveAt(value[segment], segments, index + 1);
}

const compiled = new Map<string, readonly string[]>();

function segmentsOf(path: string): readonly string[] {
  let segments = compiled.get(path);
  if (!segments) {
    segments = path
      .replace(/\[\]/g, '.[].')
      .split('.')
      .filter((segment) => segment !== '');
    compiled.set(path, segments);
  }
  return segments;
}

/**
 * Converts the date-time strings at `paths` of a freshly parsed body, in place, and returns it. A path is
 * dot-separated keys, `[]` standing for every element of an array: `items[].created`, `mnpState.releasedUntil`.
 */
export function reviveDateFields<T>(body: T, paths: readonly string[]): T {
  for (const path of paths) reviveAt(body, segmentsOf(path), 0);
  return body;
}
