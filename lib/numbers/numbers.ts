/** Phone numbers of the account: one page, all pages, or those of one web user. */
import type { Pagination, SipgateIOClient } from '../core';
import { paginate } from '../core/pagination';
import { apiPath } from '../core/path';
import type { NumberResponse, NumberResponseItem, NumbersIterateOptions, NumbersModule } from './numbers.types';
import { validateWebuserId } from '../core/validators';
import { validateNumbersPagination, validatePageSize } from './validators';

const DEFAULT_PAGE_SIZE = 100;

const NUMBERS_ERRORS = {
  400: 'Invalid pagination input',
  403: 'Not allowed to read phone numbers (check the numbers:read scope)',
};

export function createNumbersModule(client: SipgateIOClient): NumbersModule {
  function fetchPage(pagination: Pagination | undefined, signal?: AbortSignal): Promise<NumberResponse> {
    return client.get<NumberResponse>('/numbers', {
      params: { offset: pagination?.offset, limit: pagination?.limit },
      signal,
      errorMessages: NUMBERS_ERRORS,
    });
  }

  return {
    async getAllNumbers(pagination, options) {
      validateNumbersPagination(pagination);
      const response = await fetchPage(pagination, options?.signal);
      return { items: response?.items ?? [] };
    },

    iterate(options: NumbersIterateOptions = {}) {
      // Validate now, not on the first next(): a bad page size should fail where it was written.
      const pageSize = validatePageSize(options.pageSize ?? DEFAULT_PAGE_SIZE);
      return paginate<NumberResponseItem>(
        async (offset, limit, signal) => ({ items: (await fetchPage({ offset, limit }, signal))?.items ?? [] }),
        { pageSize, signal: options.signal },
      );
    },

    async getUserNumbers(webuserId, options) {
      validateWebuserId(webuserId);
      const response = await client.get<NumberResponse>(apiPath`/${{ webuserId }}/numbers`, {
        signal: options?.signal,
        errorMessages: { ...NUMBERS_ERRORS, 404: `Web user ${webuserId} not found` },
      });
      return response?.items ?? [];
    },
  };
}
