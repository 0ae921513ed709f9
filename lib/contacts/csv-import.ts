/**
 * Reads a contacts CSV the way people write them (any column order, any header case, extra columns, quoted
 * fields, blank lines, `,` or `;`) and plans the import: which records can be stored, which columns and rows
 * are dropped and why, and whether the CSV upload (firstname, lastname, number only) can carry everything or
 * each contact must be created on its own to keep e-mail, company and address.
 */
import { CsvFormatError, csvCell, isBlankRow, parseCsv } from '../core/csv';
import { ValidationError } from '../core/errors';
import type { ContactImport, Email, PhoneNumber } from './contacts.types';
import { CSV_IMPORT_LIMITS } from './limits';
import { normalizeContactNumber, validateEmail } from './validators';

export const CSV_COLUMNS = ['firstname', 'lastname', 'number'] as const;

type AddressKey = 'poBox' | 'extendedAddress' | 'streetAddress' | 'locality' | 'region' | 'postalCode' | 'country';
type Role =
  | 'firstname'
  | 'lastname'
  | 'number'
  | 'name'
  | 'email'
  | 'company'
  | 'department'
  | `phone:${string}`
  | `address:${AddressKey}`;

/** Header spellings (lower case, without spaces, dashes, dots and underscores) and what they hold. */
const HEADER_ROLES: Record<string, Role> = {
  firstname: 'firstname',
  givenname: 'firstname',
  lastname: 'lastname',
  familyname: 'lastname',
  surname: 'lastname',
  number: 'number',
  name: 'name',
  displayname: 'name',
  email: 'email',
  emailaddress: 'email',
  mail: 'email',
  company: 'company',
  organization: 'company',
  organisation: 'company',
  org: 'company',
  department: 'department',
  mobile: 'phone:cell',
  mobilephone: 'phone:cell',
  cell: 'phone:cell',
  cellphone: 'phone:cell',
  homephone: 'phone:home',
  workphone: 'phone:work',
  businessphone: 'phone:work',
  fax: 'phone:fax',
  pobox: 'address:poBox',
  extendedaddress: 'address:extendedAddress',
  street: 'address:streetAddress',
  streetaddress: 'address:streetAddress',
  city: 'address:locality',
  locality: 'address:locality',
  region: 'address:region',
  state: 'address:region',
  postalcode: 'address:postalCode',
  postcode: 'address:postalCode',
  zip: 'address:postalCode',
  zipcode: 'address:postalCode',
  country: 'address:country',
};

function roleOf(header: string): Role | undefined {
  return HEADER_ROLES[header.toLowerCase().replace(/[\s\-._]/g, '')];
}

export interface CsvDroppedRow {
  /** Record number, counted from 1 for the first row after the header. */
  row: number;
  reason: string;
}

export interface CsvRecord {
  row: number;
  firstname: string;
  lastname: string;
  number: string;
  /** The whole contact when the record has more than the upload can carry. */
  extra?: Omit<ContactImport, 'firstname' | 'lastname'>;
}

export interface CsvImportPlan {
  records: CsvRecord[];
  /** True when some record holds data only POST /contacts can store (e-mail, company, address, more numbers). */
  needsCreate: boolean;
  droppedColumns: string[];
  droppedRows: CsvDroppedRow[];
  warnings: string[];
}

export interface PlanOptions {
  delimiter?: string;
  /** Throw a ValidationError for the first record that would be dropped, instead of reporting it. */
  strict?: boolean;
  meter?: { steps: number };
}

function parse(csvContent: unknown, options: PlanOptions): string[][] {
  if (typeof csvContent !== 'string' || csvContent.trim() === '') {
    throw new ValidationError(
      'csvContent',
      'csvContent must be a CSV string with a header row firstname,lastname,number',
    );
  }
  if (csvContent.length > CSV_IMPORT_LIMITS.maxInputChars) {
    throw new ValidationError(
      'csvContent',
      `csvContent has ${csvContent.length} characters; at most ${CSV_IMPORT_LIMITS.maxInputChars} are accepted in one call`,
    );
  }
  try {
    return parseCsv(csvContent, { delimiter: options.delimiter, meter: options.meter });
  } catch (error) {
    if (error instanceof CsvFormatError) throw new ValidationError('csvContent', `CSV ${error.message}`);
    throw error;
  }
}

/** Row-independent column layout: where each role is, and which columns nothing reads. */
function layout(header: string[]) {
  const columns = new Map<Role, number>();
  const unused: number[] = [];
  header.forEach((name, index) => {
    const role = roleOf(name.trim());
    if (role === undefined || columns.has(role)) unused.push(index);
    else columns.set(role, index);
  });
  const missing = CSV_COLUMNS.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    throw new ValidationError(
      'csvContent',
      `CSV header is missing the column(s) ${missing.join(', ')} (found: ${header.map((h) => h.trim()).join(', ') || 'none'})`,
    );
  }
  return { columns, unused };
}

type Cell = (role: Role) => string;

