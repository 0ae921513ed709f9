/** Public types of the history module (names as in the contract and the official 2.15 package). */
import type { Pagination } from '../core';
import type { ListPage } from '../core/pagination';
import type { RequestOptions } from '../core/request-options';

export interface HistoryModule {
  /** One page of history entries (`GET /history`); default page size of the API is 10. */
  fetchAll(filter?: HistoryFilter, pagination?: Pagination, options?: HistoryRequestOptions): Promise<HistoryEntry[]>;
  /** Like fetchAll, but keeps `totalCount` so callers know whether more pages exist. */
  fetchPage(filter?: HistoryFilter, pagination?: Pagination, options?: HistoryRequestOptions): Promise<HistoryPage>;
  /** Every entry matching the filter, page by page (`for await (const entry of history.iterate(filter))`). */
  iterate(filter?: HistoryFilter, options?: HistoryIterateOptions): AsyncGenerator<HistoryEntry, void, undefined>;
  fetchById(entryId: string, options?: HistoryRequestOptions): Promise<HistoryEntry>;
  /** Deletes several entries (`DELETE /history?id=…&id=…`), in chunks so the URL stays short. */
  deleteByListOfIds(entryIds: string[], options?: HistoryRequestOptions): Promise<void>;
  deleteById(entryId: string, options?: HistoryRequestOptions): Promise<void>;
  /** Updates one entry (`PUT /history/{id}`): note, archived, read, starred. */
  updateById(entryId: string, update: HistoryEntryUpdateOptions, options?: HistoryRequestOptions): Promise<void>;
  /**
   * Updates many entries: `PUT /history` in batches of at most 149 (the API wants fewer than 150),
   * except entries whose update sets a note, which go one by one through `PUT /history/{id}`.
   */
  batchUpdate(updates: HistoryEntryUpdateOptionsWithId[], options?: HistoryRequestOptions): Promise<void>;
  /** Official helper: asks `callback` for the update of each event, then runs batchUpdate. */
  batchUpdateEvents(
    events: HistoryEntry[],
    callback: (entry: HistoryEntry) => HistoryEntryUpdateOptions,
    options?: HistoryRequestOptions,
  ): Promise<void>;
  /** The history as CSV text (`GET /history/export`). */
  exportAsCsvString(
    filter?: BaseHistoryFilter,
    pagination?: Pagination,
    options?: HistoryRequestOptions,
  ): Promise<string>;
}

/** The SDK's per-call options (signal, timeout, deadline, maxRetries), under the module's name. */
export type HistoryRequestOptions = RequestOptions;

export interface HistoryIterateOptions extends RequestOptions {
  /** Entries per request, 1…1000 (default 1000, the API maximum). */
  pageSize?: number;
  /** Where to start (default 0). */
  offset?: number;
  /** Stop after this many entries. */
  maxItems?: number;
}

/** The SDK's one page shape; the history always says how many entries match in total. */
export interface HistoryPage extends ListPage<HistoryEntry> {
  totalCount: number;
}

export interface HistoryEntryUpdateOptions {
  archived?: boolean;
  starred?: boolean;
  note?: string;
  read?: boolean;
}

export interface HistoryEntryUpdateOptionsWithId extends HistoryEntryUpdateOptions {
  id: string;
}

export interface BaseHistoryFilter {
  connectionIds?: string[];
  types?: HistoryEntryType[];
  directions?: HistoryDirection[];
  archived?: boolean;
  /** `true`/`false` or the contract's `Starred` enum. */
  starred?: boolean | Starred;
  from?: Date;
  to?: Date;
  /** Alias of `from` used by the official package. */
  startDate?: Date;
  /** Alias of `to` used by the official package. */
  endDate?: Date;
}

export interface HistoryFilter extends BaseHistoryFilter {
  /** Only entries with this number as source or target, passed on as given (E.164 or national). Ignored by the export. */
  phonenumber?: string;
}

// Runtime enums, because code written for the official package compares against HistoryEntryType.CALL etc.
export enum HistoryEntryType {
  CALL = 'CALL',
  VOICEMAIL = 'VOICEMAIL',
  SMS = 'SMS',
  FAX = 'FAX',
}

export enum HistoryDirection {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
  MISSED_INCOMING = 'MISSED_INCOMING',
  MISSED_OUTGOING = 'MISSED_OUTGOING',
}

/** The contract's name for HistoryDirection. */
export { HistoryDirection as Direction };

export enum Starred {
  STARRED = 'STARRED',
  UNSTARRED = 'UNSTARRED',
}

export enum FaxStatusType {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  FAILED = 'FAILED',
  SENT = 'SENT',
  SCHEDULED = 'SCHEDULED',
}

export enum CallStatusType {
  SUCCESS = 'SUCCESS',
  FAILURE = 'FAILURE',
  REJECTED = 'REJECTED',
  REJECTED_DND = 'REJECTED_DND',
  VOICEMAIL_NO_MESSAGE = 'VOICEMAIL_NO_MESSAGE',
  BUSY_ON_BUSY = 'BUSY_ON_BUSY',
  BUSY = 'BUSY',
  MISSED = 'MISSED',
}

export interface Endpoint {
  extension: string;
  type: string;
}

export interface RoutedEndpoint {
  type: string;
  endpoint: Endpoint;
}

export interface BaseHistoryEntry {
  id: string;
  source: string;
  target: string;
  sourceAlias: string;
  targetAlias: string;
  type: HistoryEntryType;
  created: Date;
  lastModified: Date;
  direction: HistoryDirection;
  incoming: boolean;
  status: string;
  connectionIds: string[];
  read: boolean;
  archived: boolean;
  note: string;
  endpoints: RoutedEndpoint[];
  starred: boolean;
  labels: string[];
}

export interface Recording {
  id: string;
  url: string;
}

export interface CallHistoryEntry extends BaseHistoryEntry {
  type: HistoryEntryType.CALL;
  callId: string;
  recordings: Recording[];
  duration: number;
  callStatus: CallStatusType;
}

export interface FaxHistoryEntry extends BaseHistoryEntry {
  type: HistoryEntryType.FAX;
  /** The API's `faxStatusType`, under the official package's name. */
  faxStatus: FaxStatusType;
  /** A Date when the API sent an ISO timestamp. */
  scheduled: string | Date;
  documentUrl: string;
  reportUrl: string;
  previewUrl: string;
  pageCount: number;
}

export interface SmsHistoryEntry extends BaseHistoryEntry {
  type: HistoryEntryType.SMS;
  smsContent: string;
  /** A Date when the API sent an ISO timestamp. */
  scheduled: string | Date;
}

export interface VoicemailHistoryEntry extends BaseHistoryEntry {
  type: HistoryEntryType.VOICEMAIL;
  transcription: string;
  recordingUrl: string;
  duration: number;
}

export type HistoryEntry = CallHistoryEntry | FaxHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry;

/** A fax entry as the API sends it (`faxStatusType` instead of `faxStatus`). */
export type HistoryResponseFaxItem = Omit<FaxHistoryEntry, 'faxStatus'> & { faxStatusType: FaxStatusType };
export type HistoryResponseItem = Exclude<HistoryEntry, FaxHistoryEntry> | HistoryResponseFaxItem;

export interface HistoryResponse {
  items: HistoryResponseItem[];
  totalCount: number;
}
