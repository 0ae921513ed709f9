/**
 * History: filters and pagination as the spec declares them, single and batch updates, delete, CSV export.
 * Fax entries show the status their progress has reached at the time of reading.
 */
import type { Router } from '../router';
import type { RequestContext, SandboxConfig } from '../context';
import { HttpError } from '../http';
import type { HistoryRecord, SandboxState } from '../state';
import {
  bodyArray,
  bodyObject,
  notFound,
  optionalBoolean,
  optionalString,
  queryBoolean,
  queryInteger,
  queryList,
  requiredBoolean,
} from './input';

const TYPES = ['CALL', 'VOICEMAIL', 'SMS', 'FAX'] as const;
const DIRECTIONS = ['INCOMING', 'OUTGOING', 'MISSED_INCOMING', 'MISSED_OUTGOING'] as const;
const STARRED = ['STARRED', 'UNSTARRED'] as const;
const INT32_MAX = 2147483647;
const MAX_BATCH = 149;

/** Applies the clock to a fax's progress (PENDING → SENDING → SENT/FAILED) and returns the entry. */
export function refreshFax(
  state: SandboxState,
  config: SandboxConfig,
  entry: HistoryRecord,
  now = Date.now(),
): HistoryRecord {
  const progress = state.faxProgress.get(entry.id);
  if (!progress) return entry;
  const steps = Math.floor((now - progress.startedAt) / Math.max(1, config.faxStepMs));
  const status = steps < 1 ? 'PENDING' : steps < 2 ? 'SENDING' : progress.fails ? 'FAILED' : 'SENT';
  if (entry.faxStatusType !== status) {
    entry.faxStatusType = status;
    entry.lastModified = new Date(now).toISOString();
    if (status === 'FAILED') entry.status = 'NOPICKUP';
  }
  if (status === 'SENT' || status === 'FAILED') state.faxProgress.delete(entry.id);
  return entry;
}

function findEntry(ctx: RequestContext): HistoryRecord {
  const entry = ctx.state.history.find((h) => h.id === ctx.params.entryId);
  if (!entry) throw notFound(`history entry ${ctx.params.entryId}`);
  return refreshFax(ctx.state, ctx.config, entry);
}

function parseDate(ctx: RequestContext, name: string): number | undefined {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') return undefined;
  const time = Date.parse(raw);
  if (Number.isNaN(time)) throw new HttpError(400, `${name} must be an ISO-8601 date-time`);
  return time;
}

function digits(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\D/g, '') : '';
}

function filtered(ctx: RequestContext, allowPhonenumber: boolean): { items: HistoryRecord[]; totalCount: number } {
  const connectionIds = queryList(ctx, 'connectionIds');
  const types = queryList(ctx, 'types', TYPES);
  const directions = queryList(ctx, 'directions', DIRECTIONS);
  const starred = queryList(ctx, 'starred', STARRED);
  const archived = queryBoolean(ctx, 'archived') ?? false; // the spec's default: archived entries stay hidden
  const from = parseDate(ctx, 'from');
  const to = parseDate(ctx, 'to');
  const phonenumber = allowPhonenumber ? digits(ctx.query.get('phonenumber')) : '';
  const offset = queryInteger(ctx, 'offset', 0, 0, INT32_MAX);
  const limit = queryInteger(ctx, 'limit', 10, 0, 1000);

  const matching = ctx.state.history
    .map((entry) => refreshFax(ctx.state, ctx.config, entry))
    .filter((entry) => {
      const created = Date.parse(entry.created);
      return (
        (connectionIds.length === 0 || entry.connectionIds.some((id) => connectionIds.includes(id))) &&
        (types.length === 0 || types.includes(entry.type)) &&
        (directions.length === 0 || directions.includes(entry.direction)) &&
        (starred.length === 0 || starred.includes(entry.starred ? 'STARRED' : 'UNSTARRED')) &&
        entry.archived === archived &&
        (from === undefined || created >= from) &&
        (to === undefined || created <= to) &&
        (phonenumber === '' || digits(entry.source).includes(phonenumber) || digits(entry.target).includes(phonenumber))
      );
    })
    .sort((a, b) => Date.parse(b.created) - Date.parse(a.created) || b.id.localeCompare(a.id));
  return { items: matching.slice(offset, offset + limit), totalCount: matching.length };
}

