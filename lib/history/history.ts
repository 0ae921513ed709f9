/** Calls, faxes, SMS and voicemails of the account: read page by page, update, delete, export as CSV. */
import type { Pagination, SipgateIOClient } from '../core';
import { ValidationError } from '../core/errors';
import { paginate } from '../core/pagination';
import { apiPath } from '../core/path';
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

export function createHistoryModule(client: SipgateIOClient): HistoryModule {
  async function getPage(
    filter: HistoryFilter | undefined,
    pagination: Pagination | undefined,
    signal?: AbortSignal,
  ): Promise<HistoryPage> {
    const query = historyFilterToQuery(filter, true);
    validateHistoryPagination(pagination);
    const response = await client.get<HistoryResponse>('/history', {
      params: { ...query, offset: pagination?.offset, limit: pagination?.limit },
      signal,
      errorMessages: READ_ERRORS,
    });
    const items = (response?.items ?? []).map(toHistoryEntry);
    const totalCount = typeof response?.totalCount === 'number' ? response.totalCount : items.length;
    const seen = (pagination?.offset ?? 0) + items.length;
    return { items, totalCount, hasMore: items.length > 0 && seen < totalCount };
  }

  async function batchUpdate(updates: HistoryEntryUpdateOptionsWithId[], signal?: AbortSignal): Promise<void> {
    if (!Array.isArray(updates)) throw new ValidationError('updates', 'updates must be an array');
    const checked = updates.map((update, index) => validateUpdateWithId(update, `updates[${index}]`));
    // PUT /history cannot change notes, so those entries take the single-entry endpoint.
    const withNote = checked.filter((update) => update.note !== undefined);
    const batchable = checked.filter((update) => update.note === undefined && Object.keys(update).length > 1);
    for (const { id, ...update } of withNote) {
      await client.put(apiPath`/history/${{ 'updates[].id': id }}`, update, { signal, errorMessages: WRITE_ERRORS });
    }
    for (const part of chunk(batchable, MAX_BATCH_UPDATE)) {
      await client.put('/history', part, { signal, errorMessages: WRITE_ERRORS });
    }
  }

  return {
    async fetchAll(filter, pagination, options) {
      return (await getPage(filter, pagination, options?.signal)).items;
    },

    fetchPage(filter, pagination, options) {
      return getPage(filter, pagination, options?.signal);
    },

    iterate(filter, options = {}) {
      // Validate now, not on the first next(): bad input should fail where it was written.
      historyFilterToQuery(filter, true);
      const pageSize = validatePageSize(options.pageSize ?? 1000);
      validateHistoryPagination({ offset: options.offset });
      return paginate<HistoryEntry>((offset, limit, signal) => getPage(filter, { offset, limit }, signal), {
        pageSize,
        offset: options.offset,
        maxItems: options.maxItems,
        signal: options.signal,
      });
    },

    async fetchById(entryId, options) {
      validateEntryId(entryId);
      const item = await client.get<HistoryResponseItem>(apiPath`/history/${{ entryId }}`, {
        signal: options?.signal,
        errorMessages: { ...READ_ERRORS, 404: `History entry ${entryId} could not be found` },
      });
      return toHistoryEntry(item);
    },

    async deleteByListOfIds(entryIds, options) {
      const ids = validateEntryIds(entryIds);
      for (const part of chunk(ids, DELETE_CHUNK_SIZE)) {
        await client.delete('/history', { params: { id: part }, signal: options?.signal, errorMessages: WRITE_ERRORS });
      }
    },

    async deleteById(entryId, options) {
      validateEntryId(entryId);
      await client.delete(apiPath`/history/${{ entryId }}`, {
        signal: options?.signal,
        errorMessages: { ...WRITE_ERRORS, 404: `History entry ${entryId} could not be found` },
      });
    },

    async updateById(entryId, update, options) {
      validateEntryId(entryId);
      const body = validateUpdate(update, 'update');
      await client.put(apiPath`/history/${{ entryId }}`, body, {
        signal: options?.signal,
        errorMessages: { ...WRITE_ERRORS, 404: `History entry ${entryId} could not be found` },
      });
    },

    batchUpdate(updates, options) {
      return batchUpdate(updates, options?.signal);
    },

    async batchUpdateEvents(events, callback, options) {
      if (!Array.isArray(events)) throw new ValidationError('events', 'events must be an array of history entries');
      if (typeof callback !== 'function') throw new ValidationError('callback', 'callback must be a function');
      const updates = events.map((event, index) => ({
        ...validateUpdate(callback(event), `callback(events[${index}])`),
        id: validateEntryId(event?.id, `events[${index}].id`),
      }));
      await batchUpdate(updates, options?.signal);
    },

    async exportAsCsvString(filter, pagination, options) {
      const query = historyFilterToQuery(filter, false);
      validateHistoryPagination(pagination);
      return client.get<string>('/history/export', {
        params: { ...query, offset: pagination?.offset, limit: pagination?.limit },
        responseType: 'text',
        signal: options?.signal,
        errorMessages: READ_ERRORS,
      });
    },
  };
}
