/** Input checks and query mapping of the history module; each check throws a ValidationError before any request. */
import { ValidationError } from '../core/errors';
import { requirePathValue } from '../core/path';
import type { QueryParams } from '../core/query';
import {
  validateBoolean,
  validateDate,
  validateExtension,
  validateInteger,
  validatePagination,
  type PaginationInput,
} from '../core/validators';
import {
  HistoryDirection,
  HistoryEntryType,
  Starred,
  type HistoryEntryUpdateOptions,
  type HistoryEntryUpdateOptionsWithId,
  type HistoryFilter,
} from './history.types';

/** GET /history and /history/export accept at most 1000 entries per page. */
export const MAX_HISTORY_LIMIT = 1000;

const EXPORT_FILTER_KEYS = new Set([
  'connectionIds',
  'types',
  'directions',
  'archived',
  'starred',
  'from',
  'to',
  'startDate',
  'endDate',
]);
const FILTER_KEYS = new Set([...EXPORT_FILTER_KEYS, 'phonenumber']);
/** Digits with the separators people type, optionally a leading `+`: national numbers (`0211 …`) included. */
const PHONE_FILTER_PATTERN = /^\+?[0-9][0-9 \-./()]*$/;

function validateEnumList<T extends string>(value: unknown, field: string, allowed: readonly T[]): T[] {
  if (!Array.isArray(value)) throw new ValidationError(field, `${field} must be an array of ${allowed.join(', ')}`);
  return value.map((item, index) => {
    if (!allowed.includes(item as T)) {
      throw new ValidationError(
        `${field}[${index}]`,
        `${field}[${index}] must be one of ${allowed.join(', ')}, got ${JSON.stringify(item)}`,
      );
    }
    return item as T;
  });
}

function validateExtensionList(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) throw new ValidationError(field, `${field} must be an array of extension ids`);
  return value.map((item, index) => validateExtension(item, `${field}[${index}]`));
}

/** The number is passed on as given (the API matches national and international forms). */
function phoneFilter(value: unknown): string {
  const field = 'filter.phonenumber';
  if (typeof value !== 'string' || !PHONE_FILTER_PATTERN.test(value.trim())) {
    throw new ValidationError(field, `${field} must be a phone number such as +4921112345 or 021112345`);
  }
  return value.trim();
}

function starredParam(value: unknown): Starred {
  if (value === true || value === Starred.STARRED) return Starred.STARRED;
  if (value === false || value === Starred.UNSTARRED) return Starred.UNSTARRED;
  throw new ValidationError(
    'filter.starred',
    `filter.starred must be true, false, STARRED or UNSTARRED, got ${JSON.stringify(value)}`,
  );
}

function dateParam(primary: unknown, alias: unknown, field: string, aliasField: string): Date | undefined {
  if (primary !== undefined) return validateDate(primary, `filter.${field}`);
  if (alias !== undefined) return validateDate(alias, `filter.${aliasField}`);
  return undefined;
}

/**
 * Checks a filter and turns it into query parameters: arrays stay arrays (repeated keys),
 * `starred` becomes STARRED/UNSTARRED, dates ISO strings. `forExport`: the export endpoint has no phone
 * number filter, and, as in the official package, keys it does not know are left out rather than refused
 * (the same filter object often serves fetchAll and the export).
 */
export function historyFilterToQuery(input: HistoryFilter | undefined, forExport: boolean): QueryParams {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw new ValidationError('filter', 'filter must be an object');
  }
  let filter: HistoryFilter = input;
  if (forExport) {
    filter = Object.fromEntries(Object.entries(input).filter(([key]) => EXPORT_FILTER_KEYS.has(key)));
  }
  for (const key of Object.keys(filter)) {
    if (!FILTER_KEYS.has(key))
      throw new ValidationError(`filter.${key}`, `filter.${key} is not a known history filter`);
  }
  const from = dateParam(filter.from, filter.startDate, 'from', 'startDate');
  const to = dateParam(filter.to, filter.endDate, 'to', 'endDate');
  if (from && to && from.getTime() > to.getTime()) {
    throw new ValidationError('filter.from', 'filter.from must not be after filter.to');
  }
  return {
    connectionIds:
      filter.connectionIds === undefined
        ? undefined
        : validateExtensionList(filter.connectionIds, 'filter.connectionIds'),
    types:
      filter.types === undefined
        ? undefined
        : validateEnumList(filter.types, 'filter.types', Object.values(HistoryEntryType)),
    directions:
      filter.directions === undefined
        ? undefined
        : validateEnumList(filter.directions, 'filter.directions', Object.values(HistoryDirection)),
    archived: filter.archived === undefined ? undefined : validateBoolean(filter.archived, 'filter.archived'),
    starred: filter.starred === undefined ? undefined : starredParam(filter.starred),
    from: from?.toISOString(),
    to: to?.toISOString(),
    phonenumber: filter.phonenumber === undefined ? undefined : phoneFilter(filter.phonenumber),
  };
}

export function validateHistoryPagination(pagination: PaginationInput | undefined): void {
  validatePagination(pagination, MAX_HISTORY_LIMIT);
}

export function validatePageSize(pageSize: unknown): number {
  return validateInteger(pageSize, 'pageSize', 1, MAX_HISTORY_LIMIT);
}

export function validateEntryId(entryId: unknown, field = 'entryId'): string {
  return requirePathValue(entryId, field);
}

export function validateEntryIds(entryIds: unknown): string[] {
  if (!Array.isArray(entryIds)) throw new ValidationError('entryIds', 'entryIds must be an array of entry ids');
  return entryIds.map((id, index) => validateEntryId(id, `entryIds[${index}]`));
}

/** Checks an update and keeps only the fields that are set. */
export function validateUpdate(update: unknown, field: string): HistoryEntryUpdateOptions {
  if (update === null || typeof update !== 'object' || Array.isArray(update)) {
    throw new ValidationError(field, `${field} must be an object with archived, starred, read and/or note`);
  }
  const input = update as Record<string, unknown>;
  const result: HistoryEntryUpdateOptions = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || key === 'id') continue;
    if (key === 'archived' || key === 'starred' || key === 'read')
      result[key] = validateBoolean(value, `${field}.${key}`);
    else if (key === 'note') {
      if (typeof value !== 'string') throw new ValidationError(`${field}.note`, `${field}.note must be a string`);
      result.note = value;
    } else throw new ValidationError(`${field}.${key}`, `${field}.${key} cannot be updated`);
  }
  return result;
}

export function validateUpdateWithId(update: unknown, field: string): HistoryEntryUpdateOptionsWithId {
  const id = validateEntryId((update as { id?: unknown } | null)?.id, `${field}.id`);
  return { id, ...validateUpdate(update, field) };
}