function csvCell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_COLUMNS = [
  'id',
  'created',
  'type',
  'direction',
  'source',
  'target',
  'status',
  'read',
  'archived',
  'starred',
  'note',
] as const;

function toCsv(entries: HistoryRecord[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const entry of entries) lines.push(CSV_COLUMNS.map((column) => csvCell(entry[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function applyUpdate(entry: HistoryRecord, body: Record<string, unknown>): void {
  const archived = optionalBoolean(body, 'archived');
  const read = optionalBoolean(body, 'read');
  const starred = optionalBoolean(body, 'starred');
  const note = optionalString(body, 'note');
  if (archived !== undefined) entry.archived = archived;
  if (read !== undefined) entry.read = read;
  if (starred !== undefined) entry.starred = starred;
  if (note !== undefined) entry.note = note;
  entry.lastModified = new Date().toISOString();
}

function removeEntries(state: SandboxState, ids: Set<string>): void {
  state.history = state.history.filter((entry) => !ids.has(entry.id));
  for (const id of ids) state.faxProgress.delete(id);
}

export function registerHistoryRoutes(router: Router): void {
  router
    .add('GET', '/history', (ctx) => ({ status: 200, body: filtered(ctx, true) }))
    .add('GET', '/history/export', (ctx) => ({
      status: 200,
      body: toCsv(filtered(ctx, false).items),
      contentType: 'text/csv; charset=utf-8',
    }))
    .add('PUT', '/history', (ctx) => {
      const updates = bodyArray(ctx);
      if (updates.length > MAX_BATCH) throw new HttpError(400, 'at most 149 entries can be updated at once');
      const checked = updates.map((update, index) => {
        if (update === null || typeof update !== 'object' || Array.isArray(update))
          throw new HttpError(400, `item ${index} must be an object`);
        const record = update as Record<string, unknown>;
        if (typeof record.id !== 'string') throw new HttpError(400, `item ${index}: id must be a string`);
        const entry = ctx.state.history.find((h) => h.id === record.id);
        if (!entry) throw notFound(`history entry ${record.id}`);
        if ('note' in record) throw new HttpError(400, `item ${index}: note cannot be changed in a batch`);
        return { entry, record };
      });
      for (const { entry, record } of checked) applyUpdate(entry, record);
      return { status: 204 };
    })
    .add('DELETE', '/history', (ctx) => {
      const ids = queryList(ctx, 'id');
      if (ids.length === 0) throw new HttpError(400, 'id must name at least one entry');
      removeEntries(ctx.state, new Set(ids));
      return { status: 204 };
    })
    .add('GET', '/history/{entryId}', (ctx) => ({ status: 200, body: findEntry(ctx) }))
    .add('PUT', '/history/{entryId}', (ctx) => {
      const entry = findEntry(ctx);
      applyUpdate(entry, bodyObject(ctx));
      return { status: 204 };
    })
    .add('DELETE', '/history/{entryId}', (ctx) => {
      removeEntries(ctx.state, new Set([findEntry(ctx).id]));
      return { status: 204 };
    })
    .add('PUT', '/history/{entryId}/archive', (ctx) => {
      const entry = findEntry(ctx);
      applyUpdate(entry, { archived: requiredBoolean(bodyObject(ctx), 'value') });
      return { status: 204 };
    })
    .add('PUT', '/history/{entryId}/read', (ctx) => {
      const entry = findEntry(ctx);
      applyUpdate(entry, { read: requiredBoolean(bodyObject(ctx), 'value') });
      return { status: 204 };
    })
    .add('PUT', '/history/{entryId}/note', (ctx) => {
      const entry = findEntry(ctx);
      const note = bodyObject(ctx).note;
      if (typeof note !== 'string') throw new HttpError(400, 'note must be a string');
      applyUpdate(entry, { note });
      return { status: 200, body: entry };
    });
}
