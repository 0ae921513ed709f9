/** XML escaping for attribute values and text; no Node imports (part of the browser bundle). */

const NEEDS_ESCAPE = /[&<>"']/;
const ESCAPE_ALL = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function entityFor(char: string): string {
  return ENTITIES[char];
}

/** Escapes & < > " ' so the value is safe both as text and inside a double-quoted attribute. */
export function escapeXml(value: string): string {
  // Most values (numbers, URLs) need nothing; testing first avoids a replace allocation.
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPE_ALL, entityFor) : value;
}
