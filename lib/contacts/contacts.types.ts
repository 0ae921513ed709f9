/** Public types of the contacts module (names as in the contract and the official 2.15 package). */
import type { Pagination, Progress } from '../core';
import type { RequestOptions } from '../core/request-options';

/** Where a contact is created: only you (PRIVATE) or everyone in the account (SHARED). */
export type Scope = 'PRIVATE' | 'SHARED';
/** INTERNAL = contacts sipgate keeps for the account's users; ALL = every scope. */
export type ExportScope = Scope | 'INTERNAL' | 'ALL';
/** The scope a contact returned by the API can have. */
export type ContactScope = Scope | 'INTERNAL';

export interface Email {
  email: string;
  /** e.g. ['work'], ['home']. */
  type: string[];
}

export interface PhoneNumber {
  /**
   * International numbers are normalised to E.164 (`0049 211 12345` → `+4921112345`) before sending;
   * national numbers (`0211 12345`) are sent as written, as the API stores them.
   */
  number: string;
  /** e.g. ['cell'], ['work'], ['fax', 'work']. */
  type: string[];
}

export interface Address {
  poBox: string;
  extendedAddress: string;
  streetAddress: string;
  locality: string;
  region: string;
  postalCode: string;
  country: string;
}

export interface ContactImport {
  firstname: string;
  lastname: string;
  /** Display name; default "firstname lastname". */
  name?: string;
  /** Missing parts of an address are sent as empty strings. */
  address?: Partial<Address>;
  phone?: PhoneNumber;
  email?: Email;
  /** Further numbers, e-mail addresses and addresses besides `phone`, `email` and `address`. */
  numbers?: PhoneNumber[];
  emails?: Email[];
  addresses?: Array<Partial<Address>>;
  picture?: string;
  /** One organisation (`['sipgate', 'Dev']`) or several (`[['sipgate', 'Dev'], ['ACME']]`). */
  organization?: string[] | string[][];
}

/** The body of POST /contacts (CreateContactRequest). */
export interface ContactsDTO {
  name: string;
  family: string;
  given: string;
  picture?: string;
  emails: Email[];
  numbers: PhoneNumber[];
  addresses: Address[];
  organization: string[][];
  scope: Scope;
}

export interface ContactResponse {
  id: string;
  name: string;
  picture: string | null;
  emails: Email[];
  numbers: PhoneNumber[];
  addresses: Address[];
  organization: string[][];
  scope: ContactScope;
}

/** The contract's name for a contact returned by exportAsObjects. */
export type ContactRequest = ContactResponse;

/**
 * A contact for `update`; a contact read with `get` passes as it is. Its scope must be PRIVATE or SHARED
 * (checked at run time: sipgate's INTERNAL contacts cannot be changed).
 */
export interface ContactUpdate extends Omit<ContactResponse, 'scope' | 'picture'> {
  scope: ContactScope;
  picture?: string | null;
  family?: string;
  given?: string;
}

export interface ContactsListResponse {
  items: ContactResponse[];
  totalCount: number;
}

export interface ContactsExportFilter {
  /** Only contacts with one of these numbers. */
  phonenumbers: string[];
}

export interface ImportCSVRequestDTO {
  base64Content: string;
}

export interface PagedResponse<T> {
  response: T;
  /** True when contacts after this page exist (in the requested scope). */
  hasMore: boolean;
}

/** The SDK's per-call options (signal, timeout, deadline, maxRetries), under the module's name. */
export type ContactsRequestOptions = RequestOptions;

export interface BulkOptions extends ContactsRequestOptions {
  /** Requests in flight at once (default 4). */
  concurrency?: number;
  /** Called after each request, successful or not. */
  onProgress?: (progress: Progress) => void;
}

export interface CsvImportOptions extends BulkOptions {
  /** Receives warnings (dropped columns and rows, empty records, header only); default console.warn. */
  onWarning?: (message: string) => void;
  /** Column separator of the input (default ','). */
  delimiter?: string;
  /**
   * Scope of the new contacts (default PRIVATE, what the CSV upload creates). SHARED creates each contact
   * with its own request.
   */
  scope?: Scope;
  /** Refuse the whole input (ValidationError, no request) when a record would be dropped. */
  strict?: boolean;
}

export interface CsvImportReport {
  /** Contacts created. */
  imported: number;
  /**
   * `csv-upload`: one POST /contacts/import/csv (firstname, lastname, number). `create`: one POST /contacts
   * per record, used when records hold more (e-mail, company, address, more numbers) or the scope is SHARED.
   */
  method: 'csv-upload' | 'create';
  /** Header names of columns with data that no contact field holds. */
  droppedColumns: string[];
  /** Records that were not imported (no name, no or an invalid number), counted from 1 after the header. */
  droppedRows: Array<{ row: number; reason: string }>;
}