function extraOf(cell: Cell, columns: Map<Role, number>, row: number, warnings: string[]) {
  const extra: Omit<ContactImport, 'firstname' | 'lastname'> = {};
  const name = cell('name');
  if (name !== '') extra.name = name;
  const numbers: PhoneNumber[] = [];
  const emails: Email[] = [];
  const address: Partial<Record<AddressKey, string>> = {};
  for (const role of columns.keys()) {
    const value = cell(role);
    if (value === '') continue;
    if (role.startsWith('phone:')) {
      try {
        numbers.push({ number: normalizeContactNumber(value, 'number'), type: [role.slice(6)] });
      } catch {
        warnings.push(
          `CSV row ${row}: the ${role.slice(6)} number ${JSON.stringify(value)} is not a phone number and was dropped`,
        );
      }
    } else if (role === 'email') {
      try {
        emails.push(validateEmail({ email: value, type: [] }, 'email'));
      } catch {
        warnings.push(`CSV row ${row}: the e-mail address ${JSON.stringify(value)} is invalid and was dropped`);
      }
    } else if (role.startsWith('address:')) address[role.slice(8) as AddressKey] = value;
  }
  if (numbers.length > 0) extra.numbers = numbers;
  if (emails.length > 0) extra.emails = emails;
  if (Object.keys(address).length > 0) extra.addresses = [address];
  const company = [cell('company'), cell('department')].filter((part) => part !== '');
  if (company.length > 0) extra.organization = [company];
  return Object.keys(extra).length > 0 ? extra : undefined;
}

/** Plans the import of a CSV; throws a ValidationError (before any request) for unusable input. */
export function planCsvImport(csvContent: unknown, options: PlanOptions = {}): CsvImportPlan {
  const rows = parse(csvContent, options);
  while (rows.length > 0 && isBlankRow(rows[0])) rows.shift();
  const header = rows.shift() ?? [];
  if (rows.length > CSV_IMPORT_LIMITS.maxRecords) {
    throw new ValidationError('csvContent', `csvContent has more than ${CSV_IMPORT_LIMITS.maxRecords} records`);
  }
  const { columns, unused } = layout(header);
  const used = (index: number) => rows.some((cells) => (cells[index] ?? '').trim() !== '');
  const droppedColumns = unused.filter(used).map((index) => header[index].trim() || `column ${index + 1}`);
  const warnings: string[] = [];
  if (droppedColumns.length > 0) {
    warnings.push(`CSV column(s) ${droppedColumns.join(', ')} cannot be stored in a contact and were dropped`);
  }
  const records: CsvRecord[] = [];
  const droppedRows: CsvDroppedRow[] = [];
  const hasExtras = [...columns.keys()].some((role) => !(CSV_COLUMNS as readonly string[]).includes(role));
  const drop = (row: number, field: string, reason: string) => {
    if (options.strict) throw new ValidationError(`csvContent[${row}].${field}`, `CSV row ${row} ${reason}`);
    droppedRows.push({ row, reason });
    warnings.push(`CSV row ${row} ${reason} and was dropped`);
  };
  const firstnameAt = columns.get('firstname') ?? -1;
  const lastnameAt = columns.get('lastname') ?? -1;
  const numberAt = columns.get('number') ?? -1;
  const nameAt = columns.get('name') ?? -1;
  rows.forEach((cells, index) => {
    const row = index + 1;
    if (isBlankRow(cells)) {
      // A blank line is layout; a record of empty fields (`,,`) may be a mistake worth a word.
      if (cells.length > 1) warnings.push(`CSV row ${row} is an empty record and was skipped`);
      return;
    }
    const firstname = (cells[firstnameAt] ?? '').trim();
    const lastname = (cells[lastnameAt] ?? '').trim();
    const rawNumber = (cells[numberAt] ?? '').trim();
    if (firstname === '' && lastname === '' && (cells[nameAt] ?? '').trim() === '') {
      return drop(row, 'firstname', 'has neither a firstname nor a lastname');
    }
    let number: string;
    try {
      number = normalizeContactNumber(rawNumber, 'number');
    } catch {
      const who = [firstname, lastname].filter(Boolean).join(' ') || (cells[nameAt] ?? '').trim();
      const what = rawNumber === '' ? 'no number' : `an invalid number ${JSON.stringify(rawNumber)}`;
      const reason = `(${who}) has ${what}`;
      return drop(row, 'number', reason);
    }
    const record: CsvRecord = { row, firstname, lastname, number };
    if (hasExtras) {
      const cell: Cell = (role) => (cells[columns.get(role) ?? -1] ?? '').trim();
      record.extra = extraOf(cell, columns, row, warnings);
    }
    records.push(record);
  });
  if (records.length === 0) {
    warnings.push('CSV contains no contacts to import (only a header row, empty or dropped records); nothing was sent');
  }
  return { records, needsCreate: records.some((record) => record.extra), droppedColumns, droppedRows, warnings };
}

/** The body of POST /contacts/import/csv: exactly `firstname,lastname,number`, written directly. */
export function uploadCsv(records: readonly CsvRecord[]): string {
  let csv = 'firstname,lastname,number';
  for (const record of records) {
    csv += `\n${csvCell(record.firstname)},${csvCell(record.lastname)},${csvCell(record.number)}`;
  }
  return csv;
}

/** A record as the ContactImport that POST /contacts (and a retry through `create`) takes. */
export function recordToContact(record: CsvRecord): ContactImport {
  const { numbers = [], ...rest } = record.extra ?? {};
  return {
    firstname: record.firstname,
    lastname: record.lastname,
    ...rest,
    numbers: [{ number: record.number, type: [] }, ...numbers],
  };
}
