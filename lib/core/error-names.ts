/**
 * Pins the public names of error classes. `error.name` comes from the class name, which
 * minifiers (ours for the script-tag bundle, and the users' own) shorten to one letter.
 * Call it once per file with `{ ClassName }` (shorthand keys survive minification).
 */
export function keepErrorNames(classes: Record<string, abstract new (...args: never[]) => Error>): void {
  for (const [name, errorClass] of Object.entries(classes)) Object.defineProperty(errorClass, 'name', { value: name });
}
