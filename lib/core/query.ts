/**
 * Query strings as the sipgate API expects them: arrays as repeated keys
 * (`types=CALL&types=SMS`), dates as ISO strings, undefined/null left out.
 */
export type QueryPrimitive = string | number | boolean | Date;
export type QueryValue = QueryPrimitive | readonly QueryPrimitive[] | undefined | null;
export type QueryParams = Record<string, QueryValue>;

function stringify(value: QueryPrimitive): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

export function serializeQuery(params: QueryParams | undefined): string {
  if (!params) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? (value as readonly QueryPrimitive[]) : [value as QueryPrimitive];
    for (const item of values) {
      if (item !== undefined && item !== null) search.append(key, stringify(item));
    }
  }
  return search.toString();
}
