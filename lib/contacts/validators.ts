/** Input checks of the contacts module and the mapping to API bodies; each throws a ValidationError before any request. */
import { ValidationError } from '../core/errors';
import {
  isPhoneNumber,
  normalizePhoneNumber,
  requireObject,
  requireString,
  validateInteger,
  validatePagination,
  type PaginationInput,
} from '../core/validators';
import type {
  Address,
  ContactImport,
  ContactsDTO,
  ContactsExportFilter,
  ContactUpdate,
  Email,
  ExportScope,
  PhoneNumber,
  Scope,
  ContactsCsvFormat,
} from './contacts.types';

const SCOPES: readonly Scope[] = ['PRIVATE', 'SHARED'];
const EXPORT_SCOPES: readonly ExportScope[] = ['PRIVATE', 'SHARED', 'INTERNAL', 'ALL'];
const ADDRESS_FIELDS: ReadonlyArray<keyof Address> = [
  'poBox',
  'extendedAddress',
  'streetAddress',
  'locality',
  'region',
  'postalCode',
  'country',
];
// Deliberately loose: one @, no spaces, a dot in the domain. Real validation is the mail server's job.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** GET /contacts declares int32 offset/limit and no smaller maximum. */
export const MAX_CONTACTS_LIMIT = 2147483647;

export function validateScope(scope: unknown, field = 'scope'): Scope {
  if (!SCOPES.includes(scope as Scope)) {
    throw new ValidationError(field, `${field} must be PRIVATE or SHARED, got ${JSON.stringify(scope)}`);
  }
  return scope as Scope;
}

export function validateExportScope(scope: unknown, field = 'scope'): ExportScope {
  if (!EXPORT_SCOPES.includes(scope as ExportScope)) {
    throw new ValidationError(
      field,
      `${field} must be one of ${EXPORT_SCOPES.join(', ')}, got ${JSON.stringify(scope)}`,
    );
  }
  return scope as ExportScope;
}

export function validateContactsPagination(pagination: PaginationInput | undefined): void {
  validatePagination(pagination, MAX_CONTACTS_LIMIT);
}

export function validatePageSize(pageSize: unknown): number {
  return validateInteger(pageSize, 'pageSize', 1, MAX_CONTACTS_LIMIT);
}

export function validateConcurrency(concurrency: unknown): number {
  return validateInteger(concurrency, 'concurrency', 1, 64);
}

/** A CSV delimiter is one character that cannot be confused with quoting or line breaks. */
export function validateDelimiter(delimiter: unknown): string {
  if (typeof delimiter !== 'string' || [...delimiter].length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new ValidationError(
      'delimiter',
      `delimiter must be a single character other than a quote or line break, got ${JSON.stringify(delimiter)}`,
    );
  }
  return delimiter;
}

export function validateCsvFormat(format: unknown): ContactsCsvFormat {
  if (format === undefined) return 'official';
  if (format !== 'official' && format !== 'flat') {
    throw new ValidationError(
      'options.format',
      `options.format must be 'official' or 'flat', got ${JSON.stringify(format)}`,
    );
  }
  return format;
}

export function validateContactId(id: unknown, field = 'id'): string {
  return requireString(id, field);
}

export function validateExportFilter(filter: unknown): { phonenumbers?: string[] } {
  if (filter === undefined || filter === null) return {};
  const phonenumbers = (filter as ContactsExportFilter).phonenumbers;
  if (typeof filter !== 'object' || !Array.isArray(phonenumbers)) {
    throw new ValidationError('filter.phonenumbers', 'filter.phonenumbers must be an array of phone numbers');
  }
  return {
    phonenumbers: phonenumbers.map((number, index) => normalizePhoneNumber(number, `filter.phonenumbers[${index}]`)),
  };
}

function optionalString(value: unknown, field: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new ValidationError(field, `${field} must be a string`);
  return value;
}

function validateTypes(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((type) => typeof type !== 'string')) {
    throw new ValidationError(field, `${field} must be an array of strings`);
  }
  return [...value] as string[];
}

export function validateEmail(value: unknown, field: string): Email {
  const email = (value as Email | null)?.email;
  if (typeof email !== 'string' || !EMAIL_PATTERN.test(email.trim())) {
    throw new ValidationError(
      `${field}.email`,
      `${field}.email must be an e-mail address, got ${JSON.stringify(email)}`,
    );
  }
  return { email: email.trim(), type: validateTypes((value as Email).type, `${field}.type`) };
}

// A national number as address books hold it (`0211 123-45`, `(0211) 12345`): a leading 0, then 5 to 14 digits.
const E164 = /^\+[1-9][0-9]{1,14}$/;
const NATIONAL_NUMBER = /^0[1-9][0-9]{4,13}$/;

