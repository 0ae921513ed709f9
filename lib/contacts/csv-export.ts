/** Formats contacts as CSV (one row per contact; several numbers, e-mails or addresses joined in one cell). */
import Papa from 'papaparse';
import type { Address, ContactResponse } from './contacts.types';

export const EXPORT_COLUMNS = ['id', 'name', 'emails', 'numbers', 'addresses', 'organization', 'scope'] as const;

// Cells starting like a formula would run in a spreadsheet; phone numbers (+49…) are left alone.
const FORMULA_START = /^(?:[=@\t\r]|[+-](?![\d\s(]))/;

function formatAddress(address: Address): string {
  const cityLine = [address.postalCode, address.locality].filter(Boolean).join(' ');
  return [address.poBox, address.extendedAddress, address.streetAddress, cityLine, address.region, address.country]
    .filter(Boolean)
    .join(', ');
}

export function contactsToCsv(contacts: readonly ContactResponse[], delimiter: string): string {
  const data = contacts.map((contact) => [
    contact.id,
    contact.name,
    (contact.emails ?? []).map((email) => email.email).join(' | '),
    (contact.numbers ?? []).map((number) => number.number).join(' | '),
    (contact.addresses ?? []).map(formatAddress).join(' | '),
    (contact.organization ?? []).map((unit) => unit.join(', ')).join(' | '),
    contact.scope,
  ]);
  return Papa.unparse(
    { fields: [...EXPORT_COLUMNS], data },
    { delimiter, newline: '\n', escapeFormulae: FORMULA_START },
  );
}
