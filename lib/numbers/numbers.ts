/** Phone numbers of the account: one page, all pages, or those of one web user. */
import type { Pagination, SipgateIOClient } from '../core';
import { paginate, toListPage } from '../core/pagination';
import { apiPath } from '../core/path';
import { moduleRequests, requestConfig, type RequestOptions } from '../core/request-options';
import type { NumberResponse, NumberResponseItem, NumbersIterateOptions, NumbersModule } from './numbers.types';
import { validateWebuserId } from '../core/validators';
import { validateNumbersPagination, validatePageSize } from './validators';

const DEFAULT_PAGE_SIZE = 100;

/** The number fields the API sends as ISO date-times (returned as Date). */
const DATE_FIELDS = ['items[].mnpState.releasedUntil'];

const NUMBERS_ERRORS = {
  400: 'Invalid pagination input',
  403: 'Not allowed to read phone numbers (check the numbers:read scope)',
};

export function createNumbersModule(client: SipgateIOClient): NumbersModule {
  const api = moduleRequests(client, NUMBERS_ERRORS);

  function requestPage(pagination: Pagination | undefined, options?: RequestOptions): Promise<NumberResponse> {
    return api.get<NumberResponse>('/numbers', options, {
      params: { offset: pagination?.offset, limit: pagination?.limit },
      dateFields: DATE_FIELDS,
    });
  }

  return {
    async getAllNumbers(pagination, options) {
      validateNumbersPagination(pagination);
      const response = await requestPage(pagination, options);
      return { items: response?.items ?? [] };
    },

    async fetchPage(pagination, options) {
      validateNumbersPagination(pagination);
      // Always with a limit: without a total, only a known page size tells whether more may follow.
      const window = { offset: pagination?.offset ?? 0, limit: pagination?.limit ?? DEFAULT_PAGE_SIZE };
      const response = await requestPage(window, options);
      return toListPage({ items: response?.items ?? [] }, window);
    },

    iterate(options: NumbersIterateOptions = {}) {
      // Validate now, not on the first next(): a bad page size should fail where it was written.
      const pageSize = validatePageSize(options.pageSize ?? DEFAULT_PAGE_SIZE);
      requestConfig(options);
      return paginate<NumberResponseItem>(
        async (offset, limit) => ({ items: (await requestPage({ offset, limit }, options))?.items ?? [] }),
        { pageSize, path: '/numbers' },
      );
    },

    async getUserNumbers(webuserId, options) {
      validateWebuserId(webuserId);
      const response = await api.get<NumberResponse>(apiPath`/${{ webuserId }}/numbers`, options, {
        errorMessages: { 404: `Web user ${webuserId} not found` },
        dateFields: DATE_FIELDS,
      });
      return response?.items ?? [];
    },
  };
}