/**
 * A contact's number: international forms are normalised to E.164 (`0049 211 …` → `+49211…`); national
 * numbers, which the API stores as they are (and the official package sends unchanged), are kept as written.
 */
export function normalizeContactNumber(value: unknown, field: string): string {
  if (typeof value === 'string') {
    if (E164.test(value)) return value;
    const trimmed = value.trim();
    const compact = trimmed.replace(/[\s\-./()]/g, '');
    if (NATIONAL_NUMBER.test(compact) && /^[0-9\s\-./()]+$/.test(trimmed)) return trimmed;
    if (isPhoneNumber(trimmed)) return normalizePhoneNumber(trimmed, field);
  }
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
  throw new ValidationError(
    field,
    `${field} must be a phone number, international (+4921112345678) or national (0211 12345678), got ${shown}`,
  );
}

export function validateNumber(value: unknown, field: string): PhoneNumber {
  const number = normalizeContactNumber((value as PhoneNumber | null)?.number, `${field}.number`);
  return { number, type: validateTypes((value as PhoneNumber).type, `${field}.type`) };
}

export function validateAddress(value: unknown, field: string): Address {
  requireObject(value, field, 'an address object');
  const input = value as Partial<Address>;
  const address = {} as Address;
  for (const key of ADDRESS_FIELDS) address[key] = optionalString(input[key], `${field}.${key}`);
  return address;
}

/** Accepts one organisation (string[]) or several (string[][]), as the contract and the API differ. */
export function validateOrganization(value: unknown, field = 'organization'): string[][] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ValidationError(field, `${field} must be an array`);
  if (value.every((part) => typeof part === 'string')) return value.length === 0 ? [] : [[...(value as string[])]];
  return value.map((unit, index) => {
    if (!Array.isArray(unit) || unit.some((part) => typeof part !== 'string')) {
      throw new ValidationError(`${field}[${index}]`, `${field}[${index}] must be an array of strings`);
    }
    return [...(unit as string[])];
  });
}

function list<T>(single: T | undefined, many: T[] | undefined, field: string): T[] {
  if (many !== undefined && !Array.isArray(many)) throw new ValidationError(field, `${field} must be an array`);
  return [...(single === undefined || single === null ? [] : [single]), ...(many ?? [])];
}

/** Turns a ContactImport into the POST /contacts body, checking every part. */
export function toContactBody(contact: ContactImport, scope: Scope, field = 'contact'): ContactsDTO {
  requireObject(contact, field);
  const given = optionalString(contact.firstname, `${field}.firstname`).trim();
  const family = optionalString(contact.lastname, `${field}.lastname`).trim();
  const name = optionalString(contact.name, `${field}.name`).trim() || [given, family].filter(Boolean).join(' ');
  if (name === '') throw new ValidationError(`${field}.firstname`, `${field} needs a firstname, a lastname or a name`);
  const body: ContactsDTO = {
    name,
    family,
    given,
    emails: list(contact.email, contact.emails, `${field}.emails`).map((email, index) =>
      validateEmail(email, `${field}.emails[${index}]`),
    ),
    numbers: list(contact.phone, contact.numbers, `${field}.numbers`).map((number, index) =>
      validateNumber(number, `${field}.numbers[${index}]`),
    ),
    addresses: list(contact.address, contact.addresses, `${field}.addresses`).map((address, index) =>
      validateAddress(address, `${field}.addresses[${index}]`),
    ),
    organization: validateOrganization(contact.organization, `${field}.organization`),
    scope: validateScope(scope),
  };
  // The spec types picture as a string; leave it out rather than send null.
  if (contact.picture !== undefined && contact.picture !== null)
    body.picture = optionalString(contact.picture, `${field}.picture`);
  return body;
}

/** Checks a ContactUpdate and builds the PUT /contacts/{id} body. */
export function toUpdateBody(contact: ContactUpdate): ContactsDTO & { id: string } {
  requireObject(contact, 'contact');
  const id = validateContactId(contact.id, 'contact.id');
  const name = requireString(contact.name, 'contact.name');
  const parts = name.trim().split(/\s+/);
  const body = toContactBody(
    {
      name,
      firstname: contact.given ?? parts.slice(0, -1).join(' '),
      lastname: contact.family ?? parts[parts.length - 1],
      numbers: contact.numbers ?? [],
      emails: contact.emails ?? [],
      addresses: contact.addresses ?? [],
      organization: contact.organization,
      picture: contact.picture ?? undefined,
    },
    validateScope(contact.scope, 'contact.scope'),
  );
  return { id, ...body };
}
