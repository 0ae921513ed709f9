/**
 * Builds API paths with every interpolated value percent-encoded, so an id
 * such as `a/b?c` can never change which endpoint is called.
 */
export function apiPath(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  return strings.reduce((result, part, index) => {
    const value = index < values.length ? encodeURIComponent(String(values[index])) : '';
    return result + part + value;
  }, '');
}
