/**
 * vCard 3.0/4.0 in and out. Reading goes through the linear reader in vcard-parse.ts; this file maps cards to
 * contacts (RFC 6350 unescaping, structured N/ADR/ORG values split on unescaped semicolons) and writes
 * contacts as vCard 4.0 text directly, with one escape pass per value and lines folded at 75 octets.
 */
import { ValidationError } from '../core/errors';
import type { Address, ContactImport, ContactResponse, Email, PhoneNumber } from './contacts.types';
import { readVCards, type RawVCard, type VCardProperty } from './vcard-parse';

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  ',': '\\,',
  ';': '\\;',
  '\r\n': '\\n',
  '\r': '\\n',
  '\n': '\\n',
};
const NEEDS_ESCAPE = /[\\,;\r\n]/;
const ESCAPE_ALL = /\r\n|[\\,;\r\n]/g;

/** RFC 6350 text escaping in one pass (`\\`, `\,`, `\;`, line breaks as `\n`). */
export function escapeText(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPE_ALL, (match) => ESCAPES[match]) : value;
}

export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\([\\,;nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** Splits a structured value on semicolons that are not escaped, then unescapes each part. */
export function splitStructured(value: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 92 /* \ */) i += 1;
    else if (code === 59 /* ; */) {
      parts.push(unescapeText(value.slice(start, i)));
      start = i + 1;
    }
  }
  parts.push(unescapeText(value.slice(start)));
  return parts;
}

function all(card: RawVCard, name: string): VCardProperty[] {
  return card.properties.filter((property) => property.name === name);
}

/** TYPE parameters, lower-cased; `internet` and `pref` say nothing the API stores. */
function types(property: VCardProperty): string[] {
  return (property.params.TYPE ?? [])
    .flatMap((type) => type.split(','))
    .map((type) => type.trim().toLowerCase())
    .filter((type) => type !== '' && type !== 'internet' && type !== 'pref');
}

function toAddress(property: VCardProperty): Address {
  const [
    poBox = '',
    extendedAddress = '',
    streetAddress = '',
    locality = '',
    region = '',
    postalCode = '',
    country = '',
  ] = splitStructured(property.value);
  return { poBox, extendedAddress, streetAddress, locality, region, postalCode, country };
}

/** One parsed card as a ContactImport; numbers are checked later, together with the rest of the contact. */
function cardToContact(card: RawVCard): ContactImport {
  const cardNumber = card.number;
  const nameProperty = all(card, 'N')[0];
  const [family = '', given = ''] = nameProperty ? splitStructured(nameProperty.value) : [];
  const formatted = unescapeText(all(card, 'FN')[0]?.value ?? '').trim();
  if (formatted === '' && given.trim() === '' && family.trim() === '') {
    throw new ValidationError(`vcardContent[${cardNumber}]`, `vCard ${cardNumber} has no name (N or FN)`);
  }
  const numbers: PhoneNumber[] = all(card, 'TEL')
    .filter((property) => property.value.trim() !== '')
    .map((property) => ({
      number: unescapeText(property.value).trim().replace(/^tel:/i, ''),
      type: types(property),
    }));
  if (numbers.length === 0) {
    throw new ValidationError(
      `vcardContent[${cardNumber}]`,
      `vCard ${cardNumber} (${formatted || `${given} ${family}`}) has no phone number (TEL)`,
    );
  }
  const emails: Email[] = all(card, 'EMAIL')
    .filter((property) => property.value.trim() !== '')
    .map((property) => ({
      email: unescapeText(property.value)
        .trim()
        .replace(/^mailto:/i, ''),
      type: types(property),
    }));
  return {
    firstname: given.trim(),
    lastname: family.trim(),
    name: formatted || undefined,
    numbers,
    emails,
    addresses: all(card, 'ADR').map(toAddress),
    organization: all(card, 'ORG').map((property) => splitStructured(property.value).filter((part) => part !== '')),
  };
}

/**
 * Parses one or many vCards (3.0 or 4.0) into contacts, in time linear in the input. Throws a ValidationError
 * naming the card; input beyond VCARD_LIMITS is refused.
 */
export function parseVCards(vcardContent: unknown, meter?: { steps: number }): ContactImport[] {
  return readVCards(vcardContent, meter).map(cardToContact);
}

/** TYPE parameter values must not break the line syntax; anything but letters, digits and dashes is dropped. */
function typeParam(typeList: readonly string[] | undefined): string {
  if (typeList === undefined || typeList.length === 0) return '';
  const clean = typeList.filter((type) => /^[A-Za-z0-9-]+$/.test(type));
  return clean.length === 0 ? '' : `;TYPE=${clean.join(',')}`;
}

/** The API returns only a display name; N is derived from it (last word = family name). */
function nameParts(name: string): [family: string, given: string] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return [words[0] ?? '', ''];
  return [words[words.length - 1], words.slice(0, -1).join(' ')];
}

const FOLD_OCTETS = 75;

/** Folds a content line after at most 75 UTF-8 octets (RFC 6350 3.2), never inside a character. */
export function foldLine(line: string): string {
  // Every UTF-16 unit is at most 3 octets, so short lines need no counting.
  if (line.length * 3 <= FOLD_OCTETS) return line;
  let out = '';
  let start = 0;
  let octets = 0;
  let limit = FOLD_OCTETS;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < line.length;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (octets + size > limit) {
      out += `${line.slice(start, i)}\r\n `;
      start = i;
      octets = 0;
      limit = FOLD_OCTETS - 1;
    }
    octets += size;
    if (pair) i += 1;
  }
  return start === 0 ? line : out + line.slice(start);
}

/** One standard vCard 4.0 (FN, N, TEL;TYPE=…, EMAIL, ADR with 7 components, ORG). */
export function contactToVCard(contact: ContactResponse): string {
  const name = contact.name ?? '';
  const [family, given] = nameParts(name);
  let card = `BEGIN:VCARD\r\nVERSION:4.0\r\n${foldLine(`FN:${escapeText(name)}`)}\r\n`;
  card += `${foldLine(`N:${escapeText(family)};${escapeText(given)};;;`)}\r\n`;
  for (const number of contact.numbers ?? []) {
    card += `${foldLine(`TEL${typeParam(number.type)}:${escapeText(number.number ?? '')}`)}\r\n`;
  }
  for (const email of contact.emails ?? []) {
    card += `${foldLine(`EMAIL${typeParam(email.type)}:${escapeText(email.email ?? '')}`)}\r\n`;
  }
  for (const address of contact.addresses ?? []) {
    const value =
      `${escapeText(address.poBox ?? '')};${escapeText(address.extendedAddress ?? '')};` +
      `${escapeText(address.streetAddress ?? '')};${escapeText(address.locality ?? '')};` +
      `${escapeText(address.region ?? '')};${escapeText(address.postalCode ?? '')};${escapeText(address.country ?? '')}`;
    card += `${foldLine(`ADR:${value}`)}\r\n`;
  }
  for (const unit of contact.organization ?? []) {
    if (unit.length > 0) card += `${foldLine(`ORG:${unit.map(escapeText).join(';')}`)}\r\n`;
  }
  return `${card}END:VCARD`;
}

/** Several cards as one address book. */
export function contactsToAddressBook(contacts: readonly ContactResponse[]): string {
  return contacts.map(contactToVCard).join('\r\n');
}
