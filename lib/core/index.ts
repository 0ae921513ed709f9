export * from './errors';
export * from './credentials';
export { isAuthProvider, type AuthProvider } from './auth-provider';
export * from './http-types';
export { createHttpClient, DEFAULT_BASE_URL } from './http-client';
export * from './transport';
export { SDK_VERSION } from './version';
export type { QueryParams, QueryValue } from './query';
export type { ListPage, Page, PaginateOptions } from './pagination';
export { PaginationStalledError } from './pagination';
export type { RequestOptions } from './request-options';
export type { Progress } from './concurrency';

/** Offset/limit paging of list endpoints. */
export interface Pagination {
  offset?: number;
  limit?: number;
}
