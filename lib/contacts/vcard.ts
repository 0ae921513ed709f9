/**
 * vCard 3.0/4.0 in and out, with the `vcf` package doing line folding and property parsing. `vcf` neither
 * escapes nor unescapes values, so RFC 6350 escaping (\\ \, \; \n) and the splitting of structured values
 * (N, ADR, ORG) on unescaped semicolons happen here.
 */
import vCard from 'vcf';
import { ValidationError } from '../core/errors';
import type { Address, ContactImport, ContactResponse, Email, PhoneNumber } from './contacts.types';

type Property = vCard.Property & { type?: string | string[] };

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** Splits a structured value on semicolons that are not escaped, then unescapes each part. */
export function splitStructured(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === '\\' && i + 1 < value.length) {
      current += char + value[i + 1];
      i += 1;
    } else if (char === ';') {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map(unescapeText);
}

function properties(card: vCard, key: string): Property[] {
  const value = card.data[key];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as Property[];
}

function text(property: Property | undefined): string {
  const value = property?.valueOf();
  return typeof value === 'string' ? value : '';
}

/** TYPE parameters, lower-cased by vcf; `internet` and `pref` say nothing the API stores. */
function types(property: Property): string[] {
  const raw = property.type === undefined ? [] : Array.isArray(property.type) ? property.type : [property.type];
  return raw.map((type) => type.toLowerCase()).filter((type) => type !== '' && type !== 'internet' && type !== 'pref');
}

function toAddress(property: Property): Address {
  const [
    poBox = '',
    extendedAddress = '',
    streetAddress = '',
    locality = '',
    region = '',
    postalCode = '',
    country = '',
  ] = splitStructured(text(property));
  return { poBox, extendedAddress, streetAddress, locality, region, postalCode, country };
}

/** One parsed card as a ContactImport; numbers are checked later, together with the rest of the contact. */
function cardToContact(card: vCard, cardNumber: number): ContactImport {
  const [family = '', given = ''] =
    properties(card, 'n').length > 0 ? splitStructured(text(properties(card, 'n')[0])) : [];
  const formatted = unescapeText(text(properties(card, 'fn')[0])).trim();
  if (formatted === '' && given.trim() === '' && family.trim() === '') {
    throw new ValidationError(`vcardContent[${cardNumber}]`, `vCard ${cardNumber} has no name (N or FN)`);
  }
  const numbers: PhoneNumber[] = properties(card, 'tel')
    .filter((property) => text(property).trim() !== '')
    .map((property) => ({ number: text(property).trim().replace(/^tel:/i, ''), type: types(property) }));
  if (numbers.length === 0) {
    throw new ValidationError(
      `vcardContent[${cardNumber}]`,
      `vCard ${cardNumber} (${formatted || `${given} ${family}`}) has no phone number (TEL)`,
    );
  }
  const emails: Email[] = properties(card, 'email')
    .filter((property) => text(property).trim() !== '')
    .map((property) => ({
      email: unescapeText(text(property))
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
    addresses: properties(card, 'adr').map(toAddress),
    organization: properties(card, 'org').map((property) =>
      splitStructured(text(property)).filter((part) => part !== ''),
    ),
  };
}

/** Parses one or many vCards (3.0 or 4.0) into contacts. Throws a ValidationError naming the card. */
export function parseVCards(vcardContent: unknown): ContactImport[] {
  if (typeof vcardContent !== 'string' || vcardContent.trim() === '') {
    throw new ValidationError('vcardContent', 'vcardContent must be a non-empty vCard string');
  }
  // vcf only understands CRLF line breaks; files from disk often have LF.
  const normalized = vcardContent
    .replace(/^\uFEFF/, '')
    .replace(/\r\n|\r|\n/g, '\r\n')
    .trim();
  if (!/^BEGIN:VCARD/i.test(normalized)) {
    throw new ValidationError('vcardContent', 'vcardContent must start with BEGIN:VCARD');
  }
  const chunks = normalized
    .split(/(?=^BEGIN:VCARD)/gim)
    .map((chunk) => chunk.trim())
    .filter(Boolean);
  return chunks.map((chunk, index) => {
    let card: vCard;
    try {
      card = new vCard().parse(chunk);
    } catch (error) {
      throw new ValidationError(
        `vcardContent[${index + 1}]`,
        `vCard ${index + 1} cannot be parsed: ${(error as Error).message}`,
      );
    }
    if (card.version !== '3.0' && card.version !== '4.0') {
      throw new ValidationError(
        `vcardContent[${index + 1}]`,
        `vCard ${index + 1} has version ${card.version}; 3.0 and 4.0 are supported`,
      );
    }
    return cardToContact(card, index + 1);
  });
}

/** TYPE parameter values must not break the line syntax; anything but letters, digits and dashes is dropped. */
function typeParams(typeList: readonly string[] | undefined): { type: string | string[] } | undefined {
  const clean = (typeList ?? []).filter((type) => /^[A-Za-z0-9-]+$/.test(type));
  if (clean.length === 0) return undefined;
  return { type: clean.length === 1 ? clean[0] : clean };
}

/** The API returns only a display name; N is derived from it (last word = family name). */
function nameParts(name: string): [family: string, given: string] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return [words[0] ?? '', ''];
  return [words[words.length - 1], words.slice(0, -1).join(' ')];
}

/** One standard vCard 4.0 (FN, N, TEL;TYPE=…, EMAIL, ADR with 7 components, ORG). */
export function contactToVCard(contact: ContactResponse): string {
  const card = new vCard();
  const [family, given] = nameParts(contact.name ?? '');
  card.add('fn', escapeText(contact.name ?? ''));
  card.add('n', [family, given, '', '', ''].map(escapeText).join(';'));
  for (const number of contact.numbers ?? []) card.add('tel', number.number, typeParams(number.type));
  for (const email of contact.emails ?? []) card.add('email', escapeText(email.email), typeParams(email.type));
  for (const address of contact.addresses ?? []) {
    const parts = [
      address.poBox,
      address.extendedAddress,
      address.streetAddress,
      address.locality,
      address.region,
      address.postalCode,
      address.country,
    ];
    card.add('adr', parts.map((part) => escapeText(part ?? '')).join(';'));
  }
  for (const unit of contact.organization ?? []) {
    if (unit.length > 0) card.add('org', unit.map(escapeText).join(';'));
  }
  return card.toString('4.0');
}

/** Several cards as one address book. */
export function contactsToAddressBook(contacts: readonly ContactResponse[]): string {
  return contacts.map(contactToVCard).join('\r\n');
}
