/**
 * Contacts: create, update, delete, import (CSV upload, vCards one by one) and export (CSV, vCard, objects).
 * GET /contacts has no scope parameter, so scope filtering happens here; to page through one scope correctly
 * every page is read first and the requested window is cut from the filtered list (see listContacts).
 */
import type { Pagination, SipgateIOClient } from '../core';
import { AbortError } from '../core/errors';
import { mapWithConcurrency } from '../core/concurrency';
import { collect, paginate } from '../core/pagination';
import { apiPath } from '../core/path';
import { utf8ToBase64 } from '../core/base64';
import { moduleRequests, requestConfig, type RequestOptions } from '../core/request-options';
import type {
  BulkOptions,
  ContactImport,
  ContactResponse,
  ContactsExportFilter,
  ContactsListResponse,
  ContactsModule,
  CsvImportReport,
  OfficialContactsJson,
  ExportScope,
  PagedResponse,
  Scope,
} from './contacts.types';
import { loadCodecs } from './codecs';
import { ContactsBulkError } from './errors';
import {
  toContactBody,
  toUpdateBody,
  validateConcurrency,
  validateContactId,
  validateCsvFormat,
  validateContactsPagination,
  validateDelimiter,
  validateExportFilter,
  validateExportScope,
  validatePageSize,
  validateScope,
} from './validators';

/** The API's own default page size for GET /contacts. */
export const DEFAULT_CONTACTS_PAGE_SIZE = 5000;
export const DEFAULT_CONCURRENCY = 4;

const ERRORS = {
  400: 'Invalid contact or pagination input',
  403: 'Not allowed to access contacts (check the contacts:read / contacts:write scope)',
  404: 'Contact could not be found',
};
const CSV_ERRORS = { ...ERRORS, 400: 'Invalid CSV string', 500: 'Invalid CSV string (rejected by the server)' };

/** A window of contacts plus how many the scope holds in all (the official JSON export's totalCount). */
interface ListedPage extends PagedResponse<ContactResponse[]> {
  totalCount: number;
}

/** The official package's JSON export: selected fields, lists of plain strings, and the count. */
function toOfficialJson(page: ListedPage): OfficialContactsJson {
  return {
    contacts: page.response.map((contact) => ({
      id: contact.id,
      name: contact.name,
      emails: (contact.emails ?? []).map((email) => email.email),
      numbers: (contact.numbers ?? []).map((number) => number.number),
      addresses: contact.addresses,
      organizations: contact.organization,
      scope: contact.scope,
    })),
    totalCount: page.totalCount,
  };
}

interface ListRequest {
  scope: ExportScope;
  pagination?: Pagination;
  phonenumbers?: string[];
  options?: RequestOptions;
}

function defaultWarning(message: string): void {
  // eslint-disable-next-line no-console -- the default when the app passes no onWarning, as the official package does
  console.warn(`[sipgate-io contacts] ${message}`);
}

