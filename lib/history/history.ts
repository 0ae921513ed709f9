/** Calls, faxes, SMS and voicemails of the account: read page by page, update, delete, export as CSV. */
import type { Pagination, SipgateIOClient } from '../core';
import { sanitiseCsvText } from '../core/csv';
import { ValidationError } from '../core/errors';
import { paginate, toListPage } from '../core/pagination';
import { apiPath } from '../core/path';
import { moduleRequests, requestConfig, type RequestOptions } from '../core/request-options';
import type {
  HistoryEntry,
  HistoryEntryUpdateOptionsWithId,
  HistoryFilter,
  HistoryModule,
  HistoryPage,
  HistoryResponse,
  HistoryResponseItem,
} from './history.types';
import {
  historyFilterToQuery,
  validateEntryId,
  validateEntryIds,
  validateHistoryPagination,
  validatePageSize,
  validateUpdate,
  validateUpdateWithId,
} from './validators';

/** The API wants "less than 150" entries per batch update. */
export const MAX_BATCH_UPDATE = 149;
/** Ids per DELETE /history request, so the query string stays well below common URL limits. */
export const DELETE_CHUNK_SIZE = 100;

const READ_ERRORS = {
  400: 'Invalid filter or pagination input',
  403: 'Not allowed to read the history (check the history:read scope)',
  404: 'History entry could not be found',
};

const WRITE_ERRORS = {
  400: 'Invalid history update',
  403: 'Not allowed to change the history (check the history:write scope)',
  404: 'History entry could not be found',
};

/** The API names the fax state `faxStatusType`; the public type (as in the official package) says `faxStatus`. */
function toHistoryEntry(item: HistoryResponseItem): HistoryEntry {
  if (item && typeof item === 'object' && 'faxStatusType' in item) {
    const { faxStatusType, ...rest } = item;
    return { ...rest, faxStatus: faxStatusType };
  }
  return item as HistoryEntry;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** The entry fields the API sends as ISO date-times (returned as Date). */
const ENTRY_DATE_FIELDS = ['created', 'lastModified', 'scheduled'];
const PAGE_DATE_FIELDS = ENTRY_DATE_FIELDS.map((field) => `items[].${field}`);

export function createHistoryModule(client: SipgateIOClient): HistoryModule {
  const read = moduleRequests(client, READ_ERRORS);
  const write = moduleRequests(client, WRITE_ERRORS);
  const notFound = (entryId: string) => ({ errorMessages: { 404: `History entry ${entryId} could not be found` } });

  async function getPage(
    filter: HistoryFilter | undefined,
    pagination: Pagination | undefined,
    options?: RequestOptions,
  ): Promise<HistoryPage> {
    const query = historyFilterToQuery(filter, false);
    validateHistoryPagination(pagination);
    const response = await read.get<HistoryResponse>('/history', options, {
      params: { ...query, offset: pagination?.offset, limit: pagination?.limit },
      dateFields: PAGE_DATE_FIELDS,
    });
    const items = (response?.items ?? []).map(toHistoryEntry);
    const totalCount = typeof response?.totalCount === 'number' ? response.totalCount : items.length;
    return { ...toListPage({ items, totalCount }, pagination), totalCount };
  }

  async function batchUpdate(updates: HistoryEntryUpdateOptionsWithId[], options?: RequestOptions): Promise<void> {
    if (!Array.isArray(updates)) throw new ValidationError('updates', 'updates must be an array');
    const checked = updates.map((update, index) => validateUpdateWithId(update, `updates[${index}]`));
    // PUT /history cannot change notes, so those entries take the single-entry endpoint.
    const withNote = checked.filter((update) => update.note !== undefined);
    const batchable = checked.filter((update) => update.note === undefined && Object.keys(update).length > 1);
    for (const { id, ...update } of withNote) {
      await write.put(apiPath`/history/${{ 'updates[].id': id }}`, update, options, notFound(id));
    }
    for (const part of chunk(batchable, MAX_BATCH_UPDATE)) await write.put('/history', part, options);
  }

  return {
    async fetchAll(filter, pagination, options) {
      return (await getPage(filter, pagination, options)).items;
    },

    fetchPage: getPage,

    iterate(filter, options = {}) {
      // Validate now, not on the first next(): bad input should fail where it was written.
      historyFilterToQuery(filter, false);
      const pageSize = validatePageSize(options.pageSize ?? 1000);
      validateHistoryPagination({ offset: options.offset });
      requestConfig(options);
      return paginate<HistoryEntry>((offset, limit) => getPage(filter, { offset, limit }, options), {
        pageSize,
        offset: options.offset,
        maxItems: options.maxItems,
        path: '/history',
      });
    },

    async fetchById(entryId, options) {
      validateEntryId(entryId);
      const item = await read.get<HistoryResponseItem>(apiPath`/history/${{ entryId }}`, options, {
        ...notFound(entryId),
        dateFields: ENTRY_DATE_FIELDS,
      });
      return toHistoryEntry(item);
    },

    async deleteByListOfIds(entryIds, options) {
      const ids = validateEntryIds(entryIds);
      for (const part of chunk(ids, DELETE_CHUNK_SIZE)) {
        await write.delete('/history', options, { params: { id: part } });
      }
    },

    async deleteById(entryId, options) {
      validateEntryId(entryId);
      await write.delete(apiPath`/history/${{ entryId }}`, options, notFound(entryId));
    },

    async updateById(entryId, update, options) {
      validateEntryId(entryId);
      const body = validateUpdate(update, 'update');
      await write.put(apiPath`/history/${{ entryId }}`, body, options, notFound(entryId));
    },

    batchUpdate,

    async batchUpdateEvents(events, callback, options) {
      if (!Array.isArray(events)) throw new ValidationError('events', 'events must be an array of history entries');
      if (typeof callback !== 'function') throw new ValidationError('callback', 'callback must be a function');
      const updates = events.map((event, index) => ({
        ...validateUpdate(callback(event), `callback(events[${index}])`),
        id: validateEntryId(event?.id, `events[${index}].id`),
      }));
      await batchUpdate(updates, options);
    },

    async exportAsCsvString(filter, pagination, options) {
      const query = historyFilterToQuery(filter, true);
      validateHistoryPagination(pagination);
      const csv = await read.get<string>('/history/export', options, {
        params: { ...query, offset: pagination?.offset, limit: pagination?.limit },
        responseType: 'text',
      });
      // The export is opened in spreadsheets: cells that would run as formulas are neutralised.
      return typeof csv === 'string' ? sanitiseCsvText(csv) : csv;
    },
  };
}
