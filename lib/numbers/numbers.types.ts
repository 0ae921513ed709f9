/** Public types of the numbers module (names as in the official 2.15 package). */
import type { Pagination } from '../core';
import type { ListPage } from '../core/pagination';
import type { RequestOptions } from '../core/request-options';

export interface NumbersModule {
  /** One page of the account's phone numbers (`GET /numbers`). */
  getAllNumbers(pagination?: Pagination, options?: RequestOptions): Promise<NumberResponse>;
  /**
   * One page in the SDK's page shape. The API gives no total: `hasMore` is true after a full page (the page
   * after it may then be empty), and `next` is the pagination of the following page.
   */
  fetchPage(pagination?: Pagination, options?: RequestOptions): Promise<ListPage<NumberResponseItem>>;
  /** Every phone number of the account, fetched page by page. */
  iterate(options?: NumbersIterateOptions): AsyncGenerator<NumberResponseItem, void, undefined>;
  /** The phone numbers routed to one web user (`GET /{userId}/numbers`). */
  getUserNumbers(webuserId: string, options?: RequestOptions): Promise<NumberResponseItem[]>;
}

export interface NumbersIterateOptions extends RequestOptions {
  /** Numbers per request (default 100). */
  pageSize?: number;
}

export interface NumberResponse {
  items: NumberResponseItem[];
}

export interface NumberResponseItem {
  id: string;
  number: string;
  localized: string;
  type: NumberResponseItemType;
  endpointId: string;
  endpointAlias: string;
  endpointUrl: string;
  mnpState?: NumberMnpState;
  portId?: number;
}

// A runtime enum, because code written for the official package compares against NumberResponseItemType.MOBILE.
export enum NumberResponseItemType {
  MOBILE = 'MOBILE',
  LANDLINE = 'LANDLINE',
  QUICKDIAL = 'QUICKDIAL',
  INTERNATIONAL = 'INTERNATIONAL',
}

/** Number portability state: a released number can be ported away until `releasedUntil`. */
export interface NumberMnpState {
  isReleased: boolean;
  releasedUntil: Date;
}
