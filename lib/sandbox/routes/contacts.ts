/**
 * Contacts: list with phone-number filter and offset/limit/totalCount, create, update, delete, CSV import.
 */
import { csvRecords, UnbalancedQuotesError } from '../csv-records';
import type { Router } from '../router';
import type { RequestContext } from '../context';
import { HttpError } from '../http';
import { newId, type Json } from '../state';
import { bodyObject, notFound, optionalString, queryInteger, queryList, requiredString } from './input';

const INT32_MAX = 2147483647;
const SCOPES = ['PRIVATE', 'SHARED'];

function digits(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\D/g, '') : '';
}

function arrayOfObjects(body: Json, field: string): Json[] {
  const value = body[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => item === null || typeof item !== 'object' || Array.isArray(item))) {
    throw new HttpError(400, `${field} must be an array of objects`);
  }
  return value as Json[];
}

function organization(body: Json): string[][] {
  const value = body.organization;
  if (value === undefined || value === null) return [];
  const valid =
    Array.isArray(value) && value.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === 'string'));
  if (!valid) throw new HttpError(400, 'organization must be an array of string arrays');
  return value as string[][];
}

function typeList(item: Json, field: string): string[] {
  const type = item.type;
  if (type === undefined || type === null) return [];
  if (!Array.isArray(type) || type.some((t) => typeof t !== 'string'))
    throw new HttpError(400, `${field}.type must be an array of strings`);
  return type as string[];
}

/** Builds the stored contact from a Create/UpdateContactRequest, rejecting malformed fields. */
function contactFromBody(body: Json, id: string): Json {
  const scope = requiredString(body, 'scope');
  if (!SCOPES.includes(scope)) throw new HttpError(400, 'scope must be PRIVATE or SHARED');
  const given = optionalString(body, 'given') ?? '';
  const family = optionalString(body, 'family') ?? '';
  const name = optionalString(body, 'name') ?? `${given} ${family}`.trim();
  return {
    id,
    name,
    picture: optionalString(body, 'picture') ?? '',
    emails: arrayOfObjects(body, 'emails').map((e) => ({ email: String(e.email ?? ''), type: typeList(e, 'emails') })),
    numbers: arrayOfObjects(body, 'numbers').map((n) => ({
      number: String(n.number ?? ''),
      type: typeList(n, 'numbers'),
    })),
    addresses: arrayOfObjects(body, 'addresses').map((a) => {
      const address: Json = {};
      for (const key of ['poBox', 'extendedAddress', 'streetAddress', 'locality', 'region', 'postalCode', 'country']) {
        if (typeof a[key] === 'string') address[key] = a[key];
      }
      return address;
    }),
    organization: organization(body),
    scope,
  };
}

function importCsv(ctx: RequestContext) {
  const base64Content = requiredString(bodyObject(ctx), 'base64Content');
  if (!/^[A-Za-z0-9+/=\s]*$/.test(base64Content)) throw new HttpError(400, 'base64Content is not base64');
  const text = Buffer.from(base64Content, 'base64')
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  let parsed: ReturnType<typeof csvRecords>;
  try {
    parsed = csvRecords(text);
  } catch (error) {
    if (error instanceof UnbalancedQuotesError) throw new HttpError(400, 'the CSV has unbalanced quotes');
    throw error;
  }
  if (!['firstname', 'lastname', 'number'].every((column) => parsed.fields.includes(column))) {
    throw new HttpError(400, 'the CSV needs the header firstname,lastname,number');
  }
  const created = parsed.rows.map((row) => {
    const given = (row.firstname ?? '').trim();
    const family = (row.lastname ?? '').trim();
    const number = (row.number ?? '').trim();
    return {
      id: newId(ctx.state, 'ct'),
      name: `${given} ${family}`.trim(),
      picture: '',
      emails: [],
      numbers: number === '' ? [] : [{ number, type: ['other'] }],
      addresses: [],
      organization: [],
      scope: 'PRIVATE',
    };
  });
  ctx.state.contacts.push(...created);
  return { status: 204 };
}

function findIndex(ctx: RequestContext): number {
  const index = ctx.state.contacts.findIndex((c) => c.id === ctx.params.contactId);
  if (index < 0) throw notFound(`contact ${ctx.params.contactId}`);
  return index;
}

export function registerContactRoutes(router: Router): void {
  router
    .add('GET', '/contacts', (ctx) => {
      const wanted = queryList(ctx, 'phonenumbers')
        .map(digits)
        .filter((d) => d !== '');
      const offset = queryInteger(ctx, 'offset', 0, 0, INT32_MAX);
      const limit = queryInteger(ctx, 'limit', 5000, 0, INT32_MAX);
      const matching = ctx.state.contacts.filter(
        (contact) => wanted.length === 0 || (contact.numbers as Json[]).some((n) => wanted.includes(digits(n.number))),
      );
      return { status: 200, body: { items: matching.slice(offset, offset + limit), totalCount: matching.length } };
    })
    .add('POST', '/contacts', (ctx) => {
      ctx.state.contacts.push(contactFromBody(bodyObject(ctx), newId(ctx.state, 'ct')));
      return { status: 204 };
    })
    .add('DELETE', '/contacts', (ctx) => {
      // The official client calls this "delete all private": shared contacts survive.
      ctx.state.contacts = ctx.state.contacts.filter((c) => c.scope !== 'PRIVATE');
      return { status: 204 };
    })
    .add('PUT', '/contacts/{contactId}', (ctx) => {
      const index = findIndex(ctx);
      ctx.state.contacts[index] = contactFromBody(bodyObject(ctx), ctx.params.contactId);
      return { status: 204 };
    })
    .add('DELETE', '/contacts/{contactId}', (ctx) => {
      ctx.state.contacts.splice(findIndex(ctx), 1);
      return { status: 204 };
    })
    .add('POST', '/contacts/import/csv', importCsv);
}
