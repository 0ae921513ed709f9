/**
 * Contacts as CSV. The default layout is the official package's: every cell quoted, a header
 * `id,name,emails,numbers,addresses,organizations`, list cells as JSON, `\n` between rows. The `flat` layout
 * joins lists as readable text and adds the scope. Both neutralise cells a spreadsheet would run as a formula.
 */
import { csvCell, neutraliseFormula, quotedCsvCell } from '../core/csv';
import type { Address, ContactResponse, ContactsCsvFormat } from './contacts.types';

export const OFFICIAL_EXPORT_COLUMNS = ['id', 'name', 'emails', 'numbers', 'addresses', 'organizations'] as const;
export const FLAT_EXPORT_COLUMNS = ['id', 'name', 'emails', 'numbers', 'addresses', 'organization', 'scope'] as const;
/** Joins several numbers, e-mails or addresses in one cell of the flat layout. */
export const FLAT_SEPARATOR = ' | ';

/** Appends `part` to `text` with `separator` between, skipping empty parts (no arrays on the hot path). */
function joinPart(text: string, part: string | undefined, separator: string): string {
  if (!part) return text;
  return text === '' ? part : `${text}${separator}${part}`;
}

function formatAddress(address: Address): string {
  const cityLine = joinPart(address.postalCode ?? '', address.locality, ' ');
  let text = joinPart('', address.poBox, ', ');
  text = joinPart(text, address.extendedAddress, ', ');
  text = joinPart(text, address.streetAddress, ', ');
  text = joinPart(text, cityLine, ', ');
  text = joinPart(text, address.region, ', ');
  return joinPart(text, address.country, ', ');
}

// Strings JSON.stringify would escape (quotes, backslashes, control characters, lone surrogates).
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Doubled JSON of object keys: the API's objects repeat a handful of keys, so each is written once per process. */
const doubledKeys = new Map<string, string>();

function doubledKey(key: string): string {
  let doubled = doubledKeys.get(key);
  if (doubled === undefined) {
    doubled = doubledJson(key);
    if (doubledKeys.size < 256) doubledKeys.set(key, doubled);
  }
  return doubled;
}

/**
 * JSON.stringify(value) with every `"` doubled, as it appears inside a quoted CSV cell, written in one go
 * instead of serialising and then replacing (the export's hot path). Same output as JSON.stringify for the
 * plain data the API returns.
 */
function doubledJson(value: unknown): string {
  if (typeof value === 'string') {
    return JSON_ESCAPED.test(value) ? JSON.stringify(value).replaceAll('"', '""') : `""${value}""`;
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (i > 0) out += ',';
      out += item === undefined || typeof item === 'function' ? 'null' : doubledJson(item);
    }
    return `${out}]`;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let out = '{';
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined || typeof item === 'function') continue;
      out += `${out.length > 1 ? ',' : ''}${doubledKey(key)}:${doubledJson(item)}`;
    }
    return `${out}}`;
  }
  return (JSON.stringify(value) ?? 'null').replaceAll('"', '""');
}

/** A JSON cell (always starts with `[`, so it never starts a formula). */
function jsonCell(value: unknown): string {
  return `"${doubledJson(value ?? [])}"`;
}

function textCell(value: unknown): string {
  return quotedCsvCell(neutraliseFormula(value === undefined || value === null ? '' : String(value)));
}

function officialCsv(contacts: readonly ContactResponse[], delimiter: string): string {
  const rows = [OFFICIAL_EXPORT_COLUMNS.map(quotedCsvCell).join(delimiter)];
  for (const contact of contacts) {
    rows.push(
      `${textCell(contact.id)}${delimiter}${textCell(contact.name)}` +
        `${delimiter}${jsonCell((contact.emails ?? []).map((email) => email.email))}` +
        `${delimiter}${jsonCell((contact.numbers ?? []).map((number) => number.number))}` +
        `${delimiter}${jsonCell(contact.addresses)}${delimiter}${jsonCell(contact.organization)}`,
    );
  }
  return rows.join('\n');
}

function flatCsv(contacts: readonly ContactResponse[], delimiter: string): string {
  const cell = (value: string, phoneColumn = false) =>
    csvCell(neutraliseFormula(value, phoneColumn, FLAT_SEPARATOR), delimiter);
  let out = FLAT_EXPORT_COLUMNS.join(delimiter);
  for (const contact of contacts) {
    out +=
      `\n${cell(contact.id ?? '')}${delimiter}${cell(contact.name ?? '')}` +
      `${delimiter}${cell((contact.emails ?? []).map((email) => email.email).join(FLAT_SEPARATOR))}` +
      `${delimiter}${cell((contact.numbers ?? []).map((number) => number.number).join(FLAT_SEPARATOR), true)}` +
      `${delimiter}${cell((contact.addresses ?? []).map(formatAddress).join(FLAT_SEPARATOR))}` +
      `${delimiter}${cell((contact.organization ?? []).map((unit) => unit.join(', ')).join(FLAT_SEPARATOR))}` +
      `${delimiter}${cell(contact.scope ?? '')}`;
  }
  return out;
}

export function contactsToCsv(
  contacts: readonly ContactResponse[],
  delimiter: string,
  format: ContactsCsvFormat = 'official',
): string {
  return format === 'flat' ? flatCsv(contacts, delimiter) : officialCsv(contacts, delimiter);
}