export function createContactsModule(client: SipgateIOClient): ContactsModule {
  const requests = moduleRequests(client, ERRORS);

  function getPage(offset: number, limit: number, phonenumbers: string[] | undefined, options?: RequestOptions) {
    return requests.get<ContactsListResponse>('/contacts', options, { params: { phonenumbers, offset, limit } });
  }

  async function* walk(
    scope: ExportScope,
    pageSize: number,
    phonenumbers: string[] | undefined,
    options?: RequestOptions,
  ) {
    const all = paginate<ContactResponse>(
      async (offset, limit) => {
        const page = await getPage(offset, limit, phonenumbers, options);
        return { items: page?.items ?? [], totalCount: page?.totalCount };
      },
      { pageSize, path: '/contacts' },
    );
    for await (const contact of all) if (scope === 'ALL' || contact.scope === scope) yield contact;
  }

  /**
   * A window of one scope. For ALL the server pages directly; for one scope every page is read and filtered
   * first, so pages are full and `hasMore` is right (filtering each server page would give short pages).
   */
  async function listContacts(request: ListRequest): Promise<ListedPage> {
    const { scope, pagination, phonenumbers, options } = request;
    const offset = pagination?.offset ?? 0;
    if (scope === 'ALL' && pagination?.limit !== undefined) {
      const page = await getPage(offset, pagination.limit, phonenumbers, options);
      const items = page?.items ?? [];
      const totalCount = typeof page?.totalCount === 'number' ? page.totalCount : offset + items.length;
      return { response: items, hasMore: offset + items.length < totalCount, totalCount };
    }
    const matching = await collect(walk(scope, DEFAULT_CONTACTS_PAGE_SIZE, phonenumbers, options));
    const end = pagination?.limit === undefined ? matching.length : offset + pagination.limit;
    return { response: matching.slice(offset, end), hasMore: end < matching.length, totalCount: matching.length };
  }

  async function checkedList(
    scope: unknown,
    pagination: Pagination | undefined,
    filter: ContactsExportFilter | undefined,
    options?: RequestOptions,
  ) {
    const checkedScope = validateExportScope(scope);
    validateContactsPagination(pagination);
    const { phonenumbers } = validateExportFilter(filter);
    requestConfig(options);
    return listContacts({ scope: checkedScope, pagination, phonenumbers, options });
  }

  async function create(contact: ContactImport, scope: Scope, options?: RequestOptions): Promise<void> {
    const body = toContactBody(contact, validateScope(scope));
    await requests.post('/contacts', body, options);
  }

  /**
   * Runs `task` over items with bounded concurrency and reports every failure at the end, in one error that
   * carries each failed item (as `retryItem` gives it to the caller) with its error.
   */
  async function runBulk<T, R>(
    action: string,
    items: T[],
    describe: { label: (item: T) => string; retryItem: (item: T) => R },
    task: (item: T) => Promise<unknown>,
    options: BulkOptions,
  ) {
    const concurrency = validateConcurrency(options.concurrency ?? DEFAULT_CONCURRENCY);
    const results = await mapWithConcurrency(items, concurrency, (item) => task(item), options.onProgress);
    const failures = results
      .filter((result) => !result.ok)
      .map((result) => ({
        index: result.index,
        label: describe.label(items[result.index]),
        item: describe.retryItem(items[result.index]),
        error: result.error,
      }));
    // A cancelled bulk run reports the cancellation, not one failure per skipped item.
    const abort = failures.find((failure) => failure.error instanceof AbortError);
    if (abort && options.signal?.aborted) throw abort.error;
    if (failures.length > 0) throw new ContactsBulkError(action, failures, items.length);
  }

  const module: ContactsModule = {
    import(contact, scope, options) {
      return create(contact, scope, options);
    },

    create(contact, scope, options) {
      return create(contact, scope, options);
    },

    async update(contact, options) {
      const { id, ...body } = toUpdateBody(contact);
      await requests.put(apiPath`/contacts/${{ 'contact.id': id }}`, { id, ...body }, options);
    },

    async delete(id, options) {
      validateContactId(id);
      await requests.delete(apiPath`/contacts/${{ id }}`, options, {
        errorMessages: { 404: `Contact ${id} could not be found` },
      });
    },

    async deleteAllPrivate(options) {
      await requests.delete('/contacts', options);
    },

    async deleteAllShared(options = {}) {
      validateConcurrency(options.concurrency ?? DEFAULT_CONCURRENCY);
      const pageSize = validatePageSize(options.pageSize ?? DEFAULT_CONTACTS_PAGE_SIZE);
      // Collect every page before deleting: deleting while paging shifts offsets and skips contacts.
      requestConfig(options);
      const shared = await collect(walk('SHARED', pageSize, undefined, options));
      await runBulk(
        'Deleting shared contacts',
        shared,
        { label: (contact) => `${contact.name} (${contact.id})`, retryItem: (contact) => contact },
        (contact) => requests.delete(apiPath`/contacts/${{ id: contact.id }}`, options),
        options,
      );
    },

    async importFromCsvString(csvContent, options = {}) {
      const delimiter = validateDelimiter(options.delimiter ?? ',');
      const scope = validateScope(options.scope ?? 'PRIVATE', 'options.scope');
      validateConcurrency(options.concurrency ?? DEFAULT_CONCURRENCY);
      requestConfig(options);
      const { planCsvImport, recordToContact, uploadCsv } = await loadCodecs.csvImport();
      const plan = planCsvImport(csvContent, { delimiter, strict: options.strict });
      plan.warnings.forEach((warning) => (options.onWarning ?? defaultWarning)(warning));
      // The CSV upload stores firstname, lastname and number as private contacts; anything more needs one
      // POST /contacts per record.
      const method = plan.needsCreate || scope !== 'PRIVATE' ? 'create' : 'csv-upload';
      const report: CsvImportReport = {
        imported: 0,
        method,
        droppedColumns: plan.droppedColumns,
        droppedRows: plan.droppedRows,
      };
      const total = plan.records.length;
      if (total === 0) return report;
      if (method === 'csv-upload') {
        await requests.post('/contacts/import/csv', { base64Content: utf8ToBase64(uploadCsv(plan.records)) }, options, {
          errorMessages: CSV_ERRORS,
        });
        options.onProgress?.({ done: total, total, failed: 0 });
        return { ...report, imported: total };
      }
      // Every record is turned into a body before the first request, so a bad one creates nothing.
      const items = plan.records.map((record) => {
        const contact = recordToContact(record);
        return { record, contact, body: toContactBody(contact, scope, `csvContent[${record.row}]`) };
      });
      await runBulk(
        'CSV import',
        items,
        { label: (item) => `row ${item.record.row} (${item.body.name})`, retryItem: (item) => item.contact },
        (item) => requests.post('/contacts', item.body, options),
        options,
      );
      return { ...report, imported: total };
    },

    async importVCardString(vcardContent, scope, options = {}) {
      const checkedScope = validateScope(scope);
      validateConcurrency(options.concurrency ?? DEFAULT_CONCURRENCY);
      requestConfig(options);
      // Every card is parsed and checked before the first request, so bad input creates nothing.
      const { parseVCards } = await loadCodecs.vCard();
      const items = parseVCards(vcardContent).map((contact, index) => ({
        contact,
        body: toContactBody(contact, checkedScope, `vcardContent[${index + 1}]`),
      }));
      await runBulk(
        'vCard import',
        items,
        { label: (item) => item.body.name, retryItem: (item) => item.contact },
        (item) => requests.post('/contacts', item.body, options),
        options,
      );
      return { imported: items.length };
    },

    async exportAsCsv(scope, delimiter = ',', pagination, filter, options) {
      return (await module.paginatedExportAsCsv(scope, delimiter, pagination, filter, options)).response;
    },

    async paginatedExportAsCsv(scope, delimiter = ',', pagination, filter, options) {
      const checkedDelimiter = validateDelimiter(delimiter);
      const format = validateCsvFormat(options?.format);
      const page = await checkedList(scope, pagination, filter, options);
      const { contactsToCsv } = await loadCodecs.csvExport();
      return { response: contactsToCsv(page.response, checkedDelimiter, format), hasMore: page.hasMore };
    },

    async exportAsVCards(scope, pagination, filter, options) {
      return (await module.paginatedExportAsVCards(scope, pagination, filter, options)).response;
    },

    async paginatedExportAsVCards(scope, pagination, filter, options) {
      const page = await checkedList(scope, pagination, filter, options);
      const { contactToVCard } = await loadCodecs.vCard();
      return { response: page.response.map(contactToVCard), hasMore: page.hasMore };
    },

    async exportAsSingleVCard(scope, pagination, filter, options) {
      return (await module.paginatedExportAsSingleVCard(scope, pagination, filter, options)).response;
    },

    async paginatedExportAsSingleVCard(scope, pagination, filter, options) {
      const page = await checkedList(scope, pagination, filter, options);
      const { contactsToAddressBook } = await loadCodecs.vCard();
      return { response: contactsToAddressBook(page.response), hasMore: page.hasMore };
    },

    async exportAsObjects(scope, pagination, filter, options) {
      return (await checkedList(scope, pagination, filter, options)).response;
    },

    async exportAsJSON(scope, pagination, filter, options) {
      return (await module.paginatedExportAsJSON(scope, pagination, filter, options)).response;
    },

    async paginatedExportAsJSON(scope, pagination, filter, options) {
      const page = await checkedList(scope, pagination, filter, options);
      return { response: JSON.stringify(toOfficialJson(page)), hasMore: page.hasMore };
    },

    async get(scope, pagination, filter, options) {
      return (await checkedList(scope, pagination, filter, options)).response;
    },

    async paginatedGet(scope, pagination, filter, options) {
      const { response, hasMore } = await checkedList(scope, pagination, filter, options);
      return { response, hasMore };
    },

    iterate(options = {}) {
      // Validate now, not on the first next(): bad input should fail where it was written.
      const scope = validateExportScope(options.scope ?? 'ALL', 'options.scope');
      const pageSize = validatePageSize(options.pageSize ?? DEFAULT_CONTACTS_PAGE_SIZE);
      const { phonenumbers } = validateExportFilter(options.filter);
      requestConfig(options);
      return walk(scope, pageSize, phonenumbers, options);
    },
  };
  return module;
}
