/**
 * Request checks for handlers: each failure is a 400 naming the field, as the real API answers bad bodies.
 */
import { HttpError } from '../http';
import type { RequestContext } from '../context';
import type { Json } from '../state';

export function bodyObject(ctx: RequestContext): Json {
  const body = ctx.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'request body must be a JSON object');
  }
  return body as Json;
}

export function bodyArray(ctx: RequestContext): unknown[] {
  if (!Array.isArray(ctx.body)) throw new HttpError(400, 'request body must be a JSON array');
  return ctx.body;
}

export function requiredString(body: Json, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '') throw new HttpError(400, `${field} must be a non-empty string`);
  return value;
}

export function optionalString(body: Json, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new HttpError(400, `${field} must be a string`);
  return value;
}

export function requiredBoolean(body: Json, field: string): boolean {
  const value = body[field];
  if (typeof value !== 'boolean') throw new HttpError(400, `${field} must be a boolean`);
  return value;
}

/** The official client sends some booleans as "true"/"false" strings; the real API accepts both. */
export function optionalBoolean(body: Json, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  if (typeof value !== 'boolean') throw new HttpError(400, `${field} must be a boolean`);
  return value;
}

export function optionalStringArray(body: Json, field: string): string[] | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new HttpError(400, `${field} must be an array of strings`);
  }
  return value as string[];
}

/** Integer query parameter within bounds, or the default when absent. */
export function queryInteger(ctx: RequestContext, name: string, fallback: number, min: number, max: number): number {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw)) throw new HttpError(400, `${name} must be an integer`);
  const value = Number(raw);
  if (value < min || value > max) throw new HttpError(400, `${name} must be between ${min} and ${max}`);
  return value;
}

export function queryBoolean(ctx: RequestContext, name: string): boolean | undefined {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') return undefined;
  if (raw !== 'true' && raw !== 'false') throw new HttpError(400, `${name} must be true or false`);
  return raw === 'true';
}

/** Repeated query keys (`types=CALL&types=SMS`); comma lists are accepted too. */
export function queryList(ctx: RequestContext, name: string, allowed?: readonly string[]): string[] {
  const values = ctx.query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .filter((v) => v !== '');
  if (allowed) {
    const bad = values.find((value) => !allowed.includes(value));
    if (bad !== undefined) throw new HttpError(400, `${name} must be one of ${allowed.join(', ')}`);
  }
  return values;
}

export function notFound(what: string): HttpError {
  return new HttpError(404, `${what} not found`);
}

/** The web user in the path must be one of the account's users. */
export function requireUser(ctx: RequestContext): string {
  const userId = ctx.params.userId;
  if (!ctx.state.users.some((user) => user.id === userId)) throw notFound(`user ${userId}`);
  return userId;
}

/** The path's user's share of the account's lines: all of them for the web user who owns them, none for others. */
export function userItems<T>(ctx: RequestContext, items: T[]): T[] {
  return requireUser(ctx) === ctx.state.webuserId ? items : [];
}