export interface VCardImportReport {
  /** Contacts created. */
  imported: number;
}

export interface CsvExportOptions extends ContactsRequestOptions {
  /**
   * `official` (default): the official package's layout, every cell quoted, lists as JSON, no scope column.
   * `flat`: lists joined with " | " as readable text, plus a scope column.
   */
  format?: ContactsCsvFormat;
}

export type ContactsCsvFormat = 'official' | 'flat';

/** One contact of the JSON export (the official package's shape and field order). */
export interface OfficialContactJson {
  id: string;
  name: string;
  emails: string[];
  numbers: string[];
  addresses: Address[];
  organizations: string[][];
  scope: ContactScope;
}

/** The JSON export: the contacts of the page and how many the scope holds in all. */
export interface OfficialContactsJson {
  contacts: OfficialContactJson[];
  totalCount: number;
}

export interface DeleteAllSharedOptions extends BulkOptions {
  /** Contacts per GET /contacts request while collecting (default 5000). */
  pageSize?: number;
}

export interface ContactsIterateOptions extends ContactsRequestOptions {
  /** Only contacts of this scope (default ALL). */
  scope?: ExportScope;
  filter?: ContactsExportFilter;
  /** Contacts per request (default 5000, the API default). */
  pageSize?: number;
}

export interface ContactsModule {
  /** Creates one contact (`POST /contacts`). */
  import(contact: ContactImport, scope: Scope, options?: ContactsRequestOptions): Promise<void>;
  /** Official name of `import`. */
  create(contact: ContactImport, scope: Scope, options?: ContactsRequestOptions): Promise<void>;
  /** Replaces a contact (`PUT /contacts/{id}`). */
  update(contact: ContactUpdate, options?: ContactsRequestOptions): Promise<void>;
  delete(id: string, options?: ContactsRequestOptions): Promise<void>;
  /** `DELETE /contacts`: the API deletes the caller's private contacts. */
  deleteAllPrivate(options?: ContactsRequestOptions): Promise<void>;
  /** Deletes every shared contact, from every page; failures reject with a ContactsBulkError<ContactResponse>. */
  deleteAllShared(options?: DeleteAllSharedOptions): Promise<void>;
  /**
   * Imports a CSV with firstname, lastname and number columns (any order); e-mail, company, address and
   * further number columns are kept too. Reports what was dropped; failures of single contacts reject with a
   * ContactsBulkError<ContactImport>.
   */
  importFromCsvString(csvContent: string, options?: CsvImportOptions): Promise<CsvImportReport>;
  /** Creates one contact per card of a vCard 3.0/4.0 string; failures reject with a ContactsBulkError<ContactImport>. */
  importVCardString(vcardContent: string, scope: Scope, options?: BulkOptions): Promise<VCardImportReport>;
  exportAsCsv(
    scope: ExportScope,
    delimiter?: string,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: CsvExportOptions,
  ): Promise<string>;
  paginatedExportAsCsv(
    scope: ExportScope,
    delimiter?: string,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: CsvExportOptions,
  ): Promise<PagedResponse<string>>;
  exportAsVCards(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: ContactsRequestOptions,
  ): Promise<string[]>;
  paginatedExportAsVCards(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: ContactsRequestOptions,
  ): Promise<PagedResponse<string[]>>;
  exportAsSingleVCard(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: ContactsRequestOptions,
  ): Promise<string>;
  paginatedExportAsSingleVCard(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: ContactsRequestOptions,
  ): Promise<PagedResponse<string>>;
  exportAsObjects(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: ContactsRequestOptions,
  ): Promise<ContactResponse[]>;
  /** The official JSON: `{"contacts":[{id,name,emails,numbers,addresses,organizations,scope}],"totalCount":N}`. */
  exportAsJSON(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: ContactsRequestOptions,
  ): Promise<string>;
  paginatedExportAsJSON(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: ContactsRequestOptions,
  ): Promise<PagedResponse<string>>;
  get(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: ContactsRequestOptions,
  ): Promise<ContactResponse[]>;
  paginatedGet(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: ContactsRequestOptions,
  ): Promise<PagedResponse<ContactResponse[]>>;
  /** Every contact (of a scope), walking GET /contacts page by page. */
  iterate(options?: ContactsIterateOptions): AsyncGenerator<ContactResponse, void, undefined>;
}
